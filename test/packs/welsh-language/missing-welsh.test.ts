import { expect } from 'vitest';
import { ruleTester, type InvalidCase } from '../../support/rule-tester.js';

const MESSAGE = 'English text with no Welsh version';
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;
// A long English notice (about 1,100 characters), for Welsh that is short beside it.
const LONG_EN = [
  'The recycling centre at Nantycaws will be closed on Monday and Tuesday next week while the crews replace the weighbridge and resurface the yard.',
  'Garden waste, cardboard, glass and small electrical items can be taken to the Trostre centre instead, which will open an hour early on both days.',
  'Kerbside collections are not affected: please put your bags and boxes out by 7am on your usual day, and keep food waste in the green caddy.',
  'If you have booked a van permit for either day, the permit will be moved to the same time on Wednesday and you do not need to book again.',
  'Bulky waste collections booked for those days will go ahead as planned, because the crews take the items straight to the transfer station.',
  'We are sorry for the inconvenience and thank residents for their patience while this work, which has been planned for some months, is carried out.',
  'More information about the recycling centres, their opening times and what they accept is on our website.',
].join(' ');

/** An English post with no Welsh version: an error with the plain message. */
const english = (name: string, text: string): InvalidCase => ({ name, text, errors: [{ severity: 'error', message: MESSAGE }] });

// Pair files (NAME.en.md and NAME.cy.md).
const EN = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
const CY = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";
const NOT_WELSH = 'Llanelli Leisure Centre pool is shut on Saturday 29 November.\n\nApologies for any inconvenience.';

ruleTester('welsh/missing-welsh', {
  invalid: [
    // A bilingual notice, then a page in English only (real-text-blind31).
    {
      name: 'English paragraphs after a notice in both languages',
      text: "Oherwydd gwaith cynnal a chadw hanfodol, ni fydd ein porth taliadau ar-lein ar gael rhwng 6am a 10am ddydd Sul 11 Rhagfyr. Ymddiheurwn am unrhyw anghyfleustra y gall hyn ei achosi i chi, a diolch am eich amynedd.\n\nDue to essential maintenance our online payments portal will be unavailable between 6am and 10am on Sunday 11 December. We apologise for any inconvenience this may cause you, and thank you for your patience.\n\nThere are over 900 grit bins at key locations throughout the borough for use on public roads and pavements only.\n\nThe allocation of new grit bins for this winter has been decided, so no new bins will be provided this season. To ask for a bin for your area for next winter, please complete the form below.\n\nRequests are assessed against our criteria and ranked with other requests.",
      errors: [{ line: 5, message: expect.stringMatching(/characters of English here have no Welsh beside them/) }],
    },
    {
      name: 'Welsh: an English covering note above a message in both languages',
      text: "Dear Parent / Carer,\n\nPlease see below an email from the Director of Education: all schools in the county will be closed tomorrow because of the storm. Work will be set for pupils online, and further information about next half term will follow early next week. Wishing you all a restful half-term.\n\nBydd ysgolion y sir ar gau yfory oherwydd y gwyntoedd cryfion. Gallai'r gwyntoedd gyrraedd 70 milltir yr awr, ac nid ydym am gymryd risgiau gyda diogelwch plant, pobl ifanc a staff. Bydd disgyblion yn dal ati i ddysgu gartref. Cadwch yn ddiogel.\n\nThe county's schools will be closed tomorrow because of the high winds. Winds could reach 70 miles per hour, and we will not take risks with the safety of children, young people and staff. Pupils will carry on learning at home. Stay safe.",
      errors: [{ line: 3, message: expect.stringMatching(/characters of English here have no Welsh beside them/) }],
    },
    // A thread: an English update after a Welsh post and its English (drafts-blind8) has no Welsh.
    {
      name: 'a thread whose English update no Welsh post answers',
      text: "Mae'r A458 ar gau rhwng Llanfair Caereinion a'r Trallwng oherwydd llifogydd. Gwyriad: y B4385 drwy Gastell Caereinion." + '\n---\n' + 'The A458 is closed between Llanfair Caereinion and Welshpool because of flooding. Diversion: the B4385 via Castle Caereinion.' + '\n---\n' + 'UPDATE 2pm: the B4385 diversion is now closed to lorries over 7.5 tonnes. Lorries should use the A483 and the A490 instead.',
      errors: [{ line: 5, message: expect.stringMatching(/no Welsh post of the thread answers this one/) }],
    },
    {
      name: 'a thread of bilingual posts with an English-only last post',
      text: "Mae'r A458 ar gau rhwng Llanfair Caereinion a'r Trallwng oherwydd llifogydd. Gwyriad: y B4385 drwy Gastell Caereinion." + '\n\n' + 'The A458 is closed between Llanfair Caereinion and Welshpool because of flooding. Diversion: the B4385 via Castle Caereinion.' + '\n---\n' + 'UPDATE 2pm: the B4385 diversion is now closed to lorries over 7.5 tonnes. Lorries should use the A483 and the A490 instead.',
      errors: [{ line: 5 }],
    },
    // English sentences that name Welsh places and buildings are still English.
    english('a leisure centre named in Welsh', 'Canolfan Hamdden Caerfyrddin is closed today for repairs.'),
    english('a country park named in Welsh', 'Parc Gwledig Pen-bre is open as usual this weekend. Why not visit the beach and the adventure playground?'),
    english('a street named in Welsh', 'Heol y Parc in Llanelli will be closed from 9am on Monday for resurfacing. Diversions will be signposted.'),
    english('a school named in Welsh', 'Ysgol Bro Myrddin is closed today because of snow. Parents have been contacted by text.'),
    english('a mountain road named in Welsh', 'Gritters are out tonight on all priority routes. Take care over the Mynydd Du. ❄️'),
    english('the council office named in Welsh', 'Our customer service centre at Tŷ Elwyn, Llanelli, will be closed on Friday afternoon.'),
    english('a one-word thanks', 'Thanks!'),
    english('a bin collection notice', 'Bins will be collected on Saturday instead of Friday this week because of the bank holiday.'),
    english('a consultation with a Welsh hashtag', 'Have your say on the future of library services in Sir Gâr: https://example.org/consult #SirGâr'),
    english('an election notice', 'Polling stations are open from 7am to 10pm on Thursday 7 May. Remember to bring photo ID.'),
    english('a title-case headline', 'Road Closed Today'),
    english('a shouted headline', 'ROAD CLOSED'),
    english('an event with emoji', 'Our Christmas market returns this weekend 🎄 Come and say hello!'),
    english('a placeholder instead of the Welsh', 'Road closed on the A48 at Cross Hands today. Welsh to follow'),
    english('Welsh only inside an HTML comment', 'Road closed on the A48 today. <!-- Ffordd ar gau ar yr A48 heddiw -->'),
    english('Welsh only inside a code span', 'Road closed on the A48 today `Ffordd ar gau ar yr A48 heddiw`'),
    {
      name: 'points at the first English part, not at a leading line of hashtags',
      text: fm('channel: facebook', '#SirGâr 🚧\n\nRoad closed on the A48 today.'),
      errors: [{ line: 6, column: 1, endLine: 6, endColumn: 30 }],
    },
    {
      // Not unequal-content as well: see that rule's file.
      name: 'an English post signed "Diolch!": a Welsh sign-off is not a Welsh version',
      text: 'Road closed on the A48 at Cross Hands today for resurfacing.\n\nDiolch!',
      errors: [{ message: expect.stringMatching(/the Welsh is only a fragment/) }],
    },
    { name: 'NAME.en.md without a Welsh pair', text: EN, file: 'pool.en.md', errors: [{ line: 1 }] },
    {
      name: 'a pair whose .cy file is actually English, naming the pair file',
      text: EN,
      file: 'pool.en.md',
      pair: NOT_WELSH,
      errors: [{ line: 1, column: 1, message: 'English text with no Welsh version (nor in pool.cy.md)' }],
    },
    { name: 'the .cy file of that pair, English too', text: NOT_WELSH, file: 'pool.cy.md', pair: EN },
    {
      name: 'Welsh alt text of an image does not count as the Welsh version of the post',
      text: fm('attachments:\n  - path: ./a.jpg\n    alt: Road closed sign\n    alt-cy: Arwydd ffordd ar gau', 'Road closed on the A48 today.'),
      errors: [{ line: 7 }],
    },
    // Regression: English prepositions no longer join a run of names.
    { name: 'a short English post whose only capitalised words are a Welsh place name and a day', text: 'Vote at Neuadd y Sir on Thursday.' },
    // Regression: names decide the language only when nothing else does.
    { name: 'an English headline naming a Welsh event', text: 'Gŵyl Cefn Sidan cancelled' },
    // From the other rules' tests, which ran the whole Welsh pack.
    english('an English reply to a Welsh message (reply-language too)', fm('in-reply-to: { language: cy }', 'Thanks for your message, we will look into it.')),
    { name: 'a Welsh greeting on an English post (not unequal-content)', text: 'Bore da! Bins will be collected on Saturday 29 November, from 7am, as usual.' },
    { name: 'English pasted where the Welsh should be (unequal-content too)', text: 'Road closed today on the A48.\n\nRoad closed today on the A48.' },
    // Added: Welsh words that do not make a Welsh version.
    {
      name: 'added: a Welsh greeting and sign-off around an English notice',
      text: 'Bore da! The recycling centre at Nantycaws will open late on Tuesday because of staff training. Diolch!',
      errors: [{ message: expect.stringMatching(/the Welsh is only a fragment/) }],
    },
    english('added: an English post with a Welsh hashtag and a Welsh council account', 'Well done to the crews clearing the snow on the A40 @CyngorSirGar #SirGâr'),
    {
      name: 'a Welsh availability line under a long English notice is no Welsh version',
      text: `${LONG_EN}\n\nMae'r wybodaeth hon ar gael yn Gymraeg hefyd: ffoniwch ni neu ewch i'n gwefan.`,
      errors: [{ severity: 'error', message: expect.stringMatching(/the Welsh is only a fragment/) }],
    },
    {
      name: 'English minutes whose only Welsh is the labels of a list of names',
      text: `${LONG_EN}\n\nPresent:\n• Cyngh./Cllr. Dr. Endaf Edwards (Maer/Mayor)\n• Y Cyngh./Cllr. Brendan Somers (Dirprwy Faer/Deputy Mayor)\n• Cyngh./Cllr. Mererid Jones\n• Cyngh./Cllr. Lucy Huws\n• Cyngh./Cllr. Talat Chaudhri`,
      errors: [{ severity: 'error', message: expect.stringMatching(/the Welsh is only a fragment/) }],
    },
    {
      name: 'English minutes whose only Welsh is bilingual headings (published community-council minutes, blind set)',
      text: 'The Monthly Meeting of the Council was held on Thursday at 6pm at the Community Centre.\n\nPresent/ Presennol\nMr. A. Example – Chair/Cadeirydd\nCounty Member/Aelod o’r Cyngor Sir Not present\n\n77/24 Apologies for Absence/Ymddiheuriadau am absenoldeb\nMr L. Example, Mrs J. Example.\n\n78/24 Declarations of Interest/Datganiad o ddiddordeb personol\n\n79/24 Minutes of the previous Meeting/Cofnodion y Cyfarfod Diwethaf\nThe Minutes of the Meeting held on Thursday 5th September were accepted as a true record.\n\n80/24 Clerk’s report and Council Matters Arising/Materion yn codi o’r cofnodion ac adroddiad y Clerc.\nThe Clerk’s report was presented and approved; there were no matters arising.\n\n81/24 Request for a defibrillator in the village\nFollowing discussion this item will be considered at the next meeting, when the costs of installation and the training of volunteers will be known.\n\n82/24 Correspondence\nThe Clerk read letters from the County Borough Council about the consultation on the role, governance and accountability of the community and town council sector, and from the Police about the new neighbourhood team.',
      errors: [{ severity: 'error', message: expect.stringMatching(/the Welsh is only a fragment/) }],
    },
    english('added: an English invitation to Welsh lessons', 'Welsh lessons for beginners start at Llyfrgell Llanelli on Monday. Call 07700 900234 to book.'),
  ],
  valid: [
    // A Welsh version cut short under its headline, with no English prefix answering it, is welsh/unequal-content's (drafts-blind32).
    "Sesiwn galw heibio: cynllun llifogydd Trefenghraifft\n\nDewch i weld y cynlluniau i amddiffyn Trefenghraifft rhag llifogydd, a dweud eich dweud.\n\nDrop-in session: Trefenghraifft flood scheme\n\nCome and see the plans to protect 240 homes and businesses in Trefenghraifft from flooding, and have your say. We'll be at Trefenghraifft Rugby Club on Tuesday 11 May, 2pm–7pm, and the plans and an online survey are at https://example.org/flood-scheme until Friday 4 June.",
    // Welsh and English paragraphs answering each other, with a title in both languages between (real-text-blind7).
    "‘Mynd a Dod’. Nos Lun a nos Fawrth, Hydref 22ain a 23ain.\n\nYn anffodus bu'n rhaid cymryd y penderfyniad anodd heddiw i ganslo'r cynhyrchiad oherwydd diffyg gwerthiant tocynnau. Bydd yr arian yn cael ei ad-dalu i bawb a brynodd docyn ymlaen llaw.\n\n‘Mynd a Dod’, Monday and Tuesday, October 22nd and 23rd.\n\nUnfortunately we have had to take the difficult decision today to cancel the production because of poor ticket sales. Everyone who bought a ticket in advance will be refunded.",
    // A short English line on a bilingual page (a label, a caption) is no text left without Welsh.
    "Mae'r llyfrgell ar agor bob dydd o 9yb tan 5yh.\n\nThe library is open every day from 9am to 5pm.\n\nPublished: 27/09/2016",
    { name: 'a thread of Welsh and English posts, each answered', text: "Mae'r A458 ar gau rhwng Llanfair Caereinion a'r Trallwng oherwydd llifogydd. Gwyriad: y B4385 drwy Gastell Caereinion." + '\n---\n' + 'The A458 is closed between Llanfair Caereinion and Welshpool because of flooding. Diversion: the B4385 via Castle Caereinion.' + '\n---\n' + "DIWEDDARIAD 2yp: mae gwyriad y B4385 bellach ar gau i lorïau dros 7.5 tunnell. Dylai lorïau ddefnyddio'r A483 a'r A490." + '\n---\n' + 'UPDATE 2pm: the B4385 diversion is now closed to lorries over 7.5 tonnes. Lorries should use the A483 and the A490 instead.' },
    { name: 'a thread of English posts each followed by its Welsh', text: 'The A458 is closed between Llanfair Caereinion and Welshpool because of flooding. Diversion: the B4385 via Castle Caereinion.' + '\n---\n' + "Mae'r A458 ar gau rhwng Llanfair Caereinion a'r Trallwng oherwydd llifogydd. Gwyriad: y B4385 drwy Gastell Caereinion." + '\n---\n' + 'UPDATE 2pm: the B4385 diversion is now closed to lorries over 7.5 tonnes. Lorries should use the A483 and the A490 instead.' + '\n---\n' + "DIWEDDARIAD 2yp: mae gwyriad y B4385 bellach ar gau i lorïau dros 7.5 tunnell. Dylai lorïau ddefnyddio'r A483 a'r A490." },
    { name: 'a Welsh thanks', text: 'Diolch!' },
    { name: 'a Welsh greeting with a place name', text: 'Bore da Sir Gâr' },
    { name: 'a hashtag, an emoji and a Welsh thanks', text: '#SirGâr 🌳 Diolch i bawb!' },
    { name: 'a one-line "X / Y" post', text: 'Ffordd ar gau ar yr A48 heddiw. / Road closed on the A48 today.' },
    { name: 'a one-line "X | Y" post', text: 'Ffordd ar gau heddiw | Road closed today' },
    { name: 'a short "X / Y" sign', text: 'Ar agor / Open' },
    { name: 'a Welsh-only post', text: "Mae'r ffordd ar gau heddiw oherwydd llifogydd." },
    { name: 'a Welsh post naming a leisure centre', text: 'Mae Canolfan Hamdden Caerfyrddin ar gau heddiw ar gyfer gwaith atgyweirio.' },
    { name: 'a bilingual post in paragraphs', text: 'Bydd casgliadau biniau yn hwyr yr wythnos hon.\n\nBin collections will be late this week.' },
    { name: 'a bilingual post with the English first', text: 'Bin collections will be late this week.\n\nBydd casgliadau biniau yn hwyr yr wythnos hon.' },
    { name: "a St David's Day greeting with the flag", text: 'Dydd Gŵyl Dewi Hapus! 🏴󠁧󠁢󠁷󠁬󠁳󠁿' },
    { name: 'Welsh congratulations to a school', text: 'Llongyfarchiadau i Ysgol Bro Myrddin! 🎉' },
    { name: 'hashtags and emoji only', text: '#Carmarthenshire #SirGâr 🌳' },
    { name: 'a link only', text: 'https://example.org/bins' },
    { name: 'a mention only', text: '@CarmsCouncil' },
    { name: 'an empty draft', text: '' },
    { name: 'an English reply to an English message', text: fm('in-reply-to: { language: en }', 'Thanks Dai, we have passed this on to the crew.') },
    // Pairs.
    { name: 'NAME.en.md with its Welsh pair', text: EN, file: 'pool.en.md', pair: CY },
    { name: 'NAME.cy.md with its English pair', text: CY, file: 'pool.cy.md', pair: EN },
    { name: 'a pair named in front matter', text: fm('pair: ./pwll.md', EN), file: 'pool.md', pair: CY, pairFile: 'pwll.md' },
    // From the other rules' tests, which ran the whole Welsh pack.
    {
      name: 'an English-first reply to a Welsh message (english-first only)',
      text: fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.'),
      config: { welsh: { order: 'welsh-first' } },
    },
    { name: 'an English reply to an English message (nothing at all)', text: fm('in-reply-to: { language: en }', 'Thanks for getting in touch, the crew will call tomorrow.') },
    // A translated paragraph is a Welsh version, however long the English (too short a one is welsh/unequal-content).
    {
      name: 'a Welsh paragraph translating part of a long English notice',
      text: `${LONG_EN}\n\nBydd canolfan ailgylchu Nantycaws ar gau ddydd Llun a dydd Mawrth nesaf tra bydd y criwiau'n gosod pont bwyso newydd. Gallwch fynd â gwastraff gardd, cardbord a gwydr i ganolfan Trostre, a fydd ar agor awr yn gynnar. Diolch am eich amynedd.`,
    },
    {
      name: 'a Welsh list of points (lower-case prose) under a long English notice',
      text: `${LONG_EN}\n\n• Bydd y ganolfan ar gau ddydd Llun a dydd Mawrth.\n• Mae canolfan Trostre ar agor awr yn gynnar.\n• Ni fydd newid i'r casgliadau wrth ymyl y ffordd.\n• Bydd trwyddedau fan yn symud i ddydd Mercher.\n• Diolch am eich amynedd tra bydd y gwaith yn cael ei wneud.`,
    },
    // Added look-alikes.
    { name: 'added: a Welsh post with an English name and a link', text: 'Mae Cross Hands Food Festival yn ôl ddydd Sadwrn! Mwy o wybodaeth: https://example.org/bwyd' },
    { name: 'added: an English reply to an English message naming Welsh places', text: fm('in-reply-to: { language: en }', 'Thanks Eirlys, the gritters will be on Heol y Bryn in Tumble tonight.') },
    { name: 'added: a phone number and a link only', text: '07700 900567 https://example.org/contact' },
  ],
});

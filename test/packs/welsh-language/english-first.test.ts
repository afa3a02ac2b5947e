import { ruleTester } from '../../support/rule-tester.js';

// English before Welsh in a bilingual post; the rule runs only with welsh.order: welsh-first.
const WELSH_FIRST = { welsh: { order: 'welsh-first' as const } };
const MESSAGE = 'English comes before Welsh in a bilingual post';
const at = (line: number, column: number) => [{ line, column, severity: 'warning' as const, message: MESSAGE }];
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;

// Pair files (NAME.en.md and NAME.cy.md) with nothing wrong in either.
const POOL_EN = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
const POOL_CY = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";

ruleTester('welsh/english-first', {
  invalid: [
    { name: 'a one-line "English / Welsh" post', text: 'Road closed today on the A48. / Ffordd ar gau heddiw ar yr A48.', config: WELSH_FIRST, errors: at(1, 1) },
    { name: 'an "English | Welsh" post', text: 'Free swimming for children this half term | Nofio am ddim i blant yr hanner tymor hwn', config: WELSH_FIRST, errors: at(1, 1) },
    { name: 'English and Welsh paragraphs', text: 'Bins will be collected on Saturday.\n\nBydd biniau yn cael eu casglu ddydd Sadwrn.', config: WELSH_FIRST, errors: at(1, 1) },
    { name: 'English and Welsh lines', text: 'Road closed on the A48 today.\nFfordd ar gau ar yr A48 heddiw.', config: WELSH_FIRST, errors: at(1, 1) },
    { name: 'English and Welsh sentences on one line', text: 'Road closed on the A48 today. Ffordd ar gau ar yr A48 heddiw.', config: WELSH_FIRST, errors: at(1, 1) },
    { name: 'a leisure centre name, English first', text: 'Carmarthen Leisure Centre / Canolfan Hamdden Caerfyrddin', config: WELSH_FIRST, errors: at(1, 1) },
    { name: 'a bin day, English first', text: 'Bin collections: Monday / Casgliadau biniau: dydd Llun', config: WELSH_FIRST, errors: at(1, 1) },
    {
      name: 'a hashtag line, then English, then Welsh',
      text: "#SirGâr\n\nThe consultation on school term dates closes on Friday.\n\nMae'r ymgynghoriad ar ddyddiadau tymor ysgol yn cau ddydd Gwener.",
      config: WELSH_FIRST,
      errors: at(3, 1),
    },
    { name: 'an emoji before the English', text: '🏴󠁧󠁢󠁷󠁬󠁳󠁿 Road closed today / Ffordd ar gau heddiw', config: WELSH_FIRST, errors: at(1, 1) },
    // The whole Welsh pack found this and nothing else: see the other rules' files for their half.
    {
      name: 'an English-first reply to a Welsh message',
      text: fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.'),
      config: WELSH_FIRST,
      errors: at(4, 1),
    },
    // Added: a short English heading over a long Welsh body still puts English first, and an
    // English sentence opening with a Welsh name is English.
    {
      name: 'added: a short English heading over a long Welsh body',
      text: 'Road closed / Ffordd ar gau ar yr A48 heddiw oherwydd llifogydd. Defnyddiwch y gwyriad.',
      config: WELSH_FIRST,
      found: ['Road closed'],
      errors: at(1, 1),
    },
    {
      name: 'added: an English sentence opening with a Welsh school name, then the Welsh',
      text: 'Ysgol Bro Myrddin is closed today because of snow. / Mae Ysgol Bro Myrddin ar gau heddiw oherwydd yr eira.',
      config: WELSH_FIRST,
      errors: at(1, 1),
    },
    {
      name: 'added: English and Welsh paragraphs about a Welsh festival',
      text: "Thank you to everyone who came to Gŵyl Cefn Sidan on Saturday!\n\nDiolch i bawb a ddaeth i Ŵyl Cefn Sidan ddydd Sadwrn!",
      config: WELSH_FIRST,
      errors: at(1, 1),
    },
  ],
  valid: [
    { name: 'a one-line "Welsh / English" post', text: 'Ffordd ar gau heddiw ar yr A48. / Road closed today on the A48.', config: WELSH_FIRST },
    { name: 'Welsh and English paragraphs', text: 'Bydd biniau yn cael eu casglu ddydd Sadwrn.\n\nBins will be collected on Saturday.', config: WELSH_FIRST },
    { name: 'Welsh and English sentences on one line', text: 'Ffordd ar gau ar yr A48 heddiw. Road closed on the A48 today.', config: WELSH_FIRST },
    { name: 'a Welsh name first', text: 'Canolfan Hamdden Caerfyrddin / Carmarthen Leisure Centre', config: WELSH_FIRST },
    { name: 'an English-only post (that is missing-welsh)', text: 'Road closed today.', config: WELSH_FIRST },
    { name: 'a Welsh-only post', text: 'Ffordd ar gau heddiw ar yr A48.', config: WELSH_FIRST },
    { name: 'an emoji and hashtag before the Welsh', text: '🚧 #SirGâr Ffordd ar gau heddiw / Road closed today 🚧', config: WELSH_FIRST },
    {
      name: 'an English reply to an English message, signed off in both languages',
      text: fm('in-reply-to: { language: en }', 'Thanks Dai! / Diolch Dai!'),
      config: WELSH_FIRST,
    },
    // Never with order: any, nor with no welsh settings (the default).
    { name: 'order: any, one line', text: 'Road closed today. / Ffordd ar gau heddiw.', config: { welsh: { order: 'any' } } },
    { name: 'order: any, paragraphs', text: 'Bins will be collected on Saturday.\n\nBydd biniau yn cael eu casglu ddydd Sadwrn.', config: { welsh: { order: 'any' } } },
    { name: 'no welsh settings (the default), one line', text: 'Road closed today. / Ffordd ar gau heddiw.' },
    { name: 'no welsh settings (the default), paragraphs', text: 'Bins will be collected on Saturday.\n\nBydd biniau yn cael eu casglu ddydd Sadwrn.' },
    // From the other rules' tests, which ran the whole Welsh pack (default configuration).
    { name: 'an English reply to a Welsh message (missing-welsh and reply-language only)', text: fm('in-reply-to: { language: cy }', 'Thanks for your message, we will look into it.') },
    { name: 'an English reply to an English message (nothing at all)', text: fm('in-reply-to: { language: en }', 'Thanks for getting in touch, the crew will call tomorrow.') },
    { name: 'NAME.en.md with its Welsh pair', text: POOL_EN, file: 'pool.en.md', pair: POOL_CY },
    { name: 'NAME.cy.md with its English pair', text: POOL_CY, file: 'pool.cy.md', pair: POOL_EN },
    // Added look-alikes.
    {
      name: 'added: an English post with only a Welsh sign-off (not bilingual: that is missing-welsh)',
      text: 'Bins will be collected on Saturday instead of Friday this week because of the bank holiday. Diolch!',
      config: WELSH_FIRST,
    },
    { name: 'added: an English post naming Welsh places', text: 'Heol y Parc in Llanelli will be closed from 9am on Monday for resurfacing.', config: WELSH_FIRST },
    { name: 'added: a Welsh greeting, then the Welsh, then the English', text: 'Bore da! Mae Llyfrgell Caerfyrddin ar agor heddiw. / Good morning! Carmarthen Library is open today.', config: WELSH_FIRST },
    { name: 'added: a Welsh post naming an English event', text: "Mae'r Christmas Market yn Llanelli yn dychwelyd y penwythnos hwn.", config: WELSH_FIRST },
  ],
});

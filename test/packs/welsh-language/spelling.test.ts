import { expect } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';

// Welsh words not in the dictionary (only the Welsh parts of a post are checked).
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;

ruleTester('welsh/spelling', {
  invalid: [
    { text: "Mae'r ffrodd ar gau heddiw oherwydd y tywydd.", found: ['ffrodd'] },
    { text: 'Diolch yn fawr i bawb am eich amynedd gyda’r cyngot.', found: ['cyngot'] },
    { text: 'Bydd y llyfrgel ar gau ddydd Llun.', found: ['llyfrgel'] },
    { text: 'Ffordd ar gau heddiw ar yr A48 oherwydd llifogyd. / Road closed today on the A48 because of flooding.', found: ['llifogyd'] },
    {
      name: 'suggests the intended word',
      text: "Mae'r ffrodd ar gau heddiw.",
      errors: [{ suggestions: expect.arrayContaining(['ffordd']), message: expect.stringMatching(/did you mean 'ffordd'/) }],
    },
    // Added: a typo in the Welsh half of an English-first post, and one in a Welsh reply.
    { name: 'added: a typo in the Welsh after the English', text: "Schools are closed today because of snow. / Mae'r ysgolon ar gau heddiw oherwydd yr eira.", found: ['ysgolon'] },
    { name: 'added: a typo in a Welsh reply', text: fm('in-reply-to: { language: cy }', 'Diolch am eich neges, byddwn yn edrych i mewn iddo yfroy.'), found: ['yfroy'] },
    // Issue 11: what the new classes excuse must not hide real errors.
    { name: 'issue 11: a lost circumflex, though the word looks like a code', text: 'Bydd y ty ar gau ddydd Llun.', found: ['ty'] },
    { name: 'issue 11: a wrong accent', text: 'Rhowch eich barn cyn diwedd y mís.', found: ['mís'] },
    { name: 'issue 11: a lost diaeresis', text: "Mae'r storiau ar gael ar-lein.", found: ['storiau'] },
    { name: 'issue 11: a short English word alone is no code-switch', text: 'Roedd y wed yn y neuadd.', found: ['wed'] },
    { name: 'issue 11: a word cut short at the end of a sentence is no abbreviation', text: 'Bydd y ffordd ar gau yfor. Diolch.', found: ['yfor'] },
    { name: "issue 11: '-io' on a noun is not a regular verb", text: 'Roedd y cyngor yn gwasanaethio.', found: ['gwasanaethio'] },
    { name: 'issue 11: a typo in a bilingual label (Welsh/English)', text: 'Diolch i Sian Owen, Cyfiethydd/Translator, am ei gwaith.', found: ['Cyfiethydd'] },
    { name: 'issue 11: a lost accent in the Welsh half of an English-first post', text: 'The water is cold. / Mae’r dŵr yn oer ac mae’r ty ar gau.', found: ['ty'] },
  ],
  valid: [
    "Mae'r ffordd ar gau heddiw oherwydd y tywydd.",
    'Bydd casgliadau biniau yn hwyr yr wythnos hon yng Nghaerfyrddin.',
    'Diolch i @CyngorSirGar a #SirGâr am eu gwaith caled.',
    'Gellir cael mwy o wybodaeth ar-lein: https://example.org/ffyrdd',
    'The road is closed today because of the weather, sorry for the inconveniance.',
    'Ffordd ar gau heddiw / Road closed todya',
    'Croeso i Ganolfan Hamdden Llanelli!',
    // From the other rules' tests, which ran the whole Welsh pack.
    {
      name: 'an English-first reply to a Welsh message (english-first only)',
      text: fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.'),
      config: { welsh: { order: 'welsh-first' } },
    },
    { name: 'an English reply to a Welsh message (missing-welsh and reply-language only)', text: fm('in-reply-to: { language: cy }', 'Thanks for your message, we will look into it.') },
    { name: 'an English reply to an English message (nothing at all)', text: fm('in-reply-to: { language: en }', 'Thanks for getting in touch, the crew will call tomorrow.') },
    // Added look-alikes.
    { name: 'added: English words and Welsh names in an English post', text: 'Ysgol Bro Myrddin choir sang at Neuadd y Sir on Wednesday. Well done evryone!' },
    { name: 'added: mutated Welsh words', text: "Bydd Gŵyl Cefn Sidan yn dychwelyd i Ben-bre ym mis Awst, a bydd bws am ddim o'r dref." },
    // Issue 11: standard Welsh the dictionary lacked, from the licensed term lists (scripts/welsh-terms).
    { name: 'issue 11: Lecsicon Cymraeg Bangor forms (impersonal with vowel affection)', text: 'Sicrheir bod y wybodaeth yn gywir, a chymhwysir y rheolau i bawb.' },
    { name: 'issue 11: hunspell-cy 2025 terms', text: 'Mae angen rheoleiddiwr newydd ar gyfer y lesddaliad.' },
    { name: 'issue 11: a TermCymru term', text: "Mae'r diffibriliwr ger y drws." },
    // Regular formation on known words.
    { name: 'issue 11: comparative and superlative with provection, mutated', text: "Bydd yr wythnos nesaf yn wlypach, a'r gaeaf hwn oedd y caletaf ers degawd." },
    { name: 'issue 11: agents and a plural imperative', text: "Diolch i'r ailgylchwyr a'r gwirfoddolwyr. Tecstiwch eich cwestiynau atom." },
    { name: 'issue 11: -adwy and a cyd- compound', text: "Mae'r costau'n gyfrifadwy i'r adran, a bydd cydgynhyrchu yn rhan o'r cynllun." },
    { name: 'issue 11: a single letter in a compound', text: 'Crysau-t a bathodynnau ar werth.' },
    // Abbreviations of notices and minutes.
    { name: 'issue 11: days, months, minute references, e.e., h.y., ayb', text: 'Cyfarfod y Cyngor, Mer 3 Rhag am 7yh. Cof/Min 12/24, e.e. y gyllideb, h.y. y flwyddyn nesaf, ayb.' },
    { name: 'issue 11: titles and references cut short mid-sentence', text: "Presennol: Cyngh./Cllr. Jones; gweler ergl. 5(b) a paragr. 4 o'r rheoliadau." },
    { name: 'issue 11: roman numerals of a list', text: "Gallwch wneud cais:\nii. drwy'r post\niii. drwy e-bost" },
    { name: 'issue 11: initials are no sentence end', text: "Presennol: Mrs A. Bowen, T.J. Pemberton a'r Cyng. Lloyd." },
    // English inside a Welsh sentence.
    { name: 'issue 11: a quoted English word', text: 'Cynhelir cyfarfod “hybrid” yn y neuadd.' },
    { name: 'issue 11: a quoted English title', text: "Perfformiad o 'The Wind in the Willows' gan ddisgyblion yr ysgol." },
    { name: 'issue 11: a code-switched English phrase', text: 'Gosodwyd safety barrier dros dro ar y bont.' },
    { name: 'issue 11: a line of names', text: 'Yn bresennol:\nKimberly Roberts\nOwain Pritchard' },
    { name: 'issue 11: bilingual labels', text: 'Clerc/Clerk: Sian Owen\nCyfieithydd/Translator: Huw Jones' },
    { name: 'issue 11: an English post quoting a Welsh title', text: "The choir sang 'Calon Lân' at the Senedd on Wednesday." },
  ],
});

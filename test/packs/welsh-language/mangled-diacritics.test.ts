import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/engine/fix.js';
import { lintRule, ruleTester, type InvalidCase } from '../../support/rule-tester.js';

const RULE = 'welsh/mangled-diacritics';
const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;

/** One mangled word (on line 1 unless said): where it starts, the message's detail, and the certain repair (suggested, and named in the note). */
const mangled = (name: string, text: string, column: number, detail: string, repair: string, line = 1): InvalidCase => ({
  name,
  text,
  errors: [{ line, column, message: `Mangled Welsh letter: ${detail}`, severity: 'error', suggestions: [repair], note: `did you mean '${repair}'?` }],
});

/** One lost letter on line 1 where the repair is not certain (ŵ or ŷ, â …): no suggestion (checked below). */
const uncertain = (name: string, text: string, column: number, detail: string): InvalidCase => ({
  name,
  text,
  errors: [{ line: 1, column, message: `Mangled Welsh letter: ${detail}`, severity: 'error' }],
});

const UNCERTAIN: InvalidCase[] = [
  uncertain("'?' inside a word", "Mae'r d?r yn oer heddiw", 7, "'?' in 'd?r' is probably a lost ŵ or ŷ"),
  uncertain("'?' inside a festival name", 'Croeso i G?yl Cefn Sidan', 10, "'?' in 'G?yl' is probably a lost ŵ or ŷ"),
  uncertain('U+FFFD inside a word', "Mae'r d\ufffdr yn oer heddiw", 7, "'\ufffd' in 'd\ufffdr' is probably a lost ŵ or ŷ"),
  uncertain('U+FFFD in Sir Gâr', 'Cyngor Sir G\ufffdr', 12, "'\ufffd' in 'G\ufffdr' is probably a lost ŵ or ŷ"),
];

// Pair files (NAME.en.md and NAME.cy.md) with nothing wrong in either.
const POOL_EN = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
const POOL_CY = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";

ruleTester(RULE, {
  invalid: [
    { name: "Welsh letters read as the DOS code page 437 (real-text-blind293)", text: "Mae’r llun yn dyddio’n ├┤l i 1950 ac mae’n ymweliad ├ó phrifddinas Cymru.", found: ["├┤l", "├ó"] },
    { name: "a circumflexed w read as code page 437", text: "Mae d┼╡r glân yn bwysig.", found: ["d┼╡r"] },
    // 8-bit Welsh read in the wrong code page, and UTF-8 read as Greek (real-text-blind241, -242).
    { name: "Welsh: 'grðp' (ISO-8859-14's ŵ read as Latin-1)", text: "Roedd grðp o wirfoddolwyr yno.", found: ['grðp'] },
    { name: "Welsh: 'tþ' (ISO-8859-14's ŷ read as Latin-1)", text: "Mae'r tþ ar werth.", found: ['tþ'] },
    { name: "Welsh: 'streipďog' (Latin-1's ï read as Windows-1250)", text: "Gwelwyd y dolffin streipďog ger Cei Newydd.", found: ['streipďog'] },
    { name: "Welsh: 'ar Γ΄l' (UTF-8's ô read as Greek Windows-1253)", text: "Ar Γ΄l dioddef anaf i'm llygad, bu'n rhaid i mi ymddeol.", found: ['Γ΄l'] },
    { name: "English: a Welsh word with 'ð' in an English sentence", text: "The grðp met at the library on Monday.", found: ['grðp'] },
    // A one-letter word with its letter lost, not after a number, is still one (drafts-blind22's look-alike, turned).
    { name: "Welsh: 't?' before a full stop after a space", text: "Bydd y t? ar gau.", found: ['t?'] },
    mangled("'Åµ' (ŵ read as Windows-1252)", "Mae'r dÅµr yn oer heddiw", 7, "'Åµ' is a mis-decoded 'ŵ'", 'dŵr'),
    mangled("'Å·' (ŷ read as Windows-1252)", "Mae'r tÅ· ar gau heddiw", 7, "'Å·' is a mis-decoded 'ŷ'", 'tŷ'),
    mangled("'Å´' (capital Ŵ) in capitals", "MAE'R DÅ´R YN OER", 7, "'Å´' is a mis-decoded 'Ŵ'", 'DŴR'),
    mangled("'Ã¢' in Sir Gâr", 'Croeso i Gyngor Sir GÃ¢r', 21, "'Ã¢' is a mis-decoded 'â'", 'Gâr'),
    mangled("'â€™' for an apostrophe", 'Weâ€™re sorry for any inconvenience. / Mae’n ddrwg gennym.', 1, "'â€™' is a mis-decoded '’'", 'We’re'),
    mangled("'w^' in a word", "Mae'r dw^r yn oer", 7, "'w^' stands for 'ŵ'", 'dŵr'),
    // Damage seen in published notices (blind set): a PDF's spacing circumflex, and UTF-8 read as GBK.
    mangled("a spacing circumflex after y (PDF text)", 'Ffordd ar gau ger Tyˆ Poeth', 19, "'yˆ' (a spacing accent after the letter) stands for 'ŷ'", 'Tŷ'),
    // Other code pages (blind set): Central European Windows-1250, Thai Windows-874, Cyrillic Windows-1251.
    mangled("'Ĺ·' (ŷ read as Windows-1250)", 'Bydd casgliadau o dĹ· i dŷ yn dechrau.', 19, "'Ĺ·' is a mis-decoded 'ŷ'", 'dŷ'),
    mangled("'รข' (â read as Thai Windows-874)", 'Nid oes tรขl am y gwasanaeth.', 9, "'รข' is a mis-decoded 'â'", 'tâl'),
    mangled("'Гў' (â read as Cyrillic Windows-1251)", 'Nid oes tГўl am y gwasanaeth.', 9, "'Гў' is a mis-decoded 'â'", 'tâl'),
    mangled("'鈥檙' (’r read as GBK)", 'Bydd Amgueddfa鈥檙 Wyddgrug ar gau', 6, "'鈥檙' is a mis-decoded '’r'", 'Amgueddfa’r'),
    mangled("'诺' (ŵ read as GBK) inside a word", "Mae'r d诺r yn oer heddiw", 7, "'诺r' is a mis-decoded 'ŵr'", 'dŵr'),
    // "â" (with) as a word of its own, read as GBK (real-text-blind68).
    mangled("'芒' (â read as GBK) alone", 'Trefynwy: Parhau 芒 dosbarthiadau Cymraeg', 18, "'芒' is a mis-decoded 'â'", 'â'),
    mangled("'芒' before 'r", "Ewch i ymweld 芒'r amgueddfa heddiw. / Visit the museum today.", 15, "'芒' is a mis-decoded 'â'", 'â'),
    mangled("'w^' at the start of a sentence", 'Dw^r glân i bawb', 1, "'w^' stands for 'ŵ'", 'Dŵr'),
    mangled("'y^' in a word", "Mae'r ty^ ar gau", 7, "'y^' stands for 'ŷ'", 'tŷ'),
    mangled("'Y^' in capitals", "MAE'R TY^ AR GAU", 7, "'Y^' stands for 'ŷ'", 'TŶ'),
    mangled("'a^' (â)", 'Cwrdd a^ ni yn y ganolfan', 7, "'a^' stands for 'â'", 'â'),
    mangled('w + U+0302 (decomposed)', "Croeso i'r w\u0302yl", 12, 'a decomposed circumflex (letter + U+0302), which breaks search', 'ŵyl'),
    mangled('a + U+0302 (decomposed)', 'Cwrdd a\u0302 ni yn y ganolfan', 7, 'a decomposed circumflex (letter + U+0302), which breaks search', 'â'),
    ...UNCERTAIN,
    {
      name: "'_' for a lost ŵ inside a Welsh word (real-text-blind14)",
      text: 'Bydd y gr_p yn cyfarfod bob dydd Mawrth yn y llyfrgell.',
      errors: [{ line: 1, column: 8, message: "Mangled Welsh letter: '_' in 'gr_p' is probably a lost ŵ or ê", suggestions: ['grŵp', 'grêp'] }],
    },
    {
      name: "'[' for a lost ŵ (real-text-blind18)",
      text: 'Y g[r gwadd oedd y Parch. John Jones.',
      errors: [{ line: 1, column: 3, message: "Mangled Welsh letter: '[' in 'g[r' is probably a lost ŵ or â or ê or ô" }],
    },
    {
      name: "'_' for a lost ŵ in a bilingual notice",
      text: 'St David’s Day / Dydd Gŵyl Dewi\nBydd G_yl Fwyd Llandeilo ar agor.',
      errors: [{ line: 2, column: 6, suggestions: ['Gŵyl'] }],
    },
    {
      name: 'every mangled word in a post, each at its word',
      text: "Mae'r dw^r a'r ty^ yn Sir GÃ¢r\n\nMae'r dÅµr yn oer a'r tÅ· yn gynnes",
      errors: [
        { line: 1, column: 7, suggestions: ['dŵr'] },
        { line: 1, column: 16, suggestions: ['tŷ'] },
        { line: 1, column: 27, suggestions: ['Gâr'] },
        { line: 3, column: 7, suggestions: ['dŵr'] },
        { line: 3, column: 23, suggestions: ['tŷ'] },
      ],
    },
    { name: 'mangled text in Markdown link text (the text is published)', text: 'Gweler [tudalen y dÅµr](https://example.org/dwr) am fanylion.', errors: [{ suggestions: ['dŵr'] }] },
    // U+FFFD is never correct text: "tŷ" (the council's Tŷ Elwyn) lost as "T�".
    { name: 'U+FFFD at the end of a word ("T� Elwyn")', text: 'Mae T\ufffd Elwyn ar gau brynhawn dydd Gwener.' },
    // A '?' ending a one- or two-letter word that runs on into a lower-case word is a lost letter.
    { name: "'?' ending a short word before a lower-case word (\"t? ar gau\")", text: "Mae'r t? ar gau heddiw." },
    // Added: mojibake in English posts (the rule is about Welsh letters, but Windows-1252 damage hits both languages).
    mangled('added: an English apostrophe read as Windows-1252', 'Donâ€™t forget to put your bins out tonight.', 1, "'â€™' is a mis-decoded '’'", 'Don’t'),
    mangled('added: é read as Windows-1252 in an English post', 'The cafÃ© at Parc Gwledig Pen-bre is open today.', 5, "'Ã©' is a mis-decoded 'é'", 'café'),
    mangled('added: a Welsh place name mangled in an English post', 'Our offices in Sir GÃ¢r are closed on Monday.', 20, "'Ã¢' is a mis-decoded 'â'", 'Gâr'),
    mangled('added: a Welsh word after front matter', fm('channel: facebook', "Mae'r w^yl yn dechrau am 10yb."), 7, "'w^' stands for 'ŵ'", 'ŵyl', 4),
    // Issue 11: damage beyond the configured byte pairs.
    mangled("issue 11: capital Â ('Ã‚') in capitals", 'CROESO I GYNGOR SIR GÃ‚R', 21, "'Ã‚' is a mis-decoded 'Â'", 'GÂR'),
    mangled('issue 11: capital Â decoded as Latin-1', 'CYNGOR SIR GÃ\u0082R', 12, "'Ã\u0082' is a mis-decoded 'Â'", 'GÂR'),
    mangled('issue 11: ŵ damaged, then the text put in capitals', "MAE'R DÅΜR YN OER", 7, "'ÅΜ' is a mis-decoded 'Ŵ'", 'DŴR'),
    mangled('issue 11: ô encoded twice', 'Ymarfer y CÃƒÂ´r heno', 11, "'ÃƒÂ´' is a mis-decoded 'ô'", 'Côr'),
    mangled('issue 11: an HTML entity', "Mae'r c&ocirc;r yn canu heno", 7, "the HTML entity '&ocirc;' was left in place of 'ô'", 'côr'),
    mangled('issue 11: the HTML5 entity for ŵ', "Croeso i'r &wcirc;yl", 12, "the HTML entity '&wcirc;' was left in place of 'ŵ'", 'ŵyl'),
    mangled('issue 11: a numeric entity', 'Croeso i G&#373;yl Fwyd Llandeilo', 10, "the HTML entity '&#373;' was left in place of 'ŵ'", 'Gŵyl'),
    mangled('issue 11: an entity in an English post', 'Visit Sir G&acirc;r this summer.', 11, "the HTML entity '&acirc;' was left in place of 'â'", 'Gâr'),
    mangled('issue 11: a digit OCR read for ô', 'Ymarfer y C6r nos Fercher', 11, "'6' in 'C6r' is probably a misread 'ô'", 'Côr'),
    mangled('issue 11: a digit for ô inside a word', 'Ffoniwch ni ar y ff6n', 18, "'6' in 'ff6n' is probably a misread 'ô'", 'ffôn'),
    // A capitals heading read by OCR still is one (real-text-blind23's codes are on lower-case lines).
    mangled('a digit for Ô in a capitals heading', 'YMARFER Y C6R NOS FERCHER', 11, "'6' in 'C6R' is probably a misread 'Ô'", 'CÔR'),
    {
      name: "issue 11: '?' between capitals",
      text: "MAE'R D?R YN OER",
      errors: [{ column: 7, message: "Mangled Welsh letter: '?' in 'D?R' is probably a lost Ŵ or Â or Ê or Ô", suggestions: ['DŴR', 'DÂR', 'DÊR', 'DÔR'] }],
    },
    { name: "issue 11: '?' opening a word", text: "Croeso i'r ?yl", errors: [{ column: 12, message: "Mangled Welsh letter: '?' in '?yl' is probably a lost ŵ", suggestions: ['ŵyl'] }] },
    { name: "issue 11: '?' ending a short word before a full stop", text: "Croeso i'r t?.", errors: [{ column: 12, suggestions: ['tŷ'] }] },
    { name: "issue 11: '?' ending a short word in capitals", text: 'T? ELWYN AR GAU', errors: [{ column: 1, suggestions: ['TŶ'] }] },
  ],
  valid: [
    { name: "box drawing in a folder tree is no damaged letter", text: "├── src\n│   └── index.js" },
    { name: 'Icelandic names with ð and þ', text: "Þórunn og Guðrún fóru í bíó með Ragnheiði." },
    { name: 'Greek text', text: "Η Ελλάδα είναι όμορφη και η Αθήνα επίσης." },
    { name: 'Welsh: a Czech name with ě and ň beside Welsh words', text: "Enillodd Tomáš Dvořák a Zdeněk Hrdlička y ras yn Aberystwyth." },
    // A unit after a number ends a question: no lost letter (drafts-blind22).
    { name: 'Welsh: a sum in millions ending a question', text: 'Pam mae angen i ni arbed £9.4m? Dweud eich dweud erbyn 31 Hydref.' },
    { name: 'a distance ending a question', text: 'Why is the new route 5km? Have your say by 31 October.' },
    // Thai and Russian text themselves are no damage: the forms count only beside a Latin letter.
    { name: 'Thai text', text: 'ร้านอาหาร รขอ ลตา' },
    { name: 'Russian text', text: 'Гўрт Еµ — обычный текст' },
    { name: "'?' in a bare URL", text: 'Gweler https://example.org/search?q=dwr&lang=cy' },
    { name: "'?' in a Markdown link", text: 'Gweler [y map](https://example.org/map?lang=cy&q=dwr) am y gwyriad.' },
    { name: "'?' in an autolink", text: 'Gweler <https://example.org/map?lang=cy> am y gwyriad.' },
    { name: "'?' in a www. address", text: 'Gweler www.example.org/map?lang=cy am fanylion.' },
    { name: 'mojibake inside a URL (not prose)', text: 'Gweler https://example.org/dÅµr' },
    { name: "'ÿ' in loÿnnod", text: 'Mae loÿnnod byw yn yr ardd.' },
    { name: 'a Welsh question', text: "Ydy'r ffordd ar agor? Ydy." },
    { name: 'an English question answered in Welsh', text: 'Is the road open? Ydy.' },
    { name: '"?!"', text: 'Beth?! Mae’r ŵyl wedi’i chanslo?' },
    { name: 'correct ŵ and ŷ', text: "Mae'r dŵr yn oer ac mae'r tŷ yn gynnes." },
    { name: 'Chinese text in a multilingual notice is not damage', text: '欢迎来到威尔士。我们承诺保护欧洲的水。 / Croeso i Gymru.' },
    { name: 'the same character inside Chinese words is not damage', text: '我们 芒果 很好吃 / Mae mangos yn flasus.' },
    { name: 'an acute accent typed for an apostrophe is not a spacing circumflex', text: 'Mae´r llyfrgell ar agor heddiw.' },
    { name: 'correct ŵ in a name, bilingual', text: 'Gŵyl Fwyd Llandeilo / Llandeilo Food Festival' },
    { name: 'correct â ê î ô û', text: 'Croeso i Sir Gâr. Mae’r tîm yn barod i’ch helpu chi â’ch cais. Dewch â’ch bwyd. Bydd y côr yn canu. Ymunwch â’r hwyl!' },
    { name: 'a caret with no letter before it', text: 'Gweler y nodyn ^ uchod / See the note ^ above' },
    { name: 'a caret after a digit', text: 'Mae 2^10 yn 1024' },
    { name: "'?' in a code span (not prose)", text: 'Gweler `d?r` yn y cod', file: 'draft.md' },
    { name: 'a precomposed é', text: 'Caffi’r Café Llandeilo / Café Llandeilo' },
    // From the other rules' tests, which ran the whole Welsh pack.
    {
      name: 'an English-first reply to a Welsh message (english-first only)',
      text: fm('in-reply-to: { language: cy }', 'Thanks for your message. / Diolch am eich neges.'),
      config: { welsh: { order: 'welsh-first' } },
    },
    { name: 'an English reply to a Welsh message (missing-welsh and reply-language only)', text: fm('in-reply-to: { language: cy }', 'Thanks for your message, we will look into it.') },
    { name: 'an English reply to an English message (nothing at all)', text: fm('in-reply-to: { language: en }', 'Thanks for getting in touch, the crew will call tomorrow.') },
    { name: 'NAME.en.md with its Welsh pair', text: POOL_EN, file: 'pool.en.md', pair: POOL_CY },
    { name: 'NAME.cy.md with its English pair', text: POOL_CY, file: 'pool.cy.md', pair: POOL_EN },
    // Added look-alikes in English.
    { name: 'added: English questions', text: 'Is the library open on Sunday? Yes, from 10am. Any questions? Call 07700 900321.' },
    { name: 'added: an English search link', text: 'Find your bin day at https://example.org/bins?postcode=SA31&day=mon' },
    { name: 'added: curly apostrophes and a correct é in English', text: 'We’re sorry the café at Pembrey Country Park is closed today.' },
    // Issue 11 look-alikes: digits, question marks, capitals, entities and accents that are right.
    { name: 'issue 11: digits in ordinary Welsh text', text: "Ar agor rhwng 6yb a 6yh ar yr A48 a'r B4309, Blwyddyn 6 a Bl6." },
    { name: 'issue 11: digits in ordinary English text', text: 'Y6 pupils, Room 2B, the M4 and COVID19 jabs at 3pm.' },
    // Bus services named by short codes in capitals (real-text-blind23).
    { name: 'Welsh: bus service codes in capitals', text: 'T1C Caerdydd > Aberystwyth – bydd gwasanaethau T3C yn cysylltu pentrefi â’r T3.' },
    { name: 'bus service codes in capitals', text: 'The T1C to Aberystwyth and the new T3C services will run from Monday.' },
    { name: 'issue 11: English short questions', text: 'Am I? Do it? Yes. Is it? No.' },
    { name: "issue 11: '?' before a capital in a question", text: 'Pam? Dim syniad. Beth?Dim.' },
    { name: 'issue 11: correct Welsh in capitals', text: "CYNGOR SIR GÂR: MAE'R DŴR YN OER A'R TŶ AR GAU" },
    { name: 'issue 11: French and Spanish accents', text: 'Café crème, niño and naïve at the Christmas market #SirGar' },
    { name: 'issue 11: an entity that is no letter', text: 'Bins &amp; recycling &#8211; see the calendar' },
    // '_' is a lost letter only where a Welsh word comes of it (real-text-blind14: 'gr_p').
    { name: "'_' in a file name", text: 'Download the form (grant_form.pdf) and the guide_notes.' },
    { name: "'_' in a handle and a hashtag", text: 'Dilynwch @cyngor_sir a #dwr_glan am y newyddion.' },
    { name: "brackets and a bar in English", text: 'See section a[b] and the x|y column in the spreadsheet.' },
    { name: "'_' in English words", text: 'Use first_name and last_name in the spreadsheet.' },
    { name: 'issue 11: a hashtag without accents', text: 'Dewch i #GwylFwyd #SirGar' },
  ],
});

describe(`${RULE}: no suggestion where the lost letter is not certain`, () => {
  // Not certain whether ŵ or ŷ (or â …) was lost: no suggestion, and no "did you mean".
  it.each(UNCERTAIN.map((c) => [c.name!, c.text]))('%s', async (_name, text) => {
    const [f] = await lintRule(RULE, text);
    expect(f.suggestions).toBeUndefined();
    expect(f.note).toBeUndefined();
  });
});

describe(`${RULE}: --fix repairs the word only where the damage says which letter it was`, () => {
  const fixed = async (text: string) => {
    const found = await lintRule(RULE, text, { redact: false });
    return { text: applyFixes(text, found.flatMap((f) => (f.fix ? [f.fix] : []))).text, fixes: found.filter((f) => f.fix).length, found: found.length };
  };

  it.each([
    ['mis-decoded bytes', "Mae'r dÅµr yn oer", "Mae'r dŵr yn oer"],
    ['mis-decoded bytes in capitals', 'CYNGOR SIR GÃ‚R', 'CYNGOR SIR GÂR'],
    ['an HTML entity', "Mae'r c&ocirc;r yn canu heno", "Mae'r côr yn canu heno"],
    ['a numeric entity', 'D&#373;r glân i bawb', 'Dŵr glân i bawb'],
    ['w^', 'Dw^r glan i bawb', 'Dŵr glan i bawb'],
    ['a decomposed circumflex', 'Croeso i\u0077\u0302yl', 'Croeso iŵyl'],
    ['two in one line, English around them', 'Visit Sir GÃ¢r: dÅµr glân', 'Visit Sir Gâr: dŵr glân'],
  ])('%s', async (_name, text, repaired) => {
    const r = await fixed(text);
    expect(r.text).toBe(repaired);
    expect(r.fixes).toBe(r.found);
    expect((await fixed(r.text)).found).toBe(0);
  });

  it.each([
    ["'?' for a lost letter (ŵ or ŷ)", "Mae'r d?r yn oer heddiw"],
    ["'?' where one Welsh word comes of it", 'Croeso i D?R CYMRU'],
    ['U+FFFD', "Mae'r d\ufffdr yn oer heddiw"],
    ['a digit OCR read for a letter', 'Ymarfer y C6r nos Fercher'],
  ])('no fix for %s: the letter is only inferred', async (_name, text) => {
    const r = await fixed(text);
    expect(r.found).toBeGreaterThan(0);
    expect(r.fixes).toBe(0);
    expect(r.text).toBe(text);
  });
});

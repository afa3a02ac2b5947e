import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/engine/fix.js';
import { lintRule, ruleTester, type InvalidCase } from '../../support/rule-tester.js';

const fm = (front: string, body: string) => `---\n${front}\n---\n${body}`;
/** One placeholder, named in the message, as an error. */
const placeholder = (name: string, text: string, match: string): InvalidCase => ({
  name,
  text,
  found: [match],
  errors: [{ message: `Translation placeholder published instead of Welsh text: '${match}'`, severity: 'error' }],
});

// Pair files (NAME.en.md and NAME.cy.md) with nothing wrong in either.
const POOL_EN = 'Llanelli Leisure Centre pool is closed on Saturday 29 November for maintenance.\n\nSorry for any inconvenience.';
const POOL_CY = "Bydd pwll Canolfan Hamdden Llanelli ar gau ddydd Sadwrn 29 Tachwedd ar gyfer gwaith cynnal a chadw.\n\nMae'n ddrwg gennym am unrhyw anghyfleustra.";

ruleTester('welsh/placeholder', {
  invalid: [
    { name: "'Cymraeg i ddod' standing alone is still a placeholder", text: 'Ffordd ar gau. Cymraeg i ddod.', found: ['Cymraeg i ddod'] },
    placeholder('a bracketed placeholder after an English line', "Welcome to our page! [Welsh]", '[Welsh]'),
    // A page still to be translated, above its Welsh (real-text-blind16).
    { name: 'a page being translated', text: "Sut i ddod yn gynghorydd\n\n(This page is currently being translated and will be available in Welsh very soon)\n\nMae rhaid i chi fod yn 18 oed.", found: ['currently being translated'] },
    { name: 'Welsh: a page being translated', text: "Mae'r dudalen hon yn cael ei chyfieithu ar hyn o bryd, a bydd ar gael yn Gymraeg cyn bo hir.", found: ['yn cael ei chyfieithu ar hyn o bryd', 'ar gael yn Gymraeg cyn bo hir'] },
    placeholder('"Welsh to follow" after the English', 'Road closed on the A48 at Cross Hands today. Welsh to follow', 'Welsh to follow'),
    placeholder('"Welsh version to follow"', 'Bins will be collected on Saturday. Welsh version to follow.', 'Welsh version to follow'),
    placeholder('"Welsh - to follow" with a hyphen', 'Leisure centre closed today. Welsh - to follow', 'Welsh - to follow'),
    placeholder('"Welsh – to follow" with an en dash', 'Welsh – to follow', 'Welsh – to follow'),
    placeholder('capitals', 'SCHOOL CLOSED TODAY. WELSH TO FOLLOW', 'WELSH TO FOLLOW'),
    // A content system's translation marker left on the Welsh page (real-text-blind9).
    placeholder('"Translation Required:" on a Welsh page', "Rhybudd i yrwyr\n\nTranslation Required:\n\nMae disgwyl rhew ar y ffyrdd heno.", 'Translation Required'),
    // A placeholder with a word more, and a translator's out-of-office reply in the first person (drafts-blind7).
    placeholder('Welsh: "[Cyfieithiad llawn i ddilyn]"', 'Goleuadau traffig dros dro ar yr A489 o ddydd Llun. [Cyfieithiad llawn i ddilyn]', 'Cyfieithiad llawn i ddilyn'),
    placeholder('"Full translation to follow"', 'Temporary lights on the A489 from Monday. Full translation to follow', 'Full translation to follow'),
    placeholder(
      "Welsh: a translator's out-of-office reply pasted as the Welsh",
      "Rydw i allan o'r swyddfa tan ddydd Llun heb fynediad at fy e-bost.\n\nThe B4518 will be closed on Tuesday.",
      "Rydw i allan o'r swyddfa",
    ),
    placeholder('Welsh: "Angen cyfieithu"', 'Ffordd ar gau heddiw. Angen cyfieithu', 'Angen cyfieithu'),
    placeholder('a phrase broken over two lines', 'Road closed.\nWelsh\nto follow', 'Welsh\nto follow'),
    placeholder('"[Welsh]"', '[Welsh] Road closed on the A48.', '[Welsh]'),
    placeholder('"[WELSH]"', '[WELSH] Road closed on the A48.', '[WELSH]'),
    placeholder('"[Welsh translation to follow]"', '[Welsh translation to follow] Road closed on the A48.', '[Welsh translation to follow]'),
    placeholder('a bracketed translation note', 'Consultation on school term dates now open. (Welsh translation to follow)', 'Welsh translation to follow'),
    placeholder('"[insert Welsh]"', '[insert Welsh] / Free swimming for children this half term', '[insert Welsh]'),
    placeholder('"Welsh: TBC" as the second half', 'Ffordd ar gau / Welsh: TBC', 'Welsh: TBC'),
    placeholder('"Translation to follow"', 'Polling stations open at 7am. Translation to follow.', 'Translation to follow'),
    placeholder('"Cymraeg i ddilyn"', 'Ffordd ar gau. Cymraeg i ddilyn.', 'Cymraeg i ddilyn'),
    placeholder('"Cyfieithiad i ddilyn"', 'Cyfieithiad i ddilyn / The library will close early on Friday.', 'Cyfieithiad i ddilyn'),
    placeholder('"Cymraeg i’w gadarnhau" with a curly apostrophe', 'Ffordd ar gau. Cymraeg i’w gadarnhau.', 'Cymraeg i’w gadarnhau'),
    placeholder("\"Cymraeg i'w gadarnhau\" with a straight apostrophe", "Ffordd ar gau. Cymraeg i'w gadarnhau.", "Cymraeg i'w gadarnhau"),
    placeholder('"Cymraeg iw gadarnhau" with no apostrophe', 'Ffordd ar gau. Cymraeg iw gadarnhau.', 'Cymraeg iw gadarnhau'),
    placeholder('lorem ipsum where the Welsh should be', 'Lorem ipsum dolor sit amet / Road closed', 'Lorem ipsum'),
    // The translation service out-of-office reply published as Welsh (the Swansea road sign).
    {
      name: 'the out-of-office reply published as Welsh, straight apostrophe',
      text: "Nid wyf yn y swyddfa ar hyn o bryd. Anfonwch unrhyw waith i'w gyfieithu. / No entry for heavy goods vehicles",
      errors: [{ line: 1, column: 1 }, { line: 1, column: 37 }],
    },
    {
      name: 'the out-of-office reply published as Welsh, curly apostrophe',
      text: 'Nid wyf yn y swyddfa ar hyn o bryd. Anfonwch unrhyw waith i’w gyfieithu. / No entry for heavy goods vehicles',
      errors: [{ line: 1, column: 1 }, { line: 1, column: 37 }],
    },
    { name: 'points at the placeholder', text: 'Road closed on the A48 today.\nWelsh to follow', errors: [{ line: 2, column: 1, endLine: 2, endColumn: 16 }] },
    // Added.
    placeholder('added: "Welsh coming soon" on an English notice', 'Christmas opening hours for all our libraries are now online. Welsh coming soon', 'Welsh coming soon'),
    placeholder('added: "Cymraeg i ddod" after a Welsh heading', 'Canlyniadau’r etholiad: Cymraeg i ddod', 'Cymraeg i ddod'),
    placeholder('added: "[Cymraeg]" where the Welsh half should be', '[Cymraeg] / Free parking in Carmarthen every Saturday in December', '[Cymraeg]'),
    placeholder('added: "fersiwn Cymraeg i ddilyn"', 'Swimming lessons are back at Canolfan Hamdden Llanelli. Fersiwn Cymraeg i ddilyn.', 'Fersiwn Cymraeg i ddilyn'),
    placeholder('added: a placeholder in a reply', fm('in-reply-to: { language: cy }', 'Welsh to follow'), 'Welsh to follow'),
  ],
  valid: [
    { name: "an editor's '[Welsh]' before the Assembly", text: 'Mae angen cynllun ar feicio. We need a plan to meet the [Welsh] Assembly’s target.' },
    // Welsh learners and speakers coming or becoming something: no Welsh version to come (real-text-blind106).
    { name: "'dysgwyr Cymraeg i ddod yn rhugl'", text: 'Mae cynllun i helpu dysgwyr Cymraeg i ddod yn rhugl.' },
    { name: "'siaradwyr Cymraeg i ddod i mewn'", text: "Rydym yn chwilio am siaradwyr Cymraeg i ddod i mewn i'r dosbarth. We need Welsh speakers to come into class." },
    // A translation in brackets right after the Welsh word: a gloss (real-text-blind95).
    { name: 'a gloss after the Welsh word', text: 'The children are speaking in Cymraeg [Welsh] every day.' },
    { name: 'a policy that documents will be available in both languages', text: 'All corporate documents will be available in Welsh and English.' },
    { name: 'a translation into other languages', text: 'Our new strategy is being translated into 12 languages. Mae ein strategaeth newydd yn cael ei chyfieithu i 12 iaith.' },
    { name: '"Follow us" with Welsh-language', text: 'Follow us for Welsh-language updates: @CyngorSirGar' },
    { name: '"The Welsh Government"', text: 'The Welsh Government has published new guidance on school transport.' },
    { name: '"Venue TBC" (TBC on its own is not a placeholder)', text: 'Venue TBC: Ffordd ar gau / Road closed' },
    { name: '"Venue TBC" in an English post', text: 'Christmas market venue TBC' },
    { name: 'Welsh: the team out of the office (a notice, not a reply)', text: "Bydd y tîm allan o'r swyddfa ddydd Gwener, felly ffoniwch y llinell gymorth." },
    { name: 'a job advert asking for translation skills', text: 'Translation skills are required for this post; translation of reports is needed weekly.' },
    { name: 'Welsh: a service that translates', text: "Os oes angen cyfieithydd arnoch, rhowch wybod i ni. Mae'r gwasanaeth cyfieithu am ddim." },
    { name: '"Welsh Water to follow up"', text: 'Welsh Water to follow up on the burst main in Llandeilo.' },
    { name: '"Dilynwch ni / Follow us"', text: 'Dilynwch ni / Follow us' },
    { name: 'a Welsh translation of a report', text: 'Read the Welsh translation of the annual report at https://example.org/adroddiad' },
    { name: 'Welsh lessons', text: 'Welsh lessons for beginners start at Llyfrgell Caerfyrddin on Monday.' },
    { name: '"translation" without "to follow"', text: 'Our translation team won an award today!' },
    { name: 'a placeholder hashtag', text: '#WelshToFollow' },
    { name: 'a placeholder inside an HTML comment (not published)', text: 'Ffordd ar gau <!-- Welsh to follow --> / Road closed' },
    { name: 'a placeholder inside a code span (not prose)', text: 'Ffordd ar gau `Welsh to follow` / Road closed' },
    { name: '"Nid wyf" in an ordinary Welsh sentence', text: 'Nid wyf yn gallu dod i’r cyfarfod heno.' },
    { name: 'a finished bilingual post', text: 'Ffordd ar gau heddiw ar yr A48. / Road closed today on the A48.' },
    // policies/welsh-language/placeholder.yaml excepts "Cymraeg i ddilyn y …" (Welsh lessons to follow the meeting).
    { name: '"Cymraeg i ddilyn" used as "Welsh to follow (the meeting)"', text: 'Gwersi Cymraeg i ddilyn y cyfarfod. / Welsh lessons to follow the meeting.' },
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
    // Added look-alikes.
    { name: 'added: "Cymraeg i ddilyn eich" (an excepted Welsh phrase)', text: 'Mae gwersi Cymraeg i ddilyn eich gwaith cartref ar gael yn y llyfrgell.' },
    { name: 'added: Welsh "i ddilyn" without "Cymraeg"', text: 'Dilynwch y gwyriad. Bydd rhagor o fanylion i ddilyn yfory.' },
    { name: 'added: "coming soon" without "Welsh"', text: 'New opening hours at Llyfrgell Rhydaman coming soon. Follow us for updates.' },
  ],
});

describe('welsh/placeholder: --fix removes the placeholder, not the text around it', () => {
  const fixed = async (text: string) => {
    let current = text;
    // As check --fix does: passes until no fix is left (two placeholders side by side take two).
    for (let pass = 0; pass < 5; pass++) {
      const fixes = (await lintRule('welsh/placeholder', current, { redact: false })).flatMap((f) => (f.fix ? [f.fix] : []));
      if (!fixes.length) break;
      current = applyFixes(current, fixes).text;
    }
    return current;
  };

  it.each([
    ['a sentence after the English', 'Road closed on the A48 today. Welsh to follow.', 'Road closed on the A48 today.'],
    ['a Welsh placeholder sentence', 'Ffordd ar gau. Cymraeg i ddilyn.', 'Ffordd ar gau.'],
    ['a bracketed placeholder before the English', '[Welsh translation to follow] Road closed on the A48.', 'Road closed on the A48.'],
    ['a line of its own', 'Road closed on the A48.\nWelsh to follow\nDiversion via the B4300.\n', 'Road closed on the A48.\nDiversion via the B4300.\n'],
    ['one side of a bilingual line, with its separator', 'Ffordd ar gau / Welsh: TBC', 'Ffordd ar gau'],
    ['out-of-office Welsh before the English', "Nid wyf yn y swyddfa ar hyn o bryd. Anfonwch unrhyw waith i'w gyfieithu. / No entry for heavy goods vehicles", 'No entry for heavy goods vehicles'],
  ])('%s', async (_name, text, after) => {
    expect(await fixed(text)).toBe(after);
  });

  it('no fix for filler text that runs on: removing "Lorem ipsum" would leave "dolor sit amet" unreported', async () => {
    const text = 'Lorem ipsum dolor sit amet / Road closed';
    const [f] = await lintRule('welsh/placeholder', text, { redact: false });
    expect(f).toBeDefined();
    expect(f.fix).toBeUndefined();
  });
});

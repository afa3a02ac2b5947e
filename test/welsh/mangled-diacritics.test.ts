import { describe, expect, it } from 'vitest';
import { ids, lintText, only } from './helpers.js';

const RULE = 'welsh/mangled-diacritics';

describe('welsh/mangled-diacritics: Welsh letters lost to encoding', () => {
  // [name, text, column of the word, message detail, the certain repair or null]
  it.each([
    ["'Åµ' (ŵ read as Windows-1252)", "Mae'r dÅµr yn oer heddiw", 7, "'Åµ' is a mis-decoded 'ŵ'", 'dŵr'],
    ["'Å·' (ŷ read as Windows-1252)", "Mae'r tÅ· ar gau heddiw", 7, "'Å·' is a mis-decoded 'ŷ'", 'tŷ'],
    ["'Å´' (capital Ŵ) in capitals", "MAE'R DÅ´R YN OER", 7, "'Å´' is a mis-decoded 'Ŵ'", 'DŴR'],
    ["'Ã¢' in Sir Gâr", 'Croeso i Gyngor Sir GÃ¢r', 21, "'Ã¢' is a mis-decoded 'â'", 'Gâr'],
    ["'â€™' for an apostrophe", 'Weâ€™re sorry for any inconvenience. / Mae’n ddrwg gennym.', 1, "'â€™' is a mis-decoded '’'", 'We’re'],
    ["'w^' in a word", "Mae'r dw^r yn oer", 7, "'w^' stands for 'ŵ'", 'dŵr'],
    ["'w^' at the start of a sentence", 'Dw^r glân i bawb', 1, "'w^' stands for 'ŵ'", 'Dŵr'],
    ["'y^' in a word", "Mae'r ty^ ar gau", 7, "'y^' stands for 'ŷ'", 'tŷ'],
    ["'Y^' in capitals", "MAE'R TY^ AR GAU", 7, "'Y^' stands for 'ŷ'", 'TŶ'],
    ["'a^' (â)", 'Cwrdd a^ ni yn y ganolfan', 7, "'a^' stands for 'â'", 'â'],
    ['w + U+0302 (decomposed)', "Croeso i'r w\u0302yl", 12, 'a decomposed circumflex (letter + U+0302), which breaks search', 'ŵyl'],
    ['a + U+0302 (decomposed)', 'Cwrdd a\u0302 ni yn y ganolfan', 7, 'a decomposed circumflex (letter + U+0302), which breaks search', 'â'],
    ["'?' inside a word", "Mae'r d?r yn oer heddiw", 7, "'?' in 'd?r' is probably a lost ŵ or ŷ", null],
    ["'?' inside a festival name", 'Croeso i G?yl Cefn Sidan', 10, "'?' in 'G?yl' is probably a lost ŵ or ŷ", null],
    ['U+FFFD inside a word', "Mae'r d\ufffdr yn oer heddiw", 7, "'\ufffd' in 'd\ufffdr' is probably a lost ŵ or ŷ", null],
    ['U+FFFD in Sir Gâr', 'Cyngor Sir G\ufffdr', 12, "'\ufffd' in 'G\ufffdr' is probably a lost ŵ or ŷ", null],
  ])('reports %s', async (_name, text, column, detail, repair) => {
    const found = only(await lintText(text), RULE);
    expect(found.map((f) => `${f.line}:${f.column}`)).toEqual([`1:${column}`]);
    expect(found[0].message).toBe(`Mangled Welsh letter: ${detail}`);
    expect(found[0].severity).toBe('error');
    if (repair === null) {
      // Not certain whether ŵ or ŷ (or â …) was lost: no suggestion.
      expect(found[0].suggestions).toBeUndefined();
    } else {
      expect(found[0].suggestions).toEqual([repair]);
      expect(found[0].note).toBe(`did you mean '${repair}'?`);
    }
  });

  it('reports every mangled word in a post, each at its word', async () => {
    const found = only(await lintText("Mae'r dw^r a'r ty^ yn Sir GÃ¢r\n\nMae'r dÅµr yn oer a'r tÅ· yn gynnes"), RULE);
    expect(found.map((f) => `${f.line}:${f.column} ${f.suggestions?.[0]}`)).toEqual(['1:7 dŵr', '1:16 tŷ', '1:27 Gâr', '3:7 dŵr', '3:23 tŷ']);
  });

  it('reports mangled text in Markdown link text (the text is published)', async () => {
    const found = only(await lintText('Gweler [tudalen y dÅµr](https://example.org/dwr) am fanylion.', { file: 'draft.md' }), RULE);
    expect(found.map((f) => f.suggestions?.[0])).toEqual(['dŵr']);
  });

  it.each([
    ["'?' in a bare URL", 'Gweler https://example.org/search?q=dwr&lang=cy'],
    ["'?' in a Markdown link", 'Gweler [y map](https://example.org/map?lang=cy&q=dwr) am y gwyriad.'],
    ["'?' in an autolink", 'Gweler <https://example.org/map?lang=cy> am y gwyriad.'],
    ["'?' in a www. address", 'Gweler www.example.org/map?lang=cy am fanylion.'],
    ['mojibake inside a URL (not prose)', 'Gweler https://example.org/dÅµr'],
    ["'ÿ' in loÿnnod", 'Mae loÿnnod byw yn yr ardd.'],
    ['a Welsh question', "Ydy'r ffordd ar agor? Ydy."],
    ['an English question answered in Welsh', 'Is the road open? Ydy.'],
    ['"?!"', 'Beth?! Mae’r ŵyl wedi’i chanslo?'],
    ['correct ŵ and ŷ', "Mae'r dŵr yn oer ac mae'r tŷ yn gynnes."],
    ['correct ŵ in a name, bilingual', 'Gŵyl Fwyd Llandeilo / Llandeilo Food Festival'],
    ['correct â ê î ô û', 'Croeso i Sir Gâr. Mae’r tîm yn barod i’ch helpu chi â’ch cais. Dewch â’ch bwyd. Bydd y côr yn canu. Ymunwch â’r hwyl!'],
    ['a caret with no letter before it', 'Gweler y nodyn ^ uchod / See the note ^ above'],
    ['a caret after a digit', 'Mae 2^10 yn 1024'],
    ["'?' in a code span (not prose)", 'Gweler `d?r` yn y cod', 'draft.md'],
    ['a precomposed é', 'Caffi’r Café Llandeilo / Café Llandeilo'],
  ])('does not report %s', async (_name, text, file = 'draft.md') => {
    expect(ids(await lintText(text, { file }))).not.toContain(RULE);
  });

  // U+FFFD is never correct text: "tŷ" (the council's Tŷ Elwyn) lost as "T�".
  it('reports U+FFFD at the end of a word ("T� Elwyn")', async () => {
    expect(ids(await lintText('Mae T\ufffd Elwyn ar gau brynhawn dydd Gwener.'))).toContain(RULE);
  });

  // A '?' ending a one- or two-letter word that runs on into a lower-case word is a lost letter.
  it("reports '?' ending a short word before a lower-case word (\"t? ar gau\")", async () => {
    expect(ids(await lintText("Mae'r t? ar gau heddiw."))).toContain(RULE);
  });
});

/**
 * A text as tokens, for phrase matching in linear time: a word is a run of letters, marks,
 * digits and underscores (apostrophes inside it included and ignored: "i'w" is "iw"); any
 * other visible character that is not a gap is a token of its own ('[', '#', '£'). Between
 * tokens lies a gap: whitespace and light punctuation (- – — _ . , : ; /), possibly empty.
 */
const WORD = /[\p{L}\p{M}\p{N}_]/u;
const APOSTROPHE = /['’‘ʼ`]/u;
const GAP = /[\s\u00a0\-\u2010-\u2015_.,:;/]/u;

export interface Tokens {
  /** Normalised token text: apostrophes removed from words, all apostrophes as "'", lower-cased unless case-sensitive. */
  norm: string[];
  start: number[];
  end: number[];
  word: boolean[];
}

export function tokenise(text: string, fold: boolean): Tokens {
  const t: Tokens = { norm: [], start: [], end: [], word: [] };
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text[i];
    if (GAP.test(c)) {
      i++;
      continue;
    }
    if (WORD.test(c)) {
      let j = i + 1;
      // An apostrophe stays inside a word only between two word characters ("i'w", "don’t").
      while (j < n && (WORD.test(text[j]) || (APOSTROPHE.test(text[j]) && j + 1 < n && WORD.test(text[j + 1])))) j++;
      const raw = text.slice(i, j).replace(/['’‘ʼ`]/gu, '');
      push(t, fold ? raw.toLowerCase() : raw, i, j, true);
      i = j;
      continue;
    }
    // A character outside the BMP (an emoji) is one token, not two halves.
    const width = c.codePointAt(0)! > 0xffff ? 2 : 1;
    push(t, APOSTROPHE.test(c) ? "'" : text.slice(i, i + width), i, i + width, false);
    i += width;
  }
  return t;
}

function push(t: Tokens, norm: string, start: number, end: number, word: boolean): void {
  t.norm.push(norm);
  t.start.push(start);
  t.end.push(end);
  t.word.push(word);
}

/** The gap characters of `text` that are not whitespace ('-', ':', ...), for required edges. */
export function gapMarks(text: string): string {
  return [...text].filter((c) => GAP.test(c) && !/\s/u.test(c)).join('');
}

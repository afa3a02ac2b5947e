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

// Classes of ASCII characters by table (most of any text): the Unicode tests only for the rest.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = ch === '_' ? 4 : GAP.test(ch) ? 1 : WORD.test(ch) ? 2 : APOSTROPHE.test(ch) ? 3 : 0;
}
const GAP_CLASS = 1;
const WORD_CLASS = 2;
const APOSTROPHE_CLASS = 3;
/** '_' is a gap between words but part of a word it is inside ("follow_up"). */
const UNDERSCORE_CLASS = 4;

// The rest by their code unit, each tested once per process (Welsh posts repeat ŵ, ŷ, â, ’).
const WIDE_CLASS = new Map<number, number>();
function classOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII_CLASS[code];
  let cls = WIDE_CLASS.get(code);
  if (cls === undefined) {
    const c = text[i];
    cls = GAP.test(c) ? GAP_CLASS : WORD.test(c) ? WORD_CLASS : APOSTROPHE.test(c) ? APOSTROPHE_CLASS : 0;
    // A lone surrogate is tested alone: an astral letter's halves are no letter either way.
    WIDE_CLASS.set(code, cls);
  }
  return cls;
}

export function tokenise(text: string, fold: boolean): Tokens {
  const t: Tokens = { norm: [], start: [], end: [], word: [] };
  const n = text.length;
  // Lower-cased once, when that keeps every offset (it does unless a rare letter such as 'İ' grows).
  const whole = fold ? text.toLowerCase() : text;
  const lower = whole.length === n ? whole : undefined;
  for (let i = 0; i < n; ) {
    const cls = classOf(text, i);
    const c = text[i];
    if (cls === GAP_CLASS || cls === UNDERSCORE_CLASS) {
      i++;
      continue;
    }
    if (cls === WORD_CLASS) {
      let j = i + 1;
      let apostrophe = text.charCodeAt(i) === 0x2bc;
      // An apostrophe stays inside a word only between two word characters ("i'w", "don’t").
      for (; j < n; j++) {
        const k = classOf(text, j);
        if (k === WORD_CLASS || k === UNDERSCORE_CLASS) {
          // 'ʼ' (a modifier letter) is a letter to the classes, an apostrophe to the reader.
          if (text.charCodeAt(j) === 0x2bc) apostrophe = true;
          continue;
        }
        if (k === APOSTROPHE_CLASS && j + 1 < n && classOf(text, j + 1) === WORD_CLASS) {
          apostrophe = true;
          continue;
        }
        break;
      }
      let raw = (lower ?? text).slice(i, j);
      if (apostrophe) raw = raw.replace(/['’‘ʼ`]/gu, '');
      push(t, fold && !lower ? raw.toLowerCase() : raw, i, j, true);
      i = j;
      continue;
    }
    // A character outside the BMP (an emoji) is one token, not two halves.
    const width = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff && i + 1 < n ? 2 : 1;
    push(t, cls === APOSTROPHE_CLASS ? "'" : text.slice(i, i + width), i, i + width, false);
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

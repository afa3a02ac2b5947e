/**
 * Lengths of a segment's text as welsh/unequal-content measures them, computed in one pass
 * without making the strings: collapsed whitespace (how long each language is) and the normal
 * form copies are compared in (lower case, runs of other than letters and digits one space).
 */

/** The length of `text` with each run of whitespace one space and none at either end (`\s` as in a regex). */
export function collapsedLength(text: string): number {
  let n = 0;
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      gap = n > 0;
      continue;
    }
    n += gap ? 2 : 1;
    gap = false;
  }
  return n;
}
const isSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** The length normOf would give, without making the string: most segments are never compared. */
export function normLength(text: string): number {
  let n = 0;
  let gap = false;
  const add = (word: boolean) => {
    if (!word) gap = n > 0;
    else {
      n += gap ? 2 : 1;
      gap = false;
    }
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      add((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39));
      continue;
    }
    // Lower-cased first, as normOf does ("İ" becomes "i" and a combining dot, which is no letter).
    const ch = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
    i += ch.length - 1;
    for (const lower of ch.toLowerCase()) {
      const word = LETTER_OR_DIGIT.test(lower);
      if (word && lower.length === 2) {
        // An astral letter counts its two code units.
        add(true);
        n += 1;
      } else add(word);
    }
  }
  return n;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

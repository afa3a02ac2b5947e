/**
 * Token boundaries and context windows shared by the personal-data detectors. Patterns are
 * strings so detectors can build their single precompiled regular expression from them.
 */

/** Not preceded by a letter, digit or underscore (Unicode-aware, so Welsh letters count). */
export const WORD_START = String.raw`(?<![\p{L}\p{N}_])`;
/** Not followed by a letter, digit or underscore. */
export const WORD_END = String.raw`(?![\p{L}\p{N}_])`;
/**
 * A number's start: also not glued to a digit group before it ("12 ", "3-", "4.") so a
 * candidate is never cut out of a longer number such as a phone number or a card.
 */
export const NUMBER_START = String.raw`(?<![\p{L}\p{N}_]|\d[ \-.,/])`;
/** A number's end: also not followed by another digit group. */
export const NUMBER_END = String.raw`(?![\p{L}\p{N}_]|[ \-.,/]\d)`;

/** Compiles a whole-word, case-insensitive alternation of context words (regex fragments). */
export function contextPattern(words: readonly string[]): RegExp {
  return new RegExp(`${WORD_START}(?:${words.join('|')})${WORD_END}`, 'iu');
}

/**
 * True when `re` (no `g` flag) matches within `before` characters before `start` or `after`
 * characters after `end`: the words people write next to an identifier ("NHS no.", "sort code").
 */
export function hasContext(text: string, start: number, end: number, re: RegExp, before = 60, after = 40): boolean {
  if (re.test(text.slice(Math.max(0, start - before), start))) return true;
  return after > 0 && re.test(text.slice(end, Math.min(text.length, end + after)));
}

/** True when the string has at least one ASCII digit: a cheap pre-check before a regex pass. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Letters of `s` are all upper case, or all lower case (mixed case is not how identifiers are written). */
export function isSingleCase(s: string): boolean {
  return s === s.toUpperCase() || s === s.toLowerCase();
}

/**
 * Tokeniser for the language identifier: one pass over the text that keeps each
 * word lower-cased with flags for what its writing says (capitals, sentence start,
 * digits, apostrophes, hyphens), and skips hashtags, @handles, URLs, domains and
 * e-mail addresses. The tokens go to module-level buffers (`tokLower`, `tokFlags`)
 * that identify-score.ts and identify.ts read after each `tokenise` call.
 */

export const F_CAP = 1; // first letter upper-case
export const F_INITIAL = 2; // first word of a sentence (or after a hashtag, emoji or separator)
export const F_ALLCAPS = 4;
export const F_DIGIT = 8;
export const F_APOS = 16;
export const F_HYPHEN = 32;

/** Reused token buffers (the identifier is synchronous, so sharing is safe). */
export const tokLower: string[] = [];
export const tokFlags: number[] = [];

const NON_ASCII_LETTER = /^[\p{L}\p{M}]$/u;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

const OTHER_HYPHENS = /[\u2010\u2011]/g;

/** Character classes of the first code points: letter, digit, upper-case letter. */
const C_LETTER = 1;
const C_DIGIT = 2;
const C_UPPER = 4;
const TABLE_SIZE = 0x250;
const CHAR_CLASS = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  if (c >= 48 && c <= 57) CHAR_CLASS[c] = C_DIGIT;
  else if (isLetter(c)) {
    const ch = String.fromCharCode(c);
    CHAR_CLASS[c] = C_LETTER | (ch !== ch.toLowerCase() ? C_UPPER : 0);
  }
}

function isLetter(c: number): boolean {
  if (c < 0x80) return ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x300 && c <= 0x36f) return true;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  if (c >= 0x2000) return false; // punctuation, symbols, surrogates (emoji) …
  if (c === 0x2bc) return false;
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x2bc;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Characters after which the next word starts a sentence. */
function isBoundary(c: number): boolean {
  switch (c) {
    case 0x2e: case 0x21: case 0x3f: case 0x3a: case 0x3b: case 0x2f: case 0x7c: case 0x0a: case 0x0d:
    case 0x2022: case 0x2026: case 0x2013: case 0x2014: case 0xb7:
      return true;
  }
  // Emoji and other symbols.
  return (c >= 0x2190 && !(c >= 0x3000 && c <= 0xd7ff) && !(c >= 0xe000 && c <= 0xfffd)) || (c >= 0xd800 && c <= 0xdbff);
}

function skipRun(text: string, i: number): number {
  const n = text.length;
  while (i < n && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Tokenise into tokLower/tokFlags; returns the number of tokens. */
export function tokenise(text: string): number {
  const n = text.length;
  if (tokLower.length > 4096) {
    // Do not keep the buffers of one huge text alive.
    tokLower.length = 0;
    tokFlags.length = 0;
  }
  // Lower-case the whole text once; per-token lower-casing only if that changed lengths.
  const lowerText = text.toLowerCase();
  const sameLength = lowerText.length === n;
  let count = 0;
  let boundary = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < TABLE_SIZE ? CHAR_CLASS[c] : isLetter(c) ? C_LETTER : 0;
    if (cls & (C_LETTER | C_DIGIT)) {
      // URLs: skip the whole run.
      if (c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) {
        if (lowerText.startsWith('http://', i) || lowerText.startsWith('https://', i) || lowerText.startsWith('www.', i)) {
          i = skipRun(text, i);
          continue;
        }
      }
      let j = i + 1;
      let flags = cls & C_DIGIT ? F_DIGIT : 0;
      let lowerAfterFirst = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        const dc = d < TABLE_SIZE ? CHAR_CLASS[d] : isLetter(d) ? C_LETTER : 0;
        if (dc & C_LETTER) {
          if (!(dc & C_UPPER)) lowerAfterFirst = true;
          j++;
        } else if (dc & C_DIGIT) {
          flags |= F_DIGIT;
          j++;
        } else if (j + 1 < n && (isApostrophe(d) || isHyphen(d) || d === 0x2e || d === 0x2c || d === 0x3a)) {
          const e = text.charCodeAt(j + 1);
          const ec = e < TABLE_SIZE ? CHAR_CLASS[e] : isLetter(e) ? C_LETTER : 0;
          if (ec & C_LETTER && isApostrophe(d)) {
            flags |= F_APOS;
            j++;
          } else if (ec & (C_LETTER | C_DIGIT) && isHyphen(d)) {
            flags |= F_HYPHEN;
            j++;
          } else if (ec & C_DIGIT && (d === 0x2e || d === 0x2c || d === 0x3a) && isDigit(text.charCodeAt(j - 1))) {
            j++; // 10.30, 1,000, 10:30
          } else {
            break;
          }
        } else {
          break;
        }
      }
      // E-mail addresses, domains (council.gov.uk), and scheme-less URLs: skip the run.
      if (j + 1 < n) {
        const d = text.charCodeAt(j);
        if (d === 0x40 || (d === 0x2e && isLetter(text.charCodeAt(j + 1)))) {
          i = skipRun(text, j);
          continue;
        }
      } else if (j < n && text.charCodeAt(j) === 0x40) {
        i = skipRun(text, j);
        continue;
      }
      if (cls & C_UPPER) {
        flags |= F_CAP;
        if (!lowerAfterFirst && j - i >= 2) flags |= F_ALLCAPS;
      }
      if (boundary) flags |= F_INITIAL;
      let lower = sameLength ? lowerText.slice(i, j) : text.slice(i, j).toLowerCase();
      if (flags & F_APOS) lower = lower.replace(CURLY_APOSTROPHES, "'");
      if (flags & F_HYPHEN) lower = lower.replace(OTHER_HYPHENS, '-');
      tokLower[count] = lower;
      tokFlags[count] = flags;
      count++;
      boundary = false;
      i = j;
      continue;
    }
    if ((c === 0x23 || c === 0x40) && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (isLetter(d) || isDigit(d) || d === 0x5f) {
        // Hashtag or @handle.
        let j = i + 1;
        while (j < n) {
          const e = text.charCodeAt(j);
          if (isLetter(e) || isDigit(e) || e === 0x5f) j++;
          else break;
        }
        i = j;
        boundary = true;
        continue;
      }
    }
    if (isBoundary(c)) boundary = true;
    i++;
  }
  return count;
}

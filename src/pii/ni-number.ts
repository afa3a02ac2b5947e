/**
 * National Insurance number (HMRC National Insurance Manual NIM39110): two prefix letters, six
 * digits, suffix A, B, C or D. D, F, I, Q, U and V are used as neither prefix letter, O is not
 * used as the second, and the prefixes BG, GB, KN, NK, NT, TN and ZZ are not allocated.
 */

const BAD_FIRST = new Set('DFIQUV');
const BAD_SECOND = new Set('DFIOQUV');
const BAD_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** `prefix` is two upper-case letters. */
export function isValidNinoPrefix(prefix: string): boolean {
  return /^[A-Z]{2}$/.test(prefix) && !BAD_FIRST.has(prefix[0]) && !BAD_SECOND.has(prefix[1]) && !BAD_PREFIXES.has(prefix);
}

/**
 * The canonical upper-case form ("QQ123456C") of a NINO written with or without spaces
 * ("QQ 12 34 56 C", "QQ 123 456 C"), or undefined. Lower case is accepted only when the whole
 * number is lower case, as people type it; mixed case is not a NINO as written.
 */
export function normaliseNino(value: string, o: { suffix?: 'required' | 'optional' } = {}): string | undefined {
  // Groups may be run together or parted by one space, dash or dot ("QQ-12-34-56-C").
  const m = /^\s*([A-Za-z]{2})[ .-]?(\d{2}([ .-]?)\d{2}\3\d{2}|\d{3}[ .-]\d{3})(?:[ .-]?([A-Da-d]))?\s*$/.exec(value);
  if (!m || (!m[4] && o.suffix !== 'optional')) return undefined;
  const letters = m[1] + (m[4] ?? '');
  if (letters !== letters.toUpperCase() && letters !== letters.toLowerCase()) return undefined;
  const canonical = (m[1] + m[2].replace(/[ .-]/g, '') + (m[4] ?? '')).toUpperCase();
  return isValidNinoPrefix(canonical.slice(0, 2)) ? canonical : undefined;
}

export function isValidNino(value: string): boolean {
  return normaliseNino(value) !== undefined;
}

/**
 * GB vehicle registration marks (DVLA, INF104 "Vehicle registration numbers and number plates").
 *
 * - current (since September 2001): memory tag (region letter + DVLA office letter), age
 *   identifier, three random letters: "AB51 ABC". The age identifier is the year's last two
 *   digits for marks issued March–August (02, 03, …) and that plus 50 for September–February
 *   (51, 52, …), so only identifiers already issued on the run's date are valid. I, Q and Z are
 *   not used in the memory tag; I and Q are not used in the random letters.
 * - prefix (1983–2001): age letter, 1–3 digits, three letters: "A123 BCD".
 * - suffix (1963–1983): three letters, 1–3 digits, age letter: "ABC 123D".
 *   Age letters run A–Y without I, O, Q, U and Z; the three letters never use I, Q or Z.
 * - dateless (before 1963, and Northern Ireland's DVA marks): 1–3 letters and 1–4 digits either
 *   way round: "R 8", "AA 1234", "1234 AB".
 * - diplomatic: three digits, D, three digits: "123 D 456".
 */

export type VrmFormat = 'current' | 'prefix' | 'suffix' | 'dateless' | 'diplomatic';

/** Region letters of the DVLA memory tags (A Anglia … Y Yorkshire; X for personal export). */
const REGION = new Set('ABCDEFGHKLMNOPRSVWXY');
const NOT_IN_TAG = new Set('IQZ');
const NOT_RANDOM = new Set('IQ');
const AGE_LETTER = /^[A-HJ-NPR-TV-Y]$/;
const SERIAL_LETTERS = /^[A-HJ-PR-Y]{3}$/;

/** The newest March and September age identifiers issued by `date` (YYYY-MM-DD). */
export function latestAgeIdentifiers(date: string): { march: number; september: number } {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  const now = new Date();
  const year = m ? Number(m[1]) : now.getUTCFullYear();
  const month = m ? Number(m[2]) : now.getUTCMonth() + 1;
  const yy = year % 100;
  return {
    march: month >= 3 ? yy : yy - 1,
    september: month >= 9 ? yy + 50 : yy + 49,
  };
}

/** 02…(this March) or 51…(this September); 01 and 50 were never issued (the scheme began at 51). */
export function isValidAgeIdentifier(age: number, date: string): boolean {
  const { march, september } = latestAgeIdentifiers(date);
  return (age >= 2 && age <= march) || (age >= 51 && age <= september);
}

export function isCurrentMark(tag: string, age: string, random: string, date: string): boolean {
  return (
    REGION.has(tag[0]) &&
    !NOT_IN_TAG.has(tag[1]) &&
    /^\d{2}$/.test(age) &&
    isValidAgeIdentifier(Number(age), date) &&
    /^[A-Z]{3}$/.test(random) &&
    ![...random].some((c) => NOT_RANDOM.has(c))
  );
}

export function isPrefixMark(letter: string, digits: string, letters: string): boolean {
  return AGE_LETTER.test(letter) && /^[1-9]\d{0,2}$/.test(digits) && SERIAL_LETTERS.test(letters);
}

export function isSuffixMark(letters: string, digits: string, letter: string): boolean {
  return SERIAL_LETTERS.test(letters) && /^[1-9]\d{0,2}$/.test(digits) && AGE_LETTER.test(letter);
}

export function isDatelessMark(letters: string, digits: string): boolean {
  return /^[A-Z]{1,3}$/.test(letters) && /^[1-9]\d{0,3}$/.test(digits);
}

/**
 * The format of a whole mark (any case, spaces and dashes ignored), or undefined. Formats are
 * tried newest first, so "AB51 ABC" is current rather than anything older.
 */
export function classifyVrm(value: string, date: string): VrmFormat | undefined {
  const s = value.toUpperCase().replace(/[ -]/g, '');
  let m = /^([A-Z]{2})(\d{2})([A-Z]{3})$/.exec(s);
  if (m && isCurrentMark(m[1], m[2], m[3], date)) return 'current';
  m = /^([A-Z])(\d{1,3})([A-Z]{3})$/.exec(s);
  if (m && isPrefixMark(m[1], m[2], m[3])) return 'prefix';
  m = /^([A-Z]{3})(\d{1,3})([A-Z])$/.exec(s);
  if (m && isSuffixMark(m[1], m[2], m[3])) return 'suffix';
  if (/^\d{3}D\d{3}$/.test(s)) return 'diplomatic';
  m = /^([A-Z]{1,3})(\d{1,4})$/.exec(s) ?? /^(\d{1,4})([A-Z]{1,3})$/.exec(s);
  if (m) {
    const [letters, digits] = /\d/.test(m[1]) ? [m[2], m[1]] : [m[1], m[2]];
    if (isDatelessMark(letters, digits)) return 'dateless';
  }
  return undefined;
}

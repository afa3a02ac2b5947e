/**
 * GB driving licence number (DVLA, field 5 of the photocard): 16 characters.
 *  1–5   first five letters of the surname, padded with 9s when shorter
 *  6     decade digit of the year of birth
 *  7–8   month of birth, plus 50 for women (01–12 or 51–62)
 *  9–10  day of birth
 *  11    year digit of the year of birth
 *  12–13 the first two initials, padded with 9 when there is no middle name
 *  14    an arbitrary digit, usually 9
 *  15–16 two computer check characters
 * The card prints a two-digit issue number after it, which is accepted and ignored.
 */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidSurnamePart(s: string): boolean {
  return /^[A-Z]{1,5}9*$/.test(s) && s.length === 5;
}

/** The six birth-date digits: decade, month (+50 for women), day, year. */
export function isValidLicenceDate(six: string): boolean {
  if (!/^\d{6}$/.test(six)) return false;
  let month = Number(six.slice(1, 3));
  if (month > 50) month -= 50;
  const day = Number(six.slice(3, 5));
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];
}

/** A 16-character licence number (any case, spaces ignored, with or without the issue number). */
export function normaliseDrivingLicence(value: string): string | undefined {
  const s = value.replace(/\s+/g, '').toUpperCase();
  const m = /^([A-Z9]{5})(\d{6})([A-Z][A-Z9]\d[A-Z\d]{2})(\d{2})?$/.exec(s);
  if (!m || !isValidSurnamePart(m[1]) || !isValidLicenceDate(m[2])) return undefined;
  return m[1] + m[2] + m[3];
}

export function isValidDrivingLicence(value: string): boolean {
  return normaliseDrivingLicence(value) !== undefined;
}

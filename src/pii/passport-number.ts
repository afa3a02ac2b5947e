/**
 * UK passport number (HM Passport Office; NHS Data Dictionary "Passport Number (New)"): exactly
 * nine digits. Pre-1990s "old" numbers (a letter and six digits) are long expired and not checked.
 * Nine digits alone are too common to be evidence, so the detector also wants the word nearby.
 */
export function isUkPassportNumber(value: string): boolean {
  return /^\d{9}$/.test(value.trim());
}

/**
 * NHS number (NHS Data Dictionary, "NHS Number"): ten digits, the tenth a modulus 11 check
 * digit over the first nine weighted 10..2. A remainder giving 11 means check digit 0; one
 * giving 10 means the nine digits can never form a valid number.
 */

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check digit for nine digits, or undefined when none exists (remainder 10) or input is malformed. */
export function nhsCheckDigit(nine: string): number | undefined {
  if (!/^\d{9}$/.test(nine)) return undefined;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (nine.charCodeAt(i) - 48) * WEIGHTS[i];
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return undefined;
  return check;
}

/** Ten digits, plain or spaced/dashed 3-3-4 with one kind of separator. */
export function normaliseNhsNumber(value: string): string | undefined {
  const m = /^\s*(\d{3})([ -]?)(\d{3})\2(\d{4})\s*$/.exec(value);
  return m ? m[1] + m[3] + m[4] : undefined;
}

export function isValidNhsNumber(value: string): boolean {
  const digits = normaliseNhsNumber(value);
  return digits !== undefined && nhsCheckDigit(digits.slice(0, 9)) === digits.charCodeAt(9) - 48;
}

/**
 * Who issues numbers in a range (NHS England, "NHS number" standard): Scottish CHI numbers
 * (010 101 0000–311 299 9999, a date of birth plus four digits), Northern Ireland H&C numbers
 * (320 000 0001–399 999 9999), England, Wales and the Isle of Man (400… and 600…–799…), and
 * 999 000 0000–999 999 9999 reserved for test patients. Everything else is 'unallocated'.
 */
export type NhsRange = 'scotland-chi' | 'northern-ireland' | 'england-wales-iom' | 'test' | 'unallocated';

export function nhsNumberRange(digits: string): NhsRange {
  const n = Number(digits);
  if (n >= 101010000 && n <= 3112999999) return 'scotland-chi';
  if (n >= 3200000001 && n <= 3999999999) return 'northern-ireland';
  if ((n >= 4000000000 && n <= 4999999999) || (n >= 6000000000 && n <= 7999999999)) return 'england-wales-iom';
  if (n >= 9990000000) return 'test';
  return 'unallocated';
}

/**
 * Payment card numbers (ISO/IEC 7812): the Luhn check digit, and the issuer identification
 * number ranges and lengths the card schemes publish.
 */

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

interface Issuer {
  name: string;
  /** Inclusive prefix ranges; both ends have the same number of digits. */
  ranges: Array<[number, number]>;
  lengths: number[];
}

const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Checked in order, so narrower ranges (Maestro UK, Discover) come before the ranges that contain them. */
const ISSUERS: Issuer[] = [
  { name: 'American Express', ranges: [[34, 34], [37, 37]], lengths: [15] },
  { name: 'Visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  { name: 'Mastercard', ranges: [[51, 55], [2221, 2720]], lengths: [16] },
  { name: 'Mir', ranges: [[2200, 2204]], lengths: span(16, 19) },
  { name: 'Diners Club', ranges: [[300, 305], [3095, 3095], [36, 36], [38, 39]], lengths: span(14, 19) },
  { name: 'JCB', ranges: [[3528, 3589]], lengths: span(16, 19) },
  { name: 'Discover', ranges: [[6011, 6011], [644, 649], [65, 65], [622126, 622925]], lengths: span(16, 19) },
  { name: 'UnionPay', ranges: [[62, 62], [81, 81]], lengths: span(16, 19) },
  { name: 'Maestro', ranges: [[50, 50], [56, 69]], lengths: span(12, 19) },
  // ISO/IEC 7812 major industry identifier 1 (airlines): UATP cards are 15 digits.
  { name: 'UATP', ranges: [[1, 1]], lengths: [15] },
];

/** The card scheme whose published range and lengths fit `digits`, or undefined. */
export function cardIssuer(digits: string): string | undefined {
  for (const issuer of ISSUERS) {
    if (!issuer.lengths.includes(digits.length)) continue;
    for (const [lo, hi] of issuer.ranges) {
      const prefix = Number(digits.slice(0, String(lo).length));
      if (prefix >= lo && prefix <= hi) return issuer.name;
    }
  }
  return undefined;
}

/** A card number: 13–19 digits (spaces or dashes ignored), Luhn valid and in a known issuer range. */
export function isValidCardNumber(value: string): boolean {
  const digits = value.replace(/[ -]/g, '');
  return /^\d{13,19}$/.test(digits) && luhnValid(digits) && cardIssuer(digits) !== undefined;
}

/**
 * IBAN (ISO 13616-1, with the lengths of the SWIFT IBAN Registry): country code, two check
 * digits, then the country's BBAN; valid when the rearranged number is 1 modulo 97.
 * Upper-case letters only, as the standard writes them.
 */

/** Total IBAN length by country, from the IBAN Registry (EU/EEA, GB and every other registered country). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28,
  CH: 21, CR: 22, CY: 28, CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18,
  FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28,
  IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20,
  LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
  NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24,
  SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26,
  UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** BBAN structures checked beyond length: the UK's is bank code, sort code, account number. */
const BBAN_FORMATS: Readonly<Record<string, RegExp>> = {
  GB: /^[A-Z]{4}\d{14}$/,
};

/** The IBAN check: move the first four characters to the end, letters to 10..35, the number mod 97. */
export function ibanMod97(iban: string): number {
  let rem = 0;
  const moved = iban.slice(4) + iban.slice(0, 4);
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    if (c >= 48 && c <= 57) rem = (rem * 10 + (c - 48)) % 97;
    else rem = (rem * 100 + (c - 55)) % 97;
  }
  return rem;
}

/** Validates an electronic-format IBAN (no separators). */
export function isValidIbanCompact(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const country = iban.slice(0, 2);
  if (IBAN_LENGTHS[country] !== iban.length) return false;
  const check = Number(iban.slice(2, 4));
  if (check < 2 || check > 98) return false;
  const bban = BBAN_FORMATS[country];
  if (bban && !bban.test(iban.slice(4))) return false;
  return ibanMod97(iban) === 1;
}

/** Validates an IBAN in print format too: spaces or dashes between characters are ignored. */
export function isValidIban(value: string): boolean {
  return isValidIbanCompact(value.trim().replace(/[ -]/g, ''));
}

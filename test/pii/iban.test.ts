import { describe, expect, it } from 'vitest';
import { IBAN_LENGTHS, ibanMod97, isValidIban, isValidIbanCompact } from '../../src/pii/iban.js';

describe('IBAN_LENGTHS', () => {
  it('covers GB and every EU/EEA country', () => {
    const eea = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');
    for (const c of ['GB', ...eea]) expect(IBAN_LENGTHS[c], c).toBeGreaterThan(14);
    expect(IBAN_LENGTHS.GB).toBe(22);
    expect(IBAN_LENGTHS.NO).toBe(15);
    expect(IBAN_LENGTHS.MT).toBe(31);
  });
});

describe('isValidIban', () => {
  // Registry and standard examples, not real accounts.
  it.each([
    'GB82WEST12345698765432',
    'GB82 WEST 1234 5698 7654 32',
    'GB29 NWBK 6016 1331 9268 19',
    'DE89 3704 0044 0532 0130 00',
    'FR14 2004 1010 0505 0001 3M02 606',
    'NO93 8601 1117 947',
    'IE29-AIBK-9311-5212-3456-78',
  ])('valid %j', (s) => expect(isValidIban(s)).toBe(true));

  it.each([
    ['wrong check digits', 'GB83WEST12345698765432'],
    ['one character short', 'GB82WEST1234569876543'],
    ['unknown country', 'ZZ82WEST12345698765432'],
    ['lower case', 'gb82west12345698765432'],
    ['GB BBAN must start with a 4-letter bank code', 'GB2912345678901234567X'],
    ['check digits 00', 'GB00WEST12345698765432'],
  ])('invalid (%s): %j', (_why, s) => expect(isValidIban(s)).toBe(false));
});

describe('ibanMod97', () => {
  it('is 1 for a valid IBAN', () => expect(ibanMod97('GB82WEST12345698765432')).toBe(1));
  it('isValidIbanCompact rejects separators', () => expect(isValidIbanCompact('GB82 WEST 1234 5698 7654 32')).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { classifyVrm, isValidAgeIdentifier, latestAgeIdentifiers } from '../../src/pii/vehicle-registration.js';

const DATE = '2026-11-23';

describe('latestAgeIdentifiers', () => {
  it.each([
    ['2026-11-23', 26, 76],
    ['2026-03-01', 26, 75],
    ['2026-02-28', 25, 75],
    ['2026-09-01', 26, 76],
    ['2026-08-31', 26, 75],
  ])('on %s: March %i, September %i', (date, march, september) =>
    expect(latestAgeIdentifiers(date)).toEqual({ march, september }));
});

describe('isValidAgeIdentifier', () => {
  it.each([2, 10, 26, 51, 70, 76])('%i issued by %s', (age) => expect(isValidAgeIdentifier(age, DATE)).toBe(true));
  it.each([0, 1, 27, 35, 49, 50, 77, 80, 99])('%i not issued', (age) => expect(isValidAgeIdentifier(age, DATE)).toBe(false));
});

describe('classifyVrm', () => {
  it.each([
    ['AB51 ABC', 'current'],
    ['CY26 XYZ', 'current'],
    ['aa02 aaa', 'current'],
    ['LN14-HGT', 'current'],
    ['A123 BCD', 'prefix'],
    ['K1 ABC', 'prefix'],
    ['ABC 123D', 'suffix'],
    ['ABC 1D', 'suffix'],
    ['R 8', 'dateless'],
    ['AA 1234', 'dateless'],
    ['1234 AB', 'dateless'],
    ['123 D 456', 'diplomatic'],
  ])('%s is %s', (mark, format) => expect(classifyVrm(mark, DATE)).toBe(format));

  it.each([
    ['I is never a region letter', 'IB51 ABC'],
    ['Q is never an office letter', 'AQ51 ABC'],
    ['I in the random letters', 'AB51 AIB'],
    ['age 00', 'AB00 ABC'],
    ['age not yet issued', 'AB35 ABC'],
    ['age not yet issued', 'AB77 ABC'],
    ['prefix I', 'I123 BCD'],
    ['prefix O', 'O123 BCD'],
    ['suffix I', 'ABC 123I'],
    ['suffix Z', 'ABC 123Z'],
    ['leading zero', 'A012 BCD'],
    ['too many digits', 'AB12345'],
    ['no digits', 'LBAASEO'],
  ])('not a mark (%s): %s', (_why, mark) => expect(classifyVrm(mark, DATE)).toBeUndefined());

  it('age identifiers follow the date', () => {
    expect(classifyVrm('AB76 ABC', '2026-08-31')).toBeUndefined();
    expect(classifyVrm('AB76 ABC', '2026-09-01')).toBe('current');
  });
});

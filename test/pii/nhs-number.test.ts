import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsCheckDigit, nhsNumberRange, normaliseNhsNumber } from '../../src/pii/nhs-number.js';

describe('nhsCheckDigit', () => {
  it.each([
    ['999000001', 8],
    ['999000002', 6],
    ['999765432', 3],
    ['999111222', 7],
  ])('%s → %i', (nine, check) => expect(nhsCheckDigit(nine)).toBe(check));

  it('remainder giving 10 has no check digit', () => expect(nhsCheckDigit('999123456')).toBeUndefined());
  it('remainder giving 11 means check digit 0', () => expect(nhsCheckDigit('000000000')).toBe(0));
  it.each(['99900000', '9990000011', '99900000a', ''])('rejects malformed %j', (s) => expect(nhsCheckDigit(s)).toBeUndefined());
});

describe('isValidNhsNumber', () => {
  it.each(['9990000018', '999 000 0018', '999-000-0018', ' 9997654323 ', '999 111 2227'])('valid: %j', (s) =>
    expect(isValidNhsNumber(s)).toBe(true));
  it.each([
    ['wrong check digit', '9997654324'],
    ['no check digit possible', '9991234560'],
    ['nine digits', '999000001'],
    ['eleven digits', '99900000180'],
    ['mixed separators', '999 000-0018'],
    ['grouped 4-3-3', '9990 000 018'],
    ['letters', 'NHS0000018'],
  ])('invalid (%s): %j', (_why, s) => expect(isValidNhsNumber(s)).toBe(false));
});

describe('normaliseNhsNumber', () => {
  it('strips one kind of separator', () => expect(normaliseNhsNumber('999-000-0018')).toBe('9990000018'));
});

describe('nhsNumberRange', () => {
  it.each([
    ['0101010000', 'scotland-chi'],
    ['3112999999', 'scotland-chi'],
    ['3200000001', 'northern-ireland'],
    ['4000000000', 'england-wales-iom'],
    ['7999999999', 'england-wales-iom'],
    ['9990000018', 'test'],
    ['0000000000', 'unallocated'],
    ['5000000000', 'unallocated'],
  ])('%s is %s', (digits, range) => expect(nhsNumberRange(digits)).toBe(range));
});

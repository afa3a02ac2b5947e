import { describe, expect, it } from 'vitest';
import { isValidNino, isValidNinoPrefix, normaliseNino } from '../../src/pii/ni-number.js';

describe('isValidNinoPrefix (HMRC NIM39110)', () => {
  it.each(['AB', 'CE', 'OA', 'ZY', 'TW', 'CR'])('allows %s', (p) => expect(isValidNinoPrefix(p)).toBe(true));
  it.each([
    ...'DFIQUV'.split('').map((c) => [`${c}A`, `first letter ${c}`]),
    ...'DFIOQUV'.split('').map((c) => [`A${c}`, `second letter ${c}`]),
    ...['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].map((p) => [p, 'not allocated']),
    ['ab', 'lower case'],
    ['A1', 'digit'],
  ])('rejects %s (%s)', (p) => expect(isValidNinoPrefix(p)).toBe(false));
});

describe('normaliseNino', () => {
  it.each([
    ['AB123456C', 'AB123456C'],
    ['AB 12 34 56 C', 'AB123456C'],
    ['AB 123 456 C', 'AB123456C'],
    ['AB 123456 C', 'AB123456C'],
    ['ab123456c', 'AB123456C'],
    ['  CE 00 00 00 D ', 'CE000000D'],
  ])('%j → %s', (input, out) => expect(normaliseNino(input)).toBe(out));

  it.each([
    ['suffix E', 'AB123456E'],
    ['suffix missing', 'AB123456'],
    ['suffix a digit', 'AB1234561'],
    ['five digits', 'AB12345C'],
    ['seven digits', 'AB1234567C'],
    ['one prefix letter', 'A123456C'],
    ['three prefix letters', 'ABC123456C'],
    ['mixed case', 'Ab123456C'],
    ['unallocated prefix', 'GB123456A'],
    ['temporary reference number', 'TN123456A'],
    ['HMRC example prefix QQ', 'QQ123456C'],
  ])('rejects %s: %j', (_why, s) => expect(normaliseNino(s)).toBeUndefined());

  it('isValidNino agrees', () => {
    expect(isValidNino('AB 12 34 56 C')).toBe(true);
    expect(isValidNino('AO123456C')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isAccountNumber, isSortCode } from '../../src/pii/bank-account.js';

describe('isSortCode', () => {
  it.each(['12-34-56', '12 34 56', '123456'])('valid %j', (s) => expect(isSortCode(s)).toBe(true));
  it.each(['12-34 56', '1234-56', '12345', '1234567', '12/34/56'])('invalid %j', (s) => expect(isSortCode(s)).toBe(false));
});

describe('isAccountNumber', () => {
  it.each(['12345678', '00012345'])('valid %j', (s) => expect(isAccountNumber(s)).toBe(true));
  it.each(['1234567', '123456789', '1234 5678'])('invalid %j', (s) => expect(isAccountNumber(s)).toBe(false));
});

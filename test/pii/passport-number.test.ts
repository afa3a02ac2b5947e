import { describe, expect, it } from 'vitest';
import { isUkPassportNumber } from '../../src/pii/passport-number.js';

describe('isUkPassportNumber (HM Passport Office: nine digits)', () => {
  it.each(['123456789', ' 123456789 '])('valid %j', (s) => expect(isUkPassportNumber(s)).toBe(true));
  it.each(['12345678', '1234567890', 'AB1234567', '123 456 789'])('invalid %j', (s) => expect(isUkPassportNumber(s)).toBe(false));
});

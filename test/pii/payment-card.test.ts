import { describe, expect, it } from 'vitest';
import { cardIssuer, isValidCardNumber, luhnValid } from '../../src/pii/payment-card.js';

describe('luhnValid', () => {
  it.each(['4111111111111111', '79927398713', '0'])('valid %s', (d) => expect(luhnValid(d)).toBe(true));
  it.each(['4111111111111112', '79927398710', '4111 1111', ''])('invalid %j', (d) => expect(luhnValid(d)).toBe(false));
});

describe('cardIssuer', () => {
  // Published scheme test numbers only.
  it.each([
    ['4111111111111111', 'Visa'],
    ['4222222222222', 'Visa'],
    ['5555555555554444', 'Mastercard'],
    ['2223000048400011', 'Mastercard'],
    ['378282246310005', 'American Express'],
    ['6011111111111117', 'Discover'],
    ['30569309025904', 'Diners Club'],
    ['3530111333300000', 'JCB'],
    ['6759649826438453', 'Maestro'],
    ['6200000000000005', 'UnionPay'],
    ['122000000000003', 'UATP'],
  ])('%s is %s', (digits, issuer) => expect(cardIssuer(digits)).toBe(issuer));

  it.each([
    ['no scheme starts with 9', '9111111111111111'],
    ['Visa is never 15 digits', '411111111111111'],
    ['Amex is never 16 digits', '3782822463100050'],
    ['UATP 13 digits', '1748503543012'],
    ['leading 0', '0123456789012345'],
  ])('none: %s', (_why, digits) => expect(cardIssuer(digits)).toBeUndefined());
});

describe('isValidCardNumber', () => {
  it.each(['4111 1111 1111 1111', '4111-1111-1111-1111', '3782 822463 10005'])('valid %j', (s) => expect(isValidCardNumber(s)).toBe(true));
  it.each(['4111 1111 1111 1112', '1234 5678 9012 3456', '01267 234567'])('invalid %j', (s) => expect(isValidCardNumber(s)).toBe(false));
});

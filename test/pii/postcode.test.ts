import { describe, expect, it } from 'vitest';
import { POSTCODE_AREAS, isValidPostcode, isValidPostcodeParts, normalisePostcode } from '../../src/pii/postcode.js';

describe('POSTCODE_AREAS', () => {
  it('holds the 124 areas plus BFPO (BF) and non-geographic BX', () => {
    expect(POSTCODE_AREAS.size).toBe(126);
    for (const a of ['SA', 'CF', 'LD', 'LL', 'NP', 'SY', 'GY', 'JE', 'IM', 'BF', 'BX']) expect(POSTCODE_AREAS.has(a), a).toBe(true);
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['SA31 1JP', 'SA31 1JP'],
    ['sa311jp', 'SA31 1JP'],
    ['M1 1AA', 'M1 1AA'],
    ['M60 1NW', 'M60 1NW'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['W1A 1HQ', 'W1A 1HQ'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['GIR 0AA', 'GIR 0AA'],
    ['BF1 3AA', 'BF1 3AA'],
    ['CF10   4UW', 'CF10 4UW'],
    ['so14\u00a06wb', 'SO14 6WB'],
  ])('%j → %s', (input, out) => expect(normalisePostcode(input)).toBe(out));

  it.each([
    ['Q first', 'QA1 1AA'],
    ['V first', 'VA1 1AA'],
    ['X first', 'XA1 1AA'],
    ['C in the inward code', 'M1 1CA'],
    ['I in the inward code', 'M1 1AI'],
    ['digit first', '1A1 1AA'],
    ['not a postcode area', 'NF1 1AA'],
    ['outward code only', 'SA31'],
    ['inward code without digit', 'EH1 JS'],
    ['A9A with a letter never used third', 'W1L 1AA'],
    ['AA9A with a letter never used fourth', 'EC1C 1BB'],
    ['BFPO number', 'BFPO 1234'],
    ['Gibraltar', 'GX11 1AA'],
    ['too long', 'SO144 6WB'],
  ])('rejects (%s): %j', (_why, s) => expect(normalisePostcode(s)).toBeUndefined());
});

describe('isValidPostcodeParts', () => {
  it('wants upper-case parts', () => {
    expect(isValidPostcodeParts('SW1A', '1AA')).toBe(true);
    expect(isValidPostcodeParts('sw1a', '1aa')).toBe(false);
  });
  it('isValidPostcode agrees', () => expect(isValidPostcode('LL57 2DG')).toBe(true));
});

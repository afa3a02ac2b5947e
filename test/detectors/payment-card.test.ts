import { describe, expect, it } from 'vitest';
import { paymentCard } from '../../src/packs/data-protection/payment-card.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string): Match[] => paymentCard.detect(doc(text), {}, ctx) as Match[];
const found = (text: string): string[] => run(text).map((m) => text.slice(m.start, m.end));

// Published scheme test numbers only.
describe('payment-card detector', () => {
  it.each([
    ['Card number 4111 1111 1111 1111 please', ['4111 1111 1111 1111'], 'Visa'],
    ['Rhif cerdyn: 5555-5555-5555-4444', ['5555-5555-5555-4444'], 'Mastercard'],
    ['Amex 3782 822463 10005.', ['3782 822463 10005'], 'American Express'],
    ['paid with 6011111111111117', ['6011111111111117'], 'Discover'],
    ['Diners 30569309025904', ['30569309025904'], 'Diners Club'],
    ['JCB 3530 1113 3330 0000', ['3530 1113 3330 0000'], 'JCB'],
  ])('finds %j', (text, expected, issuer) => {
    expect(found(text)).toEqual(expected);
    expect(run(text)[0].data?.issuer).toBe(issuer);
    expect(run(text)[0].sensitive).toBe(true);
  });

  it('separates several numbers written in a row', () => {
    expect(found('4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881')).toEqual([
      '4012888888881881', '4012-8888-8888-1881', '4012 8888 8888 1881',
    ]);
  });

  it.each([
    ['Luhn invalid', 'Card 4111 1111 1111 1112'],
    ['no issuer range', 'Card 9111 1111 1111 1111'],
    ['wrong length for the issuer', 'Card 4111 1111 1111 111'],
    ['single digits spaced out', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1'],
    ['glued to letters', 'ref X4111111111111111'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026'],
    ['dates and times', '23/11/2026, 2026-11-23 at 10:30'],
    ['money', '£1,234,567.89 raised'],
    ['counts', '1,250,000 visitors'],
    ['switchboard and mobile', 'Call 01267 234567 or 07700 900123'],
    ['NHS number', 'NHS 999 000 0018'],
    ['IBAN', 'GB82 WEST 1234 5698 7654 32'],
    ['roads', 'A48, M4 and B4309'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

import { beforeAll, describe, expect, it } from 'vitest';
import { bankDetails } from '../../src/packs/data-protection/bank-details.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
// Pairs are modulus-checked by a library the detector loads on first use; load it first so
// every later call answers synchronously.
beforeAll(async () => {
  await bankDetails.detect(doc('Sort code 12-34-56 account 12345678'), {}, ctx);
});
const run = (text: string, params = {}): Match[] => bankDetails.detect(doc(text), params, ctx) as Match[];
const found = (text: string): string[] => run(text).map((m) => text.slice(m.start, m.end));

describe('bank-details detector: IBAN', () => {
  it.each([
    ['Pay to GB82 WEST 1234 5698 7654 32 today', 'GB82 WEST 1234 5698 7654 32'],
    ['IBAN: GB82WEST12345698765432.', 'GB82WEST12345698765432'],
    ['Talwch i DE89-3704-0044-0532-0130-00', 'DE89-3704-0044-0532-0130-00'],
    ['iban FR14 2004 1010 0505 0001 3M02 606 X ref', 'FR14 2004 1010 0505 0001 3M02 606'],
  ])('finds %j', (text, iban) => {
    expect(found(text)).toEqual([iban]);
    expect(run(text)[0].severity).toBeUndefined();
  });

  it.each([
    ['bad check digits', 'GB83 WEST 1234 5698 7654 32'],
    ['too short', 'GB82 WEST 1234 5698 7654 3'],
    ['ends mid-group', 'GB82WEST123456987654321'],
    ['runs into a word', 'GB82WEST12345698765432abc'],
    ['lower case', 'gb82 west 1234 5698 7654 32'],
    ['slashes', 'GB82/WEST/1234/5698/7654/32'],
    ['glued to letters', 'XGB82WEST12345698765432'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

describe('bank-details detector: sort code and account number', () => {
  it.each([
    ['Sort code 12-34-56, account 12345678', '12-34-56, account 12345678', undefined],
    ['Account 12345678 sort code 12 34 56', '12345678 sort code 12 34 56', undefined],
    ['cod didoli 12-34-56 rhif cyfrif 12345678', '12-34-56 rhif cyfrif 12345678', undefined],
    ['12-34-56 / 12345678', '12-34-56 / 12345678', undefined],
    ['ref 123456 12345678', '123456 12345678', 'warning'],
  ])('finds %j', (text, span, severity) => {
    const [m, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(text.slice(m.start, m.end)).toBe(span);
    expect(m.severity).toBe(severity);
  });

  it('a date-like sort code without bank wording is a warning', () => {
    expect(run('23-11-26 12345678')[0].severity).toBe('warning');
  });

  it('bank wording widens the window', () => {
    const text = `Sort code 12-34-56. ${'Please quote it when you pay. '.repeat(2)}Account 12345678`;
    expect(run(text)).toHaveLength(1);
    expect(run(`12-34-56 ${'x'.repeat(50)} 12345678`)).toEqual([]);
    expect(run(`12-34-56 ${'x'.repeat(50)} 12345678`, { window: 60 })).toHaveLength(1);
  });

  it.each([
    ['sort code alone', 'Sort code 12-34-56'],
    ['account number alone', 'Account number 12345678'],
    ['seven-digit account', 'Sort code 12-34-56 account 1234567'],
    ['nine-digit account', 'Sort code 12-34-56 account 123456789'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026'],
    ['dates and times', '23/11/2026, 2026-11-23 at 10:30'],
    ['money and counts', '£1,234,567.89 and 1,250,000 visitors'],
    ['switchboard', 'Call 01267 234567 or 07700 900123'],
    ['card', '4111 1111 1111 1111'],
    ['NHS number', 'NHS 999 000 0018'],
    ['roads', 'A48, M4 and B4309'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

import { describe, expect, it } from 'vitest';
import { passportNumber } from '../../src/packs/data-protection/passport-number.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string): Match[] => passportNumber.detect(doc(text), {}, ctx) as Match[];
const found = (text: string): string[] => run(text).map((m) => text.slice(m.start, m.end));

describe('passport-number detector', () => {
  it.each([
    ['Passport no. 123456789', '123456789'],
    ['My passport number is 987654321 and it expires soon', '987654321'],
    ['Rhif pasbort: 123456789', '123456789'],
    ['Dangoswch eich pasbort 123456789', '123456789'],
    ['Irish passport PA1234567', 'PA1234567'],
    ['123456789 is on the passport', '123456789'],
  ])('finds %j', (text, number) => {
    expect(found(text)).toEqual([number]);
    expect(run(text)[0].sensitive).toBe(true);
  });

  it.each([
    ['nine digits without passport wording', 'Reference 123456789'],
    ['letters and digits without passport wording', 'Code AB1234567'],
    ['eight digits', 'Passport 12345678'],
    ['ten digits', 'Passport 1234567890'],
    ['spaced digits', 'Passport 123 456 789'],
    ['wording too far away', `Passport ${'x'.repeat(60)} 123456789`],
    ['invoice number', 'Passport office invoice INV-2026-004512'],
    ['planning reference', 'Passport office: planning PL/05123/2026'],
    ['dates and times', 'Passport office 23/11/2026, 2026-11-23 at 10:30'],
    ['money and counts', 'Passport fees £1,234,567.89 and 1,250,000 passports'],
    ['switchboard', 'Passport enquiries: call 01267 234567'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

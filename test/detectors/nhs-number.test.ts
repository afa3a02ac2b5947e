import { describe, expect, it } from 'vitest';
import { nhsNumber } from '../../src/packs/data-protection/nhs-number.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string, params = {}): Match[] => nhsNumber.detect(doc(text), params, ctx) as Match[];

// NHS test-range numbers only (999 000 0000–999 999 9999).
describe('nhs-number detector', () => {
  it.each([
    ['NHS number 999 000 0018', '999 000 0018'],
    ['Patient NHS no: 9990000026 at the hospital', '9990000026'],
    ['His GP has 999-765-4323 on file', '999-765-4323'],
    ['Rhif GIG y claf: 999 111 2227', '999 111 2227'],
    ["Mae'r ysbyty wedi cofnodi 9994567896", '9994567896'],
  ])('with context, at the rule severity: %j', (text, found) => {
    const [m, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(text.slice(m.start, m.end)).toBe(found);
    expect(m.severity).toBeUndefined();
    expect(m.sensitive).toBe(true);
  });

  it.each([
    ['3-3-4 without context', 'Reference 999 000 0018 for your records'],
    ['plain without context', 'Order 9990000026 has shipped'],
  ])('%s → warning', (_why, text) => {
    const matches = run(text);
    expect(matches).toHaveLength(1);
    expect(matches[0].severity).toBe('warning');
  });

  it('notes the test range', () => expect(run('NHS 999 000 0018')[0].note).toMatch(/test range/));

  it('requireContext drops lone numbers', () => {
    expect(run('Order 9990000026 has shipped', { requireContext: true })).toEqual([]);
    expect(run('NHS 9990000026', { requireContext: true })).toHaveLength(1);
  });

  it.each([
    ['wrong check digit', 'NHS number 999 765 4324'],
    ['check digit would be 10', 'NHS number 9991234560'],
    ['mixed separators', 'NHS number 999 000-0018'],
    ['inside a longer number', 'NHS 19990000018'],
    ['part of a digit group', 'NHS +44 999 000 0018'],
    ['followed by a digit group', 'NHS 999 000 0018 12'],
    ['glued to letters', 'NHS ref X9990000018'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026 approved'],
    ['dates', 'On 23/11/2026 and 2026-11-23 the hospital is closed'],
    ['times', 'Clinic open 09:00-17:00, 10am–4pm'],
    ['money', 'The hospital cost £1,234,567.89'],
    ['counts', '1,250,000 visitors to the NHS website'],
    ['switchboard', 'Call the council switchboard on 01267 234567'],
    ['mobile', 'Text the GP surgery on 07700 900123'],
    ['card', 'Card 4111 1111 1111 1111'],
    ['roads', 'A48, M4 and B4309 closed near the hospital'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));

  it('skips account documents', () => {
    const account = { kind: 'account', path: 'a.yaml', text: '', data: {}, locate: () => ({ line: 1, column: 1 }) } as const;
    expect(nhsNumber.detect(account, {}, ctx)).toEqual([]);
  });
});

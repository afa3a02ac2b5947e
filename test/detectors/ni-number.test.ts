import { describe, expect, it } from 'vitest';
import { niNumber } from '../../src/packs/data-protection/ni-number.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string, params = {}): Match[] => niNumber.detect(doc(text), params, ctx) as Match[];

describe('ni-number detector', () => {
  it.each([
    ['My NI number is AB 12 34 56 C', 'AB 12 34 56 C'],
    ['National Insurance: AB123456C.', 'AB123456C'],
    ['NINO CE 123 456 D please', 'CE 123 456 D'],
    ['Verify AB 123456 A', 'AB 123456 A'],
    ['Rhif Yswiriant Gwladol: TW 98 76 54 A', 'TW 98 76 54 A'],
    ['rhif yswiriant gwladol tw987654a', 'tw987654a'],
  ])('finds %j at the rule severity', (text, found) => {
    const [m, ...rest] = run(text);
    expect(rest).toEqual([]);
    expect(text.slice(m.start, m.end)).toBe(found);
    expect(m.severity).toBeUndefined();
  });

  it('lower case without National Insurance wording is a warning', () => {
    const [m] = run('code tw987654a');
    expect(m.severity).toBe('warning');
  });

  it('lowerCase: false ignores lower-case numbers', () => expect(run('nino tw987654a', { lowerCase: false })).toEqual([]));

  it.each([
    ['suffix E', 'NI AB 12 34 56 E'],
    ['no suffix', 'NI AB 12 34 56'],
    ['suffix digit', 'NI ab1234561'],
    ['prefix with D', 'NI DA 12 34 56 A'],
    ['second letter O', 'NI AO 12 34 56 A'],
    ['prefix not allocated', 'NI BG 12 36 12 A'],
    ['temporary number', 'NI TN 12 34 56 A'],
    ['three prefix letters', 'NI ABC123456C'],
    ['mixed case', 'NI Ab123456C'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026'],
    ['dates and times', '23/11/2026, 2026-11-23 at 10:30'],
    ['money and counts', '£1,234,567.89 and 1,250,000 visitors'],
    ['switchboard', 'Call 01267 234567'],
    ['roads', 'A48 AND M4 CLOSED, USE B4309'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));

  it('the Welsh word "ni" (we) is not National Insurance wording', () => {
    expect(run('Rydyn ni ab123456c')[0].severity).toBe('warning');
  });
});

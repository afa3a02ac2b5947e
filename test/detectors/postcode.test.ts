import { describe, expect, it } from 'vitest';
import { findPostcodes, postcode } from '../../src/packs/data-protection/postcode.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string, params = {}): Match[] => postcode.detect(doc(text), params, ctx) as Match[];
const found = (text: string): string[] => run(text).map((m) => text.slice(m.start, m.end));

describe('postcode detector', () => {
  it.each([
    ['Drop-off at SA31 1JP today', ['SA31 1JP']],
    ['Cyfeiriad: 1 Stryd y Brenin, Caerfyrddin sa31 1jp', ['sa31 1jp']],
    ['From SW1A 1AA to EC1A 1BB', ['SW1A 1AA', 'EC1A 1BB']],
    ['Compact SW1A1AA and M11AA', ['SW1A1AA', 'M11AA']],
    ['Spaced CF10   4UW', ['CF10   4UW']],
    ['Girobank GIR 0AA', ['GIR 0AA']],
    ['Forces mail BF1 3AA', ['BF1 3AA']],
  ])('finds %j', (text, expected) => expect(found(text)).toEqual(expected));

  it('reports the normalised postcode and marks it sensitive', () => {
    const [m] = run('at sa311jp');
    expect(m.data?.postcode).toBe('SA31 1JP');
    expect(m.sensitive).toBe(true);
  });

  it('allow skips the council’s own postcodes, whatever the spacing', () => {
    expect(run('County Hall, SA31 1JP', { allow: ['sa311jp'] })).toEqual([]);
    expect(run('Home: SA31 2AB', { allow: ['SA31 1JP'] })).toHaveLength(1);
  });

  it.each([
    ['glued to letters and digits', 'Ref SA191AB123'],
    ['inside a word', 'ABCM11AADEF'],
    ['outward codes only', 'SW1 NW1 E1 E2 and the SA31 area'],
    ['across a line break', 'SA31\n1JP'],
    ['not an area', 'QA1 1AA and NF1 1AA'],
    ['invalid inward letters', 'M1 1CA'],
    ['BFPO number', 'BFPO 1234'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026'],
    ['dates and times', '23/11/2026, 2026-11-23 at 10:30, 9AM'],
    ['money and counts', '£1,234,567.89 and 1,250,000 visitors'],
    ['switchboard', 'Call 01267 234567'],
    ['roads', 'A48 AND M4 CLOSED, USE B4309; M4 J47'],
    ['covid', 'COVID19 9AM clinic'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

describe('findPostcodes', () => {
  it('returns offsets and normalised postcodes', () => {
    expect(findPostcodes('1 Heol y Dŵr, LL57 2DG.')).toEqual([{ start: 14, end: 22, postcode: 'LL57 2DG' }]);
  });
  it('is empty without digits', () => expect(findPostcodes('no postcode here')).toEqual([]));
});

describe('postcode detector: venues', () => {
  const venues = { 'venue-words': ['park', 'parc', 'mharc', 'library', 'llyfrgell'] };
  it.each([
    ['Our event is at Parc Howard, Llanelli SA15 3LJ. Everyone welcome!'],
    ['Mae ein digwyddiad ym Mharc Howard, Llanelli SA15 3LJ.'],
    ['The new library, Heol y Brenin, SA31 1LN, opens on Monday.'],
  ])("notes a venue's postcode as info: %s", (text) => {
    expect(run(text, venues).map((m) => m.severity)).toEqual(['info']);
  });

  it('keeps the warning when no public place is named in the sentence', () => {
    expect(run('We will write to you at SA19 6AB.', venues).map((m) => m.severity)).toEqual([undefined]);
  });
});

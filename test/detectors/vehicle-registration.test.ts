import { describe, expect, it } from 'vitest';
import { vehicleRegistration } from '../../src/packs/data-protection/vehicle-registration.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string, date = ctx.date): Match[] => vehicleRegistration.detect(doc(text), {}, { ...ctx, date }) as Match[];
const found = (text: string): string[] => run(text).map((m) => text.slice(m.start, m.end));
const formats = (text: string): Array<string | undefined> => run(text).map((m) => m.data?.format);

describe('vehicle-registration detector', () => {
  it.each([
    ['Blue van AB51 ABC parked on the pavement', 'AB51 ABC', 'current'],
    ['Seen: BD62XYZ and LN14-HGT', 'BD62XYZ', 'current'],
    ['lower case cy26 xyz', 'cy26 xyz', 'current'],
    ['Car A123 BCD was clamped', 'A123 BCD', 'prefix'],
    ['Old Mini ABC 123D outside', 'ABC 123D', 'suffix'],
    ['Cerbyd diplomataidd 123 D 456', '123 D 456', 'diplomatic'],
    ['Typed with O for zero: LBO7 SE0', 'LBO7 SE0', 'current'],
  ])('finds %j', (text, first, format) => {
    expect(found(text)[0]).toBe(first);
    expect(formats(text)[0]).toBe(format);
    expect(run(text)[0].sensitive).toBe(true);
  });

  it('finds two marks', () => expect(found('Vehicles AB51 ABC and BD62XYZ were seen')).toEqual(['AB51 ABC', 'BD62XYZ']));

  it.each([
    ['My car reg is R8', 'R8'],
    ['Registration AA 1234', 'AA 1234'],
    ["Rhif cofrestru'r cerbyd: ABZ 1234", 'ABZ 1234'],
    ['number plate 1234 AB', '1234 AB'],
  ])('finds dateless marks with vehicle wording: %j', (text, mark) => {
    expect(found(text)).toEqual([mark]);
    expect(formats(text)).toEqual(['dateless']);
  });

  it('checks age identifiers against the run date', () => {
    expect(run('AB76 ABC', '2026-08-31')).toEqual([]);
    expect(run('AB76 ABC', '2026-09-01')).toHaveLength(1);
  });

  it.each([
    ['age not yet issued', 'AB35 ABC'],
    ['age 00', 'AB00 ABC'],
    ['I in the random letters', 'AB51 AIB'],
    ['I as region', 'IB51 ABC'],
    ['mixed case', 'Ab51 Abc'],
    ['older formats must be capitals', 'a123 bcd and abc 123d'],
    ['a word completes an older shape', 'A40 AND M4 CLOSED, NEW 4K TV, GET 5G NOW'],
    ['dateless without vehicle wording', 'R8 and AA 1234'],
    ['roads are not dateless marks', 'Car crash on the A48 near J47 of the M4 and the B4309'],
    ['a car park bay is not a car', 'Car park C3 is closed'],
    ['a car park number', 'Leave the car in P4'],
    ['times and units', 'car share at 10 AM, 5 PM, 30 MPH'],
    ['months', 'car boot sale MAY 2026'],
    ['covid', 'COVID19 vaccines'],
    ['glued to letters', 'XXXAB51ABCYYY'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026'],
    ['dates and times', '23/11/2026, 2026-11-23 at 10:30'],
    ['money and counts', '£1,234,567.89 and 1,250,000 visitors'],
    ['switchboard', 'Call 01267 234567'],
    ['ordinary Welsh', "Ffordd ar gau: yr A48 tua'r dwyrain, C47 i C48 yr M4"],
    ['ten digits', '1234567890'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

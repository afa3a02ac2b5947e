import { describe, expect, it } from 'vitest';
import { phoneNumber } from '../../src/packs/data-protection/phone-number.js';
import { parseDraft } from '../../src/inputs/draft.js';
import type { RunContext } from '../../src/model/index.js';

const PARAMS = {
  'reserved-prefixes': ['7700900', '1632960', '2920180'],
  'other-regions': ['US', 'IE'],
  'context-words': ['phone', 'number', 'call', 'ffoniwch', 'rhif'],
  'other-identifiers': ['nhs', 'passport', 'reference'],
};
const ctx = (phones: string[] = []): RunContext => ({
  date: '2026-11-23',
  organisation: { domains: [], approvedApps: [], allow: { emails: [], phones } },
  welsh: { order: 'any' },
  elections: [],
});

async function found(text: string, c = ctx()) {
  const { doc } = await parseDraft(text, 'd.txt');
  const matches = await phoneNumber.detect(doc!, PARAMS, c);
  return matches.map((m) => `${text.slice(m.start, m.end)}${m.severity ? ` (${m.severity})` : ''}`);
}

describe('dp/phone-number detector', () => {
  it.each([
    ['an Ofcom drama mobile', 'Call Mrs Davies back on 07700 900123 please', ['07700 900123']],
    ['the same in Welsh', 'Ffoniwch Dai ar 07700 900456', ['07700 900456']],
    ['international form', 'Her number is +44 7700 900789', ['+44 7700 900789']],
    ['international form without the plus', 'Text 447700900020 tonight', ['447700900020']],
    ['a landline, as a warning', 'Ring him on 029 2018 0123', ['029 2018 0123 (warning)']],
    ['a 0300 number, as info', 'Call 0300 123 1113 for the ICO', ['0300 123 1113 (info)']],
    ['a US number written nationally', 'Our resident in Boston asked us to call 312-515-2239', ['312-515-2239']],
    ['a foreign number after a phone word', 'My phone is 425 8829090', ['425 8829090']],
  ])('finds %s', async (_, text, expected) => {
    expect(await found(text)).toEqual(expected);
  });

  it.each([
    ['dates and times', 'The road reopens on 23/11/2026 at 14:30, or 2026-11-23 12:30-14:45.'],
    ['money and counts', 'We collected 1,250,000 bins last year, costing £1,234,567.89.'],
    ['planning and invoice references', 'Planning application PL/05123/2026, invoice INV-2026-004512.'],
    ['a reference a US number could be', 'Order 4015551234 was delivered; reference 2026-004512.'],
    ['road numbers', 'The A48 and M4 are clear; B4309 closed.'],
    ['a year range and a count', 'Between 2020 and 2026 12 000 people visited.'],
    ['other identifiers called "number"', 'Her NHS number is 999 000 0018 and her passport number 123456789.'],
  ])('does not report %s', async (_, text) => {
    expect(await found(text)).toEqual([]);
  });

  it("skips the organisation's own numbers in organisation.allow.phones, however written", async () => {
    expect(await found('Our switchboard is 01267 234567 or +44 1267 234567', ctx(['01267 234567']))).toEqual([]);
  });
});

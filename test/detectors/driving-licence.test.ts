import { describe, expect, it } from 'vitest';
import { drivingLicence } from '../../src/packs/data-protection/driving-licence.js';
import type { Match, PostDocument, RunContext } from '../../src/model/index.js';

const doc = (text: string): PostDocument => ({ kind: 'post', path: 't.txt', text, prose: text, links: [], frontMatter: {}, bodyStart: 0 });
const ctx: RunContext = { date: '2026-11-23', organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } }, welsh: { order: 'any' }, elections: [] };
const run = (text: string): Match[] => drivingLicence.detect(doc(text), {}, ctx) as Match[];
const found = (text: string): string[] => run(text).map((m) => text.slice(m.start, m.end));

// DVLA's published example licence numbers and invented ones.
describe('driving-licence detector', () => {
  it.each([
    ['Licence: MORGA657054SM9IJ ok', 'MORGA657054SM9IJ'],
    ['Trwydded yrru morga657054sm9ij', 'morga657054sm9ij'],
    ['copied as MORGA 657054 SM9IJ 35 from the card', 'MORGA 657054 SM9IJ 35'],
    ['or MORGA 657 054 SM9IJ', 'MORGA 657 054 SM9IJ'],
    ['with issue number MORGA657054SM9IJ35.', 'MORGA657054SM9IJ35'],
    ['short surname FO999512018AA1AB', 'FO999512018AA1AB'],
  ])('finds %j', (text, licence) => {
    expect(found(text)).toEqual([licence]);
    expect(run(text)[0].sensitive).toBe(true);
  });

  it.each([
    ['month 13', 'MORGA613054SM9IJ'],
    ['day 32', 'MORGA601324SM9IJ'],
    ['15 characters', 'MORGA65705SM9IJ'],
    ['17 characters', 'MORGA6570544SM9IJ'],
    ['no surname letters', '99999657054SM9IJ'],
    ['9 inside the surname', 'MO9G9657054SM9IJ'],
    ['glued to letters', 'XMORGA657054SM9IJ'],
    ['invoice number', 'Invoice INV-2026-004512 is overdue'],
    ['planning reference', 'Planning application PL/05123/2026'],
    ['dates and times', '23/11/2026, 2026-11-23 at 10:30'],
    ['money and counts', '£1,234,567.89 and 1,250,000 visitors'],
    ['switchboard', 'Call 01267 234567'],
    ['roads', 'A48 AND M4 CLOSED, USE B4309'],
  ])('nothing for %s', (_why, text) => expect(run(text)).toEqual([]));
});

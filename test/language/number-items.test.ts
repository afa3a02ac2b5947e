import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberItems, welshNumberWords } from '../../src/language/number-items.js';

describe('numberItems', () => {
  it('finds nothing in text with no digit, month names and Welsh number words included', () => {
    const piece = fc.constantFrom('Tachwedd', 'November', 'Room', ' ', ',', '.', 'saith', 'twelve', 'ŵ', '\n', "Medi'r", 'am', 'pm');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        expect(numberItems(parts.join(' '))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("reads 'am' before a Welsh word as the preposition, not a time: 'plant dan 12 am ddim' is twelve (drafts-blind18)", () => {
    const keys = (text: string) => numberItems(text).map((i) => i.keys);
    expect(keys('plant dan 12 am ddim')).toEqual([['12', '12:00']]);
    expect(keys('under-12s free')).toEqual([['12', '12:00']]);
    expect(keys('ar agor o 9 am y tro cyntaf')[0]).toContain('9');
    expect(keys('open 9 am daily')).toEqual([['09:00']]);
    expect(keys('ar agor 9am-5pm')).toEqual([['09:00'], ['17:00']]);
  });

  it("reads a month's short form only after a day: 'o 1538 hyd 1900' is two years (until), '9 Hyd 2026' a date (drafts-blind35)", () => {
    const keys = (text: string) => numberItems(text).map((i) => i.keys);
    expect(keys('o 1538 hyd 1900')).toEqual([['1538'], ['1900']]);
    expect(keys('from 1538 to 1900')).toEqual([['1538'], ['1900']]);
    expect(keys('ar gau ar 9 Hyd 2026')).toEqual([['d9-10', 'd9-10-2026']]);
    expect(keys('2,500 May 2026')[0]).toEqual(['2500']);
  });

  it("reads a month's whole name before a full stop as a sentence's end, an abbreviation's stop not (drafts-blind67)", () => {
    const keys = (text: string) => numberItems(text).map((i) => i.keys);
    expect(keys('before they move up in September. 28 pupils met the youth workers')).toEqual([['28']]);
    expect(keys("cyn symud ym mis Medi. Fe wnaeth 28 o ddisgyblion")).toEqual([['28']]);
    expect(keys('The meeting is on Sept. 28.')).toEqual([['d28-9']]);
    expect(keys('The meeting is on September 28.')).toEqual([['d28-9']]);
  });

  it('reads digits of any script, and only inside [from, to)', () => {
    expect(numberItems('Ar ٣ Tachwedd').map((i) => [i.start, i.end])).toEqual([[3, 13]]);
    expect(numberItems('Bydd 12 Tachwedd yn brysur', 0, 5)).toEqual([]);
    expect(numberItems('Medi’r 15fed, September 15th').map((i) => i.keys)).toEqual([['d15-9'], ['d15-9']]);
  });
});

describe('welshNumberWords', () => {
  it("reads 'hanner awr' as 30 (minutes) and 'chwarter awr' as 15, beside 'hanner dydd' (12:00)", () => {
    const keys = (text: string) => welshNumberWords(text).map((i) => [text.slice(i.start, i.end), i.keys]);
    expect(keys('aros am hanner awr ym mhob pentref')).toEqual([['hanner awr', ['30']]]);
    expect(keys('chwarter awr cyn hanner dydd')).toEqual([['chwarter awr', ['15']], ['hanner dydd', ['12:00', '12']]]);
    expect(keys('hanner y plant')).toEqual([]);
  });
});

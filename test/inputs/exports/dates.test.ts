import { describe, expect, it } from 'vitest';
import { isoInstant, localIso, readIsoDate, readSproutDate, twitterInstant } from '../../../src/inputs/exports/dates.js';

const L = 'Europe/London';

describe('export dates', () => {
  it('instants are written as London local time with the offset, across the clock changes', () => {
    // BST 2026: from 01:00 UTC on 29 March to 01:00 UTC on 25 October.
    expect(localIso(Date.UTC(2026, 2, 29, 0, 59), L)).toBe('2026-03-29T00:59+00:00');
    expect(localIso(Date.UTC(2026, 2, 29, 1, 0), L)).toBe('2026-03-29T02:00+01:00');
    expect(localIso(Date.UTC(2026, 9, 25, 0, 59), L)).toBe('2026-10-25T01:59+01:00');
    expect(localIso(Date.UTC(2026, 9, 25, 1, 0), L)).toBe('2026-10-25T01:00+00:00');
    // 23:30 UTC on a summer evening is already the next day in Wales: date rules judge that day.
    expect(localIso(Date.UTC(2026, 4, 6, 23, 30), L)).toBe('2026-05-07T00:30+01:00');
    expect(localIso(Date.UTC(2026, 0, 1, 12, 0), 'America/New_York')).toBe('2026-01-01T07:00-05:00');
  });

  it('every quarter hour of a year is written with the offset Intl gives, in zones with odd changes (offsets are cached by block)', () => {
    // Lord Howe Island changes by 30 minutes, Chatham Islands keep a 45-minute offset.
    for (const zone of [L, 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      const intl = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 900_000 + 7 * 60_000) {
        const p = Object.fromEntries(intl.formatToParts(ms).map((x) => [x.type, x.value]));
        expect(localIso(ms, zone).slice(0, 16)).toBe(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`);
      }
    }
  });

  it('ISO dates: date-only kept, offsets converted, local date-times read in the zone, impossible ones refused', () => {
    expect(readIsoDate('2026-03-05', L)).toEqual({ date: '2026-03-05' });
    expect(readIsoDate('2026-04-01T09:00:00+01:00', L)).toEqual({ date: '2026-04-01T09:00+01:00' });
    expect(readIsoDate('2026-04-01T08:00:00.000Z', L)).toEqual({ date: '2026-04-01T09:00+01:00' });
    expect(readIsoDate('2026-04-01 09:00', L)).toEqual({ date: '2026-04-01T09:00+01:00' });
    expect(readIsoDate('2026-03-02T09:00:00+0000', L)).toEqual({ date: '2026-03-02T09:00+00:00' });
    // In the spring-forward gap: an hour on.
    expect(readIsoDate('2026-03-29T01:30', L)).toEqual({ date: '2026-03-29T02:30+01:00' });
    for (const bad of ['2026-02-29', '2026-02-30T09:00', '2026-13-01T09:00:00Z', '2026-03-02T24:00', '02/03/2026', '2026-3-2', 'tomorrow']) {
      expect(readIsoDate(bad, L).problem, bad).toBeDefined();
    }
    expect(readIsoDate('2028-02-29', L)).toEqual({ date: '2028-02-29' });
  });

  it("X's created_at and ISO instants are strict: JavaScript's Date would roll 30 February into March", () => {
    expect(twitterInstant('Fri Feb 20 09:10:58 +0000 2026')).toBe(Date.UTC(2026, 1, 20, 9, 10, 58));
    expect(twitterInstant('Thu Feb 30 08:30:00 +0000 2026')).toBeUndefined();
    expect(twitterInstant('2026-02-20T09:10:58Z')).toBeUndefined();
    expect(isoInstant('2026-08-03T13:21:53+0000')).toBe(Date.UTC(2026, 7, 3, 13, 21, 53));
    expect(isoInstant('2026-08-03T13:21:53')).toBeUndefined();
  });

  it("Sprout's month-first 12-hour dates", () => {
    expect(readSproutDate('1/1/2021 12:35 am', L)).toEqual({ date: '2021-01-01T00:35+00:00' });
    expect(readSproutDate('12/28/2024 12:47 pm', L)).toEqual({ date: '2024-12-28T12:47+00:00' });
    expect(readSproutDate('9/9/2025 9:46 am', L)).toEqual({ date: '2025-09-09T09:46+01:00' });
    expect(readSproutDate('03/15/2024 10:05 AM', L)).toEqual({ date: '2024-03-15T10:05+00:00' });
    expect(readSproutDate('15/03/2026 10:05', L).problem).toMatch(/re-saved by a spreadsheet/);
    expect(readSproutDate('3/15/2026 10:05', L).problem).toMatch(/re-saved by a spreadsheet/);
    expect(readSproutDate('2/29/2026 9:00 am', L).problem).toMatch(/not a real/);
  });
});

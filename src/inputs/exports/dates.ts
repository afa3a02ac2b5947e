/**
 * Dates of exported posts, read strictly (never `new Date(string)`: V8 reads many forms as
 * the machine's local time and rolls impossible dates forward, "Feb 30" becoming 2 March)
 * and written the same way for every format: the local date-time in the audit's time zone
 * with its offset, `2026-04-01T09:00+01:00`. Its first 16 characters are the wall-clock time
 * the council saw (and the day date rules judge); the offset makes it one instant, so posts
 * from different exports compare.
 */
import { t } from '../../i18n/index.js';

/** Dates written without a zone (Sprout, a generic CSV) are read in this zone, and every date is written in it. */
export const DEFAULT_TIME_ZONE = 'Europe/London';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter of a zone; throws a RangeError for a zone name Intl does not know. */
function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** A problem with the time zone option, as a sentence; undefined when the zone is known. */
export function zoneProblem(zone: string): string | undefined {
  try {
    formatter(zone);
    return undefined;
  } catch {
    return t('date.unknownZone', { zone });
  }
}

interface Parts { y: number; mo: number; d: number; h: number; mi: number; s: number }

function partsAt(ms: number, zone: string): Parts {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(zone).formatToParts(ms)) if (type !== 'literal') p[type] = Number(value);
  return { y: p.year, mo: p.month, d: p.day, h: p.hour, mi: p.minute, s: p.second };
}

/** The zone's offset from UTC at an instant, in minutes, asked of Intl. */
function intlOffset(ms: number, zone: string): number {
  const p = partsAt(ms, zone);
  return Math.round((Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - Math.floor(ms / 1000) * 1000) / 60000);
}

/** A block of time whose offset is known once its two ends agree: six hours. */
const BLOCK = 6 * 3_600_000;

/**
 * The zone's offset from UTC at an instant, in minutes. Intl is slow (a formatToParts is tens of
 * microseconds), so offsets are kept per six-hour block when the block's first and last quarter
 * hours have the same one (no zone changes its offset twice in six hours), else per quarter hour
 * (zones change on a quarter hour: London at 01:00 UTC).
 */
function offsetAt(ms: number, zone: string): number {
  let cache = offsets.get(zone);
  if (!cache) offsets.set(zone, (cache = { blocks: new Map(), quarters: new Map() }));
  const block = Math.floor(ms / BLOCK);
  let off = cache.blocks.get(block);
  if (off === undefined) {
    const first = intlOffset(block * BLOCK, zone);
    off = first === intlOffset((block + 1) * BLOCK - 900_000, zone) ? first : null;
    if (cache.blocks.size > 200_000) cache.blocks.clear();
    cache.blocks.set(block, off);
  }
  if (off !== null) return off;
  // A block in which the offset changes: per quarter hour.
  const quarter = Math.floor(ms / 900_000);
  let q = cache.quarters.get(quarter);
  if (q === undefined) {
    if (cache.quarters.size > 200_000) cache.quarters.clear();
    cache.quarters.set(quarter, (q = intlOffset(ms, zone)));
  }
  return q;
}
const offsets = new Map<string, { blocks: Map<number, number | null>; quarters: Map<number, number> }>();

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** An instant as the zone's local date-time with its offset: `2026-04-01T09:00+01:00`. */
export function localIso(ms: number, zone: string): string {
  const off = offsetAt(ms, zone);
  const wall = new Date(ms + off * 60000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return `${date}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}${off < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)}`;
}

/**
 * The instant of a wall-clock time in a zone. A time in the spring-forward gap (01:30 on the
 * last Sunday of March in London) comes out an hour later; a time in the autumn's repeated
 * hour is read as the second one (GMT).
 */
export function fromLocal(p: Parts, zone: string): number {
  const guess = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  const first = offsetAt(guess, zone);
  let ms = guess - first * 60000;
  const second = offsetAt(ms, zone);
  if (second !== first) ms = guess - second * 60000;
  return ms;
}

const daysIn = (y: number, mo: number) => new Date(Date.UTC(y, mo, 0)).getUTCDate();

/** Whether the parts are a real calendar date and clock time (no 30 February, no 25:00). */
export function realDate(p: Parts): boolean {
  return p.y >= 1000 && p.mo >= 1 && p.mo <= 12 && p.d >= 1 && p.d <= daysIn(p.y, p.mo) && p.h <= 23 && p.mi <= 59 && p.s <= 59;
}

/** A date as read: the date to write, or why it cannot be read. */
export type DateRead = { date: string; problem?: undefined } | { date?: undefined; problem: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * An ISO 8601 date (`2026-03-02`, kept as a date), or date-time with or without an offset
 * (`2026-03-02T09:00:00Z`, `2026-04-01T09:00:00+01:00`, `2026-03-02 09:00`); a date-time
 * without an offset is local time in `zone`. Anything else is a problem: day-first and
 * month-first dates (`02/03/2026`) cannot be told apart.
 */
export function readIsoDate(value: string, zone: string): DateRead {
  const m = ISO.exec(value.trim());
  if (!m) return { problem: t('date.notIso', { value }) };
  const p: Parts = { y: +m[1], mo: +m[2], d: +m[3], h: m[4] ? +m[4] : 0, mi: m[5] ? +m[5] : 0, s: m[6] ? +m[6] : 0 };
  if (!realDate(p)) return { problem: t('date.notReal', { value }) };
  if (!m[4]) return { date: `${m[1]}-${m[2]}-${m[3]}` };
  if (!m[7]) return { date: localIso(fromLocal(p, zone), zone) };
  return { date: localIso(Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - offsetMinutes(m[7]) * 60000, zone) };
}

/** `Z`, `+01:00`, `+0100` or `+01` in minutes east of UTC. */
function offsetMinutes(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  return zone[0] === '-' ? -minutes : minutes;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TWITTER = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}) (\d{4})$/;

/** X's `created_at`, `Fri Feb 20 09:10:58 +0000 2026`, as an instant (Unix milliseconds), or undefined. */
export function twitterInstant(value: string): number | undefined {
  const m = TWITTER.exec(value);
  if (!m) return undefined;
  const p: Parts = { y: +m[7], mo: MONTHS.indexOf(m[1]) + 1, d: +m[2], h: +m[3], mi: +m[4], s: +m[5] };
  if (!realDate(p)) return undefined;
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - offsetMinutes(m[6]) * 60000;
}

/** An ISO date-time with an offset or `Z` (X's `createdAt`, the Graph API's `created_time`) as an instant, or undefined. */
export function isoInstant(value: string): number | undefined {
  const m = ISO.exec(value);
  if (!m || !m[4] || !m[7]) return undefined;
  const p: Parts = { y: +m[1], mo: +m[2], d: +m[3], h: +m[4], mi: +m[5], s: m[6] ? +m[6] : 0 };
  if (!realDate(p)) return undefined;
  return Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - offsetMinutes(m[7]) * 60000;
}

const SPROUT = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? +(\d{1,2}):(\d{2})(?::(\d{2}))? *([ap])\.? ?m\.?$/i;

/**
 * Sprout's `Date`: month first, 12-hour, no zone (`1/1/2021 12:35 am`, `12/28/2024 12:47 pm`),
 * read as local time in `zone`; ISO forms are accepted too. A day-first or 24-hour date
 * without am/pm is what a spreadsheet writes when it re-saves the file.
 */
export function readSproutDate(value: string, zone: string): DateRead {
  const v = value.trim();
  const m = SPROUT.exec(v);
  if (m) {
    const hour = +m[4];
    const p: Parts = { y: +m[3], mo: +m[1], d: +m[2], h: (hour % 12) + (m[7].toLowerCase() === 'p' ? 12 : 0), mi: +m[5], s: m[6] ? +m[6] : 0 };
    if (hour < 1 || hour > 12 || !realDate(p)) {
      return { problem: t('date.sproutNotReal', { value }) };
    }
    return { date: localIso(fromLocal(p, zone), zone) };
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    return readIsoDate(v, zone);
  }
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(v)) {
    return { problem: t('date.sproutResaved', { value }) };
  }
  return { problem: t('date.sproutNotDate', { value }) };
}

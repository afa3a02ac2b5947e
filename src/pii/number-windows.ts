/**
 * Where phone numbers could be in a text, found in time linear in the text. libphonenumber's
 * matcher tries many inner candidates in a run of digits, and signals each rejection by
 * throwing an error, so its time grows faster than the text on long runs (80 KB of spaced
 * single digits took 16 s). So the matcher only ever sees a short run: a run of digits and
 * the characters that format numbers (never a line break or tab: a number does not span
 * them), with one character of context each side. A longer run (a pasted table, digits
 * spaced out) is read differently: a candidate starts at '+' or at a group starting with 0,
 * as UK numbers do, and ends at a group boundary after 10 to 12 digits; each is parsed once.
 */
const RUN = /[+(\p{Nd}][\p{Nd} \u00a0().\u2010-\u2015/_+-]*\p{Nd}\)?/gu;
/** Longer than any number as written ("+44 (0) 7700 900 123 ext 1234" is 29). */
export const SHORT_RUN = 40;
const SEPARATOR = /[ \u00a0().\u2010-\u2015/_+-]/u;
const DIGIT = /\p{Nd}/u;

export interface Found<N> { start: number; end: number; number: N }

export interface PhoneLibrary<N> {
  /** libphonenumber's findNumbers over a short text. */
  find(text: string): Iterable<{ startsAt: number; endsAt: number; number: N }>;
  /** libphonenumber's parse of one candidate (GB default region). */
  parse(text: string): N | undefined;
  /** Results by window text, kept across posts: the same number recurs within and across posts. */
  cache?: Map<string, Array<{ startsAt: number; endsAt: number; number: N }>>;
}

/** Beyond this many windows a cache starts again, so memory stays bounded. */
const CACHE_LIMIT = 20_000;

/** Runs `fn` without stack traces: libphonenumber throws for every rejected candidate, and a stack costs more than the parse. */
export function withoutStacks<T>(fn: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return fn();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A date written with slashes (15/03/2026, 1/4/26): its slashes part a date, not a phone number's groups. */
const SLASHED_DATE = /(?<!\d)\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})(?!\d)/g;

/**
 * '/' and '_' between digits as spaces ("07700/900/123"), except inside a date, and between two
 * whole numbers ("01685 376689/07527 049134": a landline and a mobile, each read alone).
 */
function slashesAsSpaces(slice: string): string {
  const dates: Array<[number, number]> = [];
  for (const m of slice.matchAll(SLASHED_DATE)) dates.push([m.index, m.index + m[0].length]);
  return slice.replace(/(?<=\d)[/_](?=\d)/g, (c, at: number) => {
    if (c === '/' && dates.some(([s, e]) => at > s && at < e)) return c;
    return c === '/' && WHOLE_BEFORE.test(slice.slice(Math.max(0, at - 16), at)) && WHOLE_AFTER.test(slice.slice(at + 1, at + 17)) ? '|' : ' ';
  });
}
/** Whether a whole UK number ends right before a slash at `slash` ("01685 376689/07527 …"). */
export const wholeNumberBefore = (text: string, slash: number): boolean => text[slash] === '/' && WHOLE_BEFORE.test(text.slice(Math.max(0, slash - 16), slash));
/** A whole national number from 0 (area code and number, one space between at most) ending or starting at a slash. */
const WHOLE_BEFORE = /(?<!\d ?)0\d{2,4} ?\d{5,8}$/;
const WHOLE_AFTER = /^0\d{2,4} ?\d{5,8}(?![\d])/;

/**
 * A candidate that is a date, a time, a time range or a count written with thousands groups,
 * however a region's metadata could read it: "27.02.2026", "27-02-2026", "2026-02-27",
 * "10.30-12.30", "18:30", "12 345 678". (Slashed dates are kept whole by slashesAsSpaces.)
 */
export function looksLikeDateOrTime(raw: string): boolean {
  const s = raw.trim();
  let m = /^(\d{1,2})([./-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))) return true;
  }
  m = /^(\d{4})([./-])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (m && Number(m[3]) >= 1 && Number(m[3]) <= 12 && Number(m[4]) >= 1 && Number(m[4]) <= 31) return true;
  const time = (h: string, min: string) => Number(h) <= 24 && Number(min) <= 59;
  m = /^(\d{1,2})[.:](\d{2})(?:\s*[-\u2010-\u2015]\s*(\d{1,2})[.:](\d{2}))?$/.exec(s);
  if (m && time(m[1], m[2]) && (m[3] === undefined || time(m[3], m[4]))) return true;
  return /^\d{1,3}([ \u00a0,.])\d{3}(?:\1\d{3})+$/.test(s);
}

/**
 * Relay UK's prefixes (18001 for text, 18002 for a textphone) before a number written
 * nationally: "Text Relay: 18001 01632 960123" is the number 01632 960123 dialled through
 * the relay service, not one long number.
 */
const RELAY_PREFIX = /^1800[12][ \u00a0]+(?=[0(])/;

/** Digit runs of the text, as [start, end) offsets, each with at least `minDigits` digits (a relay prefix left out). */
export function* digitRuns(text: string, minDigits = 6): Generator<[number, number]> {
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const relay = RELAY_PREFIX.exec(m[0]);
    const run = relay ? m[0].slice(relay[0].length) : m[0];
    let digits = 0;
    for (const c of run) if (DIGIT.test(c) && ++digits >= minDigits) break;
    if (digits >= minDigits) yield [m.index + (relay ? relay[0].length : 0), m.index + m[0].length];
  }
}

/**
 * Numbers in the text: the matcher on short runs, anchored candidates on long runs; sorted.
 * `runs` defaults to every run of at least 9 digits (a UK national number's least); `longRuns`
 * false leaves long runs alone.
 */
export function findPhoneNumbers<N>(text: string, lib: PhoneLibrary<N>, o: { longRuns?: boolean; runs?: Iterable<[number, number]> } = {}): Array<Found<N>> {
  return withoutStacks(() => {
    const out: Array<Found<N>> = [];
    for (const [s, e] of o.runs ?? digitRuns(text, 9)) {
      if (e - s <= SHORT_RUN) {
        const from = Math.max(0, s - 1);
        const slice = text.slice(from, Math.min(text.length, e + 1));
        let found = lib.cache?.get(slice);
        if (!found) {
          // Groups parted by '/' or '_' ("07700/900/123") read as spaces: the same length, so the same offsets.
          found = [...lib.find(/[/_]/.test(slice) ? slashesAsSpaces(slice) : slice)];
          if (lib.cache) {
            if (lib.cache.size >= CACHE_LIMIT) lib.cache.clear();
            lib.cache.set(slice, found);
          }
        }
        for (const f of found) out.push({ start: from + f.startsAt, end: from + f.endsAt, number: f.number });
      } else if (o.longRuns !== false) for (const n of longRunNumbers(text, s, e, lib)) out.push(n); // no spread: a run may hold millions
    }
    return out;
  });
}

function* longRunNumbers<N>(text: string, s: number, e: number, lib: PhoneLibrary<N>): Generator<Found<N>> {
  let skipTo = s;
  for (let i = s; i < e; i++) {
    if (i < skipTo) continue;
    const c = text[i];
    const groupStart = i === s || SEPARATOR.test(text[i - 1]);
    if (!(c === '+' || (c === '0' && groupStart) || (c === '(' && text[i + 1] === '0'))) continue;
    // Candidate ends: group boundaries after 10, 11 or 12 digits, longest first.
    const ends: number[] = [];
    let digits = 0;
    for (let j = i; j < e && digits <= 12; j++) {
      if (DIGIT.test(text[j])) {
        digits++;
        const boundary = j + 1 === e || !DIGIT.test(text[j + 1]);
        if (boundary && digits >= 10 && digits <= 12) ends.push(j + 1);
      } else if (!SEPARATOR.test(text[j])) break;
    }
    for (const end of ends.reverse()) {
      const number = lib.parse(text.slice(i, end));
      if (number === undefined) continue;
      yield { start: i, end, number };
      skipTo = end;
      break;
    }
  }
}

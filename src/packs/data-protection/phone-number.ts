import type { BuiltinDetector, Match, PostDocument, Severity } from '../../model/index.js';
import { digitRuns, findPhoneNumbers } from '../../pii/number-windows.js';

interface Params {
  /** National-number prefixes Ofcom reserves for drama (e.g. 7700900): found like real numbers. */
  'reserved-prefixes'?: string[];
  /** Other regions whose numbers written without +country code are also found. */
  'other-regions'?: string[];
  /** Words that make a digit run a phone number ("call", "ffoniwch"), for other regions. */
  'context-words'?: string[];
  /** Words that, just before a context word, make it another identifier ("NHS number"). */
  'other-identifiers'?: string[];
}

// Cheap pre-check: a run of at least 7 digits, possibly grouped. Most posts have none, so the
// 150 KB libphonenumber metadata is loaded only when a post could hold a number.
const DIGIT_RUN = /(?:\+|\p{Nd})[\p{Nd}\s()./_-]{5,}\p{Nd}/u;
const PERSONAL_TYPES = new Set(['MOBILE', 'PERSONAL_NUMBER', 'FIXED_LINE_OR_MOBILE', 'PAGER']);
const ORGANISATION_TYPES = new Set(['TOLL_FREE', 'SHARED_COST', 'UAN', 'PREMIUM_RATE', 'VOICEMAIL']);

// 'POSSIBLE' so Ofcom drama numbers are found; validity is then checked per number.
// (leniency is supported at run time but missing from the library's type declarations.)
const FIND_OPTIONS = { defaultCountry: 'GB', v2: true, leniency: 'POSSIBLE' } as { defaultCountry: 'GB'; v2: true };

/** Digits that continue a reference code ("PL/05123/2026", "INV-2026-004512") are not a number to call. */
const inReference = (text: string, start: number): boolean => /[\p{L}\p{N}][/_-]$|[/#]$/u.test(text.slice(Math.max(0, start - 2), start));

const allowedCache = new WeakMap<string[], Set<string>>();

interface Candidate { start: number; end: number; e164: string; type: string | undefined }

const contextCache = new Map<string, RegExp | undefined>();
function contextPattern(words: string[]): RegExp | undefined {
  const key = words.join('|');
  if (!contextCache.has(key)) {
    const alternation = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // The word before the context word ("account number") and the one after it (Welsh puts
    // the noun after: "rhif cyfrif") are captured: either may make it another identifier.
    contextCache.set(key, words.length ? new RegExp(`(?:(\\p{L}+)[^\\p{L}]+)?(?<![\\p{L}])(?:${alternation})(?![\\p{L}])[^\\p{L}]*(?:(\\p{L}+)[^\\p{L}]+)?(?:\\p{L}+[^\\p{L}]+){0,2}$`, 'iu') : undefined);
  }
  return contextCache.get(key);
}

type Lib = typeof import('../../pii/phone-library.js');
type Numbers = ReturnType<Lib['findNumbers']>;
// What libphonenumber found in each window, by region: numbers recur across a run's posts.
const caches = new Map<string, Map<string, Numbers>>();
const cacheFor = (region: string) => {
  let cache = caches.get(region);
  if (!cache) caches.set(region, (cache = new Map()));
  return cache;
};
let lib: Promise<Lib> | undefined;

/**
 * `dp/phone-number`: UK and international numbers found by libphonenumber (GB default
 * region). A number must be valid by libphonenumber's metadata, or lie in an Ofcom drama
 * range; so dates, times, money, counts and reference numbers, which are "possible" but not
 * valid, never match. Mobiles keep the rule's severity; landlines are warnings (often a
 * business or office); freephone and 03 numbers are info; the organisation's own numbers in
 * `organisation.allow.phones` are not findings.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'reserved-prefixes': { type: 'array', items: { type: 'string', pattern: '^[0-9]+$' } },
      'other-regions': { type: 'array', items: { type: 'string', pattern: '^[A-Z]{2}$' } },
      'context-words': { type: 'array', items: { type: 'string' } },
      'other-identifiers': { type: 'array', items: { type: 'string' } },
    },
  },
  async detect(doc, params, ctx) {
    const post = doc as PostDocument;
    if (!DIGIT_RUN.test(post.prose)) return [];
    const { findNumbers, parsePhoneNumberFromString } = await (lib ??= import('../../pii/phone-library.js'));
    let allowed = allowedCache.get(ctx.organisation.allow.phones);
    if (!allowed) allowedCache.set(ctx.organisation.allow.phones, (allowed = new Set(ctx.organisation.allow.phones.map((p) => parsePhoneNumberFromString(p, 'GB')?.number ?? ''))));
    const reserved = params['reserved-prefixes'] ?? [];
    const candidates: Candidate[] = [];
    const gb = { find: (s: string) => findNumbers(s, FIND_OPTIONS), parse: (s: string) => parsePhoneNumberFromString(s, 'GB'), cache: cacheFor('GB') };
    for (const found of findPhoneNumbers(post.prose, gb)) {
      if (inReference(post.prose, found.start)) continue;
      let { number } = found;
      const raw = post.prose.slice(found.start, found.end);
      // A UK number in international form without its plus ("447700900123").
      const digits = raw.replace(/\D/g, '');
      const plusless = !number.isValid() && /^44[1-9]\d{9}$/.test(digits);
      if (plusless) number = parsePhoneNumberFromString(`+${digits}`) ?? number;
      const national = number.nationalNumber;
      const drama = number.countryCallingCode === '44' && (plusless || /^[0+(]/.test(raw)) && reserved.some((p) => national.startsWith(p));
      if (!drama && !number.isValid()) continue;
      candidates.push({ start: found.start, end: found.end, e164: number.number, type: drama ? (national.startsWith('7') ? 'MOBILE' : 'FIXED_LINE') : number.getType() });
    }
    // Numbers of other regions written nationally (no +code) are ambiguous with references
    // and counts ("INV-2026-004512" is a valid US number), so each must be grouped the way
    // that region writes numbers, or follow a word such as "phone" or "call".
    const context = contextPattern(params['context-words'] ?? []);
    const others = new Set((params['other-identifiers'] ?? []).map((w) => w.toLowerCase()));
    // Runs the GB pass left unexplained, which other regions may explain; a run is only worth
    // their (costly) scan when grouped ("312-515-2239") or introduced by a phone word, as the
    // check below requires anyway: so a pasted table of plain numbers costs nothing here.
    const sorted = [...candidates].sort((a, b) => a.start - b.start);
    let k = 0;
    const leftover: Array<[number, number]> = [];
    for (const [s, e] of digitRuns(post.prose, 7)) {
      while (k < sorted.length && sorted[k].end <= s) k++;
      if (k < sorted.length && sorted[k].start < e) continue;
      const grouped = /\D/.test(post.prose.slice(s, e).replace(/^\(|\)$/g, ''));
      if (grouped || context?.test(post.prose.slice(Math.max(0, s - 50), s))) leftover.push([s, e]);
    }
    const extra: Candidate[] = [];
    for (const region of leftover.length ? params['other-regions'] ?? [] : []) {
      // Long runs (tables, spaced digits) are left to the GB pass: a national number of
      // another region is only taken when grouped or introduced, which a long run is not.
      const other = { find: (s: string) => findNumbers(s, { defaultCountry: region as 'GB', v2: true }), parse: () => undefined, cache: cacheFor(region) };
      for (const found of findPhoneNumbers(post.prose, other, { longRuns: false, runs: leftover })) {
        if (extra.some((c) => found.start < c.end && found.end > c.start) || inReference(post.prose, found.start)) continue;
        const raw = post.prose.slice(found.start, found.end);
        if (raw.includes('/')) continue;
        const groups = (s: string) => (s.match(/\d+/g) ?? []).map((g) => g.length).join(',');
        const written = groups(raw);
        const grouped = /\D/.test(raw.trim()) && (written === groups(found.number.formatNational()) || written === groups(found.number.formatInternational()));
        const before = post.prose.slice(Math.max(0, found.start - 50), found.start);
        const said = context?.exec(before);
        const otherIdentifier = [said?.[1], said?.[2]].some((w) => w !== undefined && others.has(w.toLowerCase()));
        if (!grouped && !(said && !otherIdentifier)) continue;
        extra.push({ start: found.start, end: found.end, e164: found.number.number, type: found.number.getType() });
      }
    }
    candidates.push(...extra);
    const out: Match[] = [];
    for (const { start, end, e164, type } of candidates) {
      if (allowed.has(e164)) continue;
      let severity: Severity | undefined;
      let note: string | undefined;
      if (type && ORGANISATION_TYPES.has(type)) {
        severity = 'info';
        note = "A non-geographic number, usually an organisation's; if it is yours, add it to organisation.allow.phones.";
      } else if (!type || !PERSONAL_TYPES.has(type)) {
        severity = 'warning';
        note = "A landline: check it is not a resident's; if it is the organisation's, add it to organisation.allow.phones.";
      }
      out.push({ start, end, sensitive: true, ...(severity ? { severity, note } : {}) });
    }
    return out;
  },
};

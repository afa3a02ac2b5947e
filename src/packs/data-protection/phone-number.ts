import type { BuiltinDetector, Match, PostDocument, RunContext, Severity } from '../../model/index.js';
import { escapeRegExp } from '../../model/index.js';
import { contactOwner } from '../../pii/contact-owner.js';
import { digitRuns, findPhoneNumbers, looksLikeDateOrTime, wholeNumberBefore } from '../../pii/number-windows.js';
import { contextPattern as wordPattern } from '../../pii/text.js';

interface Params {
  /** National-number prefixes Ofcom reserves for drama (e.g. 7700900): found like real numbers. */
  'reserved-prefixes'?: string[];
  /** Other regions whose numbers written without +country code are also found. */
  'other-regions'?: string[];
  /** Words that make a digit run a phone number ("call", "ffoniwch"), for other regions. */
  'context-words'?: string[];
  /** Words that, just before a context word, make it another identifier ("NHS number"). */
  'other-identifiers'?: string[];
  /** Words naming an organisation or an office ("council", "switchboard", "Maer"): a number they introduce is not a person's. */
  'organisation-words'?: string[];
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
const inReference = (text: string, start: number): boolean => /[\p{L}\p{N}][/_-]$|[/#]$/u.test(text.slice(Math.max(0, start - 2), start)) && !wholeNumberBefore(text, start - 1);

const allowedCache = new WeakMap<string[], Set<string>>();

interface Candidate { start: number; end: number; e164: string; type: string | undefined }

const escape = (w: string) => escapeRegExp(w).replace(/\s+/g, '\\s+');
const organisationCache = new WeakMap<string[], RegExp>();
const organisationPattern = (words: string[]): RegExp | undefined => {
  if (!words.length) return undefined;
  let re = organisationCache.get(words);
  if (!re) organisationCache.set(words, (re = wordPattern(words.map(escape))));
  return re;
};

const contextCache = new Map<string, RegExp | undefined>();
function contextPattern(words: string[]): RegExp | undefined {
  const key = words.join('|');
  if (!contextCache.has(key)) {
    const alternation = words.map(escapeRegExp).join('|');
    // The word before the context word ("account number") and the one after it (Welsh puts
    // the noun after: "rhif cyfrif") are captured: either may make it another identifier.
    contextCache.set(key, words.length ? new RegExp(`(?:(\\p{L}+)[^\\p{L}]+)?(?<![\\p{L}])(?:${alternation})(?![\\p{L}])[^\\p{L}]*(?:(\\p{L}+)[^\\p{L}]+)?(?:\\p{L}+[^\\p{L}]+){0,2}$`, 'iu') : undefined);
  }
  return contextCache.get(key);
}

const identifierCache = new Map<string, RegExp>();
/**
 * The words just before a number name another identifier: "account number 12345678", "Acc no.
 * 12345678", "a/c 12345678", "Rhif y cyfrif: 12345678", "rhif eich cyfrif yw 12345678".
 */
function identifierBefore(words: string[]): RegExp {
  const key = words.join('|');
  let re = identifierCache.get(key);
  if (!re) {
    const names = words.map(escape).join('|');
    re = new RegExp(`(?<![\\p{L}])(?:(?:${names})(?:\\s+(?:number|no|num|#))?|rhif\\s+(?:(?:y|yr|eich|ei|dy|fy)\\s+)?(?:${names}))(?:\\s+(?:is|was|yw|ydy|oedd))?[\\s:.#-]*$`, 'iu');
    identifierCache.set(key, re);
  }
  return re;
}

const digitGroups = (s: string) => (s.match(/\d+/g) ?? []).map((g) => g.length);
/** Digit offsets where a written number's groups break, counted from its last digit (so a missing trunk prefix does not shift them). */
function breaks(s: string): Set<number> {
  const lengths = digitGroups(s);
  const out = new Set<number>();
  let fromEnd = lengths.reduce((a, b) => a + b, 0);
  for (const n of lengths.slice(0, -1)) out.add((fromEnd -= n));
  return out;
}

/**
 * Whether a number of another region is written as that region writes it: nationally with its
 * trunk prefix where it has one (Ireland's "01 234 5678", not "12345678"), or internationally
 * ("1-202-555-0104"), with groups that break only where that format breaks ("425 8829090" for
 * "(425) 882-9090"; never "20150 20151"). `exact` when the groups are the format's own;
 * `trunkless` when only the national trunk prefix is missing, which an explicit phone word
 * may excuse ("the phone number is 231354125").
 */
function regionWriting(raw: string, formats: string[]): { ok: boolean; exact: boolean; trunkless: boolean } {
  const digits = raw.replace(/\D/g, '');
  const written = breaks(raw);
  let result = { ok: false, exact: false, trunkless: false };
  for (const format of formats) {
    const own = format.replace(/\D/g, '');
    const trunkless = digits !== own && own.endsWith(digits) && /^0+$/.test(own.slice(0, own.length - digits.length));
    if (digits !== own && !trunkless) continue;
    const at = breaks(format);
    const ok = [...written].every((b) => at.has(b));
    if (!ok) continue;
    const exact = !trunkless && /\D/.test(raw.trim()) && written.size === at.size;
    // The best reading wins: exact, then whole, then trunkless.
    if (exact || !result.ok || (result.trunkless && !trunkless)) result = { ok, exact, trunkless };
  }
  return result;
}

/** Nouns that name a phone: they excuse a number written without its region's trunk prefix. */
const PHONE_NOUN = /(?<![\p{L}])(?:phone|telephone|tel|mobile|cell|whatsapp|ffôn|ffon|symudol)(?![\p{L}])[^\p{L}]*(?:\p{L}+[^\p{L}]+){0,3}$/iu;

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
type Parsed = ReturnType<Lib['parsePhoneNumberFromString']>;
// Each candidate of a long run, parsed once per text: a pasted table or spaced digits repeat the
// same candidates thousands of times, and a parse costs ~3 µs. Bounded like the window caches.
const parsedGB = new Map<string, Parsed>();
const PARSED_LIMIT = 20_000;
function parseCached(parse: Lib['parsePhoneNumberFromString'], text: string): Parsed {
  if (parsedGB.has(text)) return parsedGB.get(text);
  if (parsedGB.size >= PARSED_LIMIT) parsedGB.clear();
  const n = parse(text, 'GB');
  parsedGB.set(text, n);
  return n;
}

type PhoneNumber = NonNullable<Parsed>;
// A number's validity and type, by its E.164 form and region: libphonenumber compiles a regular expression
// for each test it makes (~10 µs a number), and an organisation's numbers recur across a run.
const facts = new Map<string, { valid: boolean; type: ReturnType<PhoneNumber['getType']> }>();
function factsOf(number: PhoneNumber): { valid: boolean; type: ReturnType<PhoneNumber['getType']> } {
  const key = `${number.number} ${number.country ?? ''}`;
  let f = facts.get(key);
  if (!f) {
    if (facts.size >= PARSED_LIMIT) facts.clear();
    const valid = number.isValid();
    facts.set(key, (f = { valid, type: valid ? number.getType() : undefined }));
  }
  return f;
}

/**
 * `dp/phone-number`: UK and international numbers found by libphonenumber (GB default
 * region). A number must be valid by libphonenumber's metadata, or lie in an Ofcom drama
 * range; so dates, times, money, counts and reference numbers, which are "possible" but not
 * valid, never match. Mobiles keep the rule's severity whoever seems to own them. Any other
 * number is personal data only when it is a person's, so the words around it decide
 * (src/pii/contact-owner.ts): a landline given as a person's ("call Mrs Davies on", "her
 * number", "ffoniwch Siân ar") is a warning; one introduced as an organisation's ("call us on",
 * "Democratic Services", "ffoniwch ni ar", "y Maer") is not reported; one with nothing to say
 * whose ("Telephone: …", "Ffôn: …") is info, and so is a freephone or 03 number unless an
 * organisation's. The organisation's own numbers in `organisation.allow.phones` are not findings.
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
      'organisation-words': { type: 'array', items: { type: 'string', minLength: 1 } },
    },
  },
  // Synchronous for a post with no run of digits (most): an await per post adds up.
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    return DIGIT_RUN.test(post.prose) ? findPhones(post, params, ctx) : [];
  },
};

async function findPhones(post: PostDocument, params: Params, ctx: RunContext): Promise<Match[]> {
  const { findNumbers, parsePhoneNumberFromString } = await (lib ??= import('../../pii/phone-library.js'));
  let allowed = allowedCache.get(ctx.organisation.allow.phones);
  if (!allowed) allowedCache.set(ctx.organisation.allow.phones, (allowed = new Set(ctx.organisation.allow.phones.map((p) => parsePhoneNumberFromString(p, 'GB')?.number ?? ''))));
  const reserved = params['reserved-prefixes'] ?? [];
  const candidates: Candidate[] = [];
  const gb = { find: (s: string) => findNumbers(s, FIND_OPTIONS), parse: (s: string) => parseCached(parsePhoneNumberFromString, s), cache: cacheFor('GB') };
  for (const found of findPhoneNumbers(post.prose, gb)) {
    if (inReference(post.prose, found.start)) continue;
    let { number } = found;
    const raw = post.prose.slice(found.start, found.end);
    // A UK number in international form without its plus ("447700900123").
    const digits = raw.replace(/\D/g, '');
    const plusless = !factsOf(number).valid && /^44[1-9]\d{9}$/.test(digits);
    if (plusless) number = parsePhoneNumberFromString(`+${digits}`) ?? number;
    const national = number.nationalNumber;
    // A UK number written nationally starts with its trunk 0; one without it is taken only
    // as an unbroken run, as forms and exports write them ("7700900123"): "20150 20151" is two counts.
    if (number.countryCallingCode === '44' && !/^[(\s]*[0+]/.test(raw) && !digits.startsWith('44') && /\D/.test(raw.trim())) continue;
    const drama = number.countryCallingCode === '44' && (plusless || /^[0+(]/.test(raw)) && reserved.some((p) => national.startsWith(p));
    const { valid, type } = factsOf(number);
    if (!drama && !valid) continue;
    candidates.push({ start: found.start, end: found.end, e164: number.number, type: drama ? (national.startsWith('7') ? 'MOBILE' : 'FIXED_LINE') : type });
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
  const identifier = identifierBefore(params['other-identifiers'] ?? []);
  for (const region of leftover.length ? params['other-regions'] ?? [] : []) {
    // Long runs (tables, spaced digits) are left to the GB pass: a national number of
    // another region is only taken when grouped or introduced, which a long run is not.
    const other = { find: (s: string) => findNumbers(s, { defaultCountry: region as 'GB', v2: true }), parse: () => undefined, cache: cacheFor(region) };
    for (const found of findPhoneNumbers(post.prose, other, { longRuns: false, runs: leftover })) {
      if (extra.some((c) => found.start < c.end && found.end > c.start) || inReference(post.prose, found.start)) continue;
      const raw = post.prose.slice(found.start, found.end);
      if (raw.includes('/') || looksLikeDateOrTime(raw)) continue;
      const writing = regionWriting(raw, [found.number.formatNational(), found.number.formatInternational()]);
      if (!writing.ok) continue;
      const before = post.prose.slice(Math.max(0, found.start - 50), found.start);
      if (identifier.test(before) || (writing.trunkless && !PHONE_NOUN.test(before))) continue;
      const said = context?.exec(before);
      const otherIdentifier = [said?.[1], said?.[2]].some((w) => w !== undefined && others.has(w.toLowerCase()));
      if (!writing.exact && !(said && !otherIdentifier)) continue;
      extra.push({ start: found.start, end: found.end, e164: found.number.number, type: found.number.getType() });
    }
  }
  candidates.push(...extra);
  candidates.sort((a, b) => a.start - b.start);
  const organisation = organisationPattern(params['organisation-words'] ?? []);
  const out: Match[] = [];
  candidates.forEach(({ start, end, e164, type }, i) => {
    if (allowed.has(e164)) return;
    // A mobile is reported whoever seems to own it: residents' mobiles are the real risk.
    if (type && PERSONAL_TYPES.has(type)) {
      out.push({ start, end, sensitive: true });
      return;
    }
    // Other numbers are personal data only when they are a person's: the words around the
    // number decide ("call us on", "Democratic Services" / "call Mrs Davies on", "her number").
    const owner = contactOwner(post.prose, start, end, organisation, candidates[i - 1]?.end ?? 0, candidates[i + 1]?.start ?? post.prose.length);
    if (owner?.owner === 'organisation') return;
    let note: string;
    let noteCy: string;
    let severity: Severity = 'info';
    if (type && ORGANISATION_TYPES.has(type)) {
      note = "A non-geographic number, usually an organisation's; if it is yours, add it to organisation.allow.phones.";
      noteCy = "Rhif anddaearyddol, rhif sefydliad fel arfer; os eich un chi yw hwn, ychwanegwch ef at organisation.allow.phones.";
    } else if (owner?.owner === 'person') {
      severity = 'warning';
      note = "A landline given as a person's (a name, title or pronoun before it): check it is not a resident's or a colleague's own number.";
      noteCy = "Llinell dir a roddir fel rhif person (enw, teitl neu ragenw o'i blaen): gwiriwch nad rhif preswylydd neu gydweithiwr ei hun yw hwn.";
    } else {
      note = "A landline with nothing to say whose: check it is a public line (an office or service), not a resident's; if it is the organisation's, add it to organisation.allow.phones.";
      noteCy = "Llinell dir heb ddim i ddweud pwy biau: gwiriwch mai llinell gyhoeddus yw hi (swyddfa neu wasanaeth), nid rhif preswylydd; os rhif y sefydliad yw hwn, ychwanegwch ef at organisation.allow.phones.";
    }
    out.push({ start, end, sensitive: true, severity, note, noteCy });
  });
  return out;
}

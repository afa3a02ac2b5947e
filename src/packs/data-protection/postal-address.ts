import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type PeopleParams } from '../../pii/context/people.js';
import { houseAddress, type HouseAddressWords } from '../../pii/context/house-address.js';
import { allMatches, alternation, matchesWithin, phraseRegex, wordSet, type FoldedRegex } from '../../pii/context/phrases.js';
import { lineAt, sentenceAt } from '../../pii/context/sentences.js';
import { hasDigit } from '../../pii/text.js';
import { findPostcodes, type PostcodeHit } from './postcode.js';
import { afterLast, firstNotBefore, nextOf } from '../../model/index.js';

export interface PostalAddressParams {
  /** Street types written after the name: Street, Road, Avenue, Lane, Close... ("14 King Street"). */
  'street-words': string[];
  /** Welsh street words written before the name: Heol, Ffordd, Stryd, Lôn... ("14 Heol y Parc"). */
  'welsh-street-words'?: string[];
  /** Words of a house's name that make one part before a postcode an address ("Hafod Farm SA44 4XX", "Flat 2", "Tŷ Gwyn"). */
  'house-words'?: string[];
  /** A person-free sentence with one of these is a venue's or business's address: not reported. */
  'venue-words'?: string[];
  /** Words that say the address is someone's home: "lives at", "home", "yn byw", "cartref". */
  'home-words'?: string[];
  /** Words for an address as such ("address", "cyfeiriad"): someone's, unless the sentence names a venue and no one. */
  'address-words'?: string[];
  /** Public addresses never reported ("10 Downing Street"), compared ignoring case and spacing. */
  allow?: string[];
  people?: PeopleParams;
}

const NUMBER = String.raw`(?:(?:Flat|Fflat|Apartment|Unit|Uned)[ \u00A0]+\d{1,4}[A-Za-z]?,?[ \u00A0]+)?(?<![\p{L}\p{N}_£$€.,:/-])\d{1,3}[A-Za-z]?(?:[-–]\d{1,3}[A-Za-z]?)?,?`;
const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*`;
const SP = String.raw`[ \u00A0]+`;

/** Capitalised and lower-case first letter ("Street" and "street"), the rest as written. */
const anyFirstCase = (words: readonly string[]) =>
  words.flatMap((w) => [w, w[0].toLowerCase() + w.slice(1), w[0].toUpperCase() + w.slice(1)]);

interface Compiled { address: RegExp; house: HouseAddressWords; venue: FoldedRegex; home: FoldedRegex; addressWords: FoldedRegex; allow: string[] }

const cache = new WeakMap<object, Compiled>();

function compile(params: PostalAddressParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    const english = `${NUMBER}${SP}(?:${NAME}${SP}){1,3}(?:${alternation(anyFirstCase(params['street-words']))})`;
    const welsh = params['welsh-street-words']?.length
      ? `|${NUMBER}${SP}(?:${alternation(anyFirstCase(params['welsh-street-words']))})${SP}(?:(?:y|yr|Y|Yr)${SP})?${NAME}(?:${SP}${NAME})?`
      : '';
    c = {
      // Case-sensitive on purpose: names are capitalised, and with the i flag \p{Lu} matches any letter.
      address: new RegExp(`(?:${english}${welsh})(?![\\p{L}\\p{N}_])`, 'gu'),
      house: { house: wordSet(params['house-words']), street: wordSet(params['street-words'], params['welsh-street-words']), endStreet: wordSet(params['street-words']) },
      venue: phraseRegex(params['venue-words']),
      home: phraseRegex(params['home-words']),
      addressWords: phraseRegex(params['address-words']),
      allow: (params.allow ?? []).map(normalise),
    };
    cache.set(params, c);
  }
  return c;
}

/** "Old", "Hen", "Former" before a venue word: a converted building, now a home. */
const FORMER = /(?:old|hen|former|cyn)[ \u00A0-]+$/iu;
/** A Welsh house word before a venue word names a home by it: "Tŷ Capel", "Tŷ'r Ysgol", "Bwthyn yr Eglwys". */
const HOUSE_BEFORE = /(?:^|[^\p{L}])(?:tŷ|ty|bwthyn|fwthyn|llety|tyddyn|ffermdy)(?:['’]r[ \u00A0]*|[ \u00A0]+(?:(?:y|yr)[ \u00A0]+)?)$/iu;
/** ...and an English one after it: "Chapel House", "School Cottage", "Station Lodge" (not "Farm Shop"). */
const HOUSE_AFTER = /^[ \u00A0]+(?:house|cottage|cottages|lodge|bungalow|villa|farmhouse)(?![\p{L}])/iu;
/** A village named for its chapel, a part of its own after the house: "Capel Dewi", "Capel Iwan" (not "Capel Seion Vestry"). */
const VILLAGE = /^(?:capel|chapel)[ \u00A0-]+\p{Lu}[\p{Ll}\p{M}'’-]*(?:[ \u00A0]+\p{Lu}[\p{Ll}\p{M}'’-]*)?[ \u00A0]*(?:,|\n|$)/iu;
const isVillage = (text: string, s: number, to: number) => /(?:^|[,\n])[ \u00A0]*$/u.test(text.slice(Math.max(0, s - 3), s)) && VILLAGE.test(text.slice(s, to));

/** Whether the venue word at [s, e) is part of a home's name, as above. */
const homeNamedFor = (text: string, s: number, e: number) =>
  FORMER.test(text.slice(Math.max(0, s - 8), s)) || HOUSE_BEFORE.test(text.slice(Math.max(0, s - 12), s)) || HOUSE_AFTER.test(text.slice(e, e + 12));

/** A name right after a venue word is the venue's ("Gwesty'r Llew Gwyn", "Capel Bethel", "the Hotel Rhys"), not a person's. */
const VENUE_THEN_NAME = /^(?:['’]r|[ \u00A0]+(?:y|yr|the|y'r))?[ \u00A0]+$/iu;
const namesVenue = (venue: FoldedRegex, text: string, at: number) =>
  allMatches(venue, text, Math.max(0, at - 30), at).some(([, e]) => VENUE_THEN_NAME.test(text.slice(e, at)));

/**
 * An address of the organisation's own (`organisation.allow.addresses`), as written or in part:
 * "2 Castle Street, Carmarthen SA31 1XA" is "County Hall, 2 Castle Street, Carmarthen SA31 1XA"
 * without the building's name. `written` is normalised.
 */
const ownAddress = (written: string, allowed: readonly string[] | undefined) =>
  (allowed ?? []).some((a) => {
    const own = normalise(a);
    return written.startsWith(own) || own.startsWith(written) || own.includes(` ${written}`);
  });

const normalise = (s: string) => s.toLowerCase().replace(/[\s,]+/g, ' ').trim();
/** Index of the first hit starting at or after `at` in a list in text order. */
function firstFrom(list: ReadonlyArray<{ start: number }> | ReadonlyArray<[number, number]>, at: number): number {
  const startOf = (i: number) => { const x = list[i]!; return Array.isArray(x) ? x[0] : (x as { start: number }).start; };
  return firstNotBefore(list.length, (i) => startOf(i) < at);
}

/** The postcode that ends an address ending at `end`: within 60 characters after it, on its line. */
function postcodeAfter(postcodes: PostcodeHit[], end: number, lineEnd: number): PostcodeHit | undefined {
  for (let i = firstFrom(postcodes, end); i < postcodes.length && postcodes[i]!.start - end <= 60; i++) {
    if (postcodes[i]!.end <= lineEnd) return postcodes[i];
  }
  return undefined;
}

/** Whether a postcode lies inside one of the street addresses found (spans in text order, each at most a few hundred characters). */
function within(spans: Array<[number, number]>, pc: PostcodeHit): boolean {
  for (let i = firstFrom(spans, pc.start + 1) - 1; i >= 0 && spans[i]![0] >= pc.start - 400; i--) {
    if (pc.start >= spans[i]![0] && pc.end <= spans[i]![1]) return true;
  }
  return false;
}

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };
/** "St" as a saint's title, before the saint's name. */
const SAINT = /(?<![\p{L}])St\.?(?=[ \u00A0]+\p{Lu})/gu;

/**
 * `dp/postal-address`: a house number and street ("14 King Street", "Flat 2, 5 Maes Road",
 * "14 Heol y Parc", "7 Maes y Deri"), or a flat or house name followed on the same line by a
 * full postcode ("Flat 2, Tŷ Gwyn, SA19 6AB"); a postcode after a street address is part of the
 * finding. A street alone ("King Street car park", "Heol y Parc will be closed"), a road number
 * ("the A48") or a date ("14 November") is not an address. Severity by context: with a person
 * or home words in the sentence, the rule's severity; with a venue word and nobody named, not
 * reported (a library's address is not personal data); otherwise a warning to check it is not a
 * resident's. `allow` lists public addresses ("10 Downing Street"); the organisation's own
 * addresses go in the configuration's `organisation.allow.addresses`.
 */
export const detector: BuiltinDetector<PostalAddressParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['street-words'],
    properties: {
      'street-words': { ...stringList, minItems: 1 },
      'welsh-street-words': stringList,
      'house-words': stringList,
      'venue-words': stringList,
      'home-words': stringList,
      'address-words': stringList,
      allow: stringList,
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params, ctx) {
    if (doc.kind !== 'post' || !hasDigit(doc.prose)) return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const c = compile(params);
    let postcodes: PostcodeHit[] | undefined;
    const spans: Array<[number, number]> = [];
    c.address.lastIndex = 0;
    for (let m = c.address.exec(text); m; m = c.address.exec(text)) {
      const start = m.index;
      let end = start + m[0].length;
      postcodes ??= findPostcodes(text);
      const [, lineEnd] = lineAt(text, start);
      const pc = postcodeAfter(postcodes, end, lineEnd);
      if (pc) end = pc.end;
      const written = normalise(text.slice(start, end));
      if (c.allow.some((a) => written.startsWith(a)) || ownAddress(written, ctx.organisation.allow.addresses)) continue;
      spans.push([start, end]);
    }
    const lex = lexicon(params.people);
    // A house name and no number: "Bryn Awel, Llanfihangel, SA39 9XX", "The Old Rectory SA19 6AB".
    const houses = new Set<number>();
    postcodes ??= findPostcodes(text);
    for (const pc of postcodes) {
      if (within(spans, pc)) continue;
      const house = houseAddress(text, pc.start, lex, c.house);
      if (house === undefined) continue;
      const { start, nameEnd } = house;
      // A venue's address ("Neuadd Bryn Awel, …", "Plas Newydd Family Centre, …") is public; a
      // home named for what it was or stands by is not ("The Old School House", "Yr Hen Gapel",
      // "Tŷ Capel", "Chapel House").
      // A venue word in a street's name ("Heol y Parc", "Chapel Street") is the street's, and
      // a village named for a chapel after the house's name is a place ("Gwynfryn, Capel Dewi").
      // Before the name in its own clause, with nobody in the sentence, it makes the name a
      // venue's place ("The recycling centre at Nantycaws, …"); a person's house is theirs.
      const inStreet = (s: number) => {
        const from = Math.max(start, afterLast(text, ',', s + 1), afterLast(text, '\n', s + 1));
        const to = Math.min(nextOf(text, ',', s), nextOf(text, '\n', s), pc.start);
        // "St" before a name is a saint's ("Neuadd St Catwg", "St David's Hall"), not a street's.
        // An English street word ends a street's name, so it comes after the venue word ("Chapel
        // Street", "Park Road"; not "Grove Park", a park); a Welsh one starts it ("Heol y Parc").
        const segment = text.slice(from, to).replace(SAINT, (m) => ' '.repeat(m.length));
        return [...segment.matchAll(/[\p{L}\p{M}'’-]+/gu)].some((m) => {
          const w = m[0].toLowerCase();
          return c.house.street.has(w) && (!c.house.endStreet?.has(w) || from + m.index! > s);
        });
      };
      if (allMatches(c.venue, text, start, pc.end).some(([s, e]) => !homeNamedFor(text, s, e) && !inStreet(s) && !(s >= nameEnd && isVillage(text, s, pc.start)))) continue;
      const [sentenceStart] = sentenceAt(text, start);
      const clauseStart = Math.max(sentenceStart, afterLast(text, ',', start), afterLast(text, '\n', start));
      // (A name inside the house's own name, "Tŷ Myrddin", is the building's, not a person in the sentence.)
      if (clauseStart < start && matchesWithin(c.venue, text, clauseStart, start) &&
        !findPeople(text, sentenceStart, pc.end, lex, { addressee: true, account: post.frontMatter.account }).some((p) => p.end <= start || p.start >= pc.end)) continue;
      const written = normalise(text.slice(start, pc.end));
      if (ownAddress(written, ctx.organisation.allow.addresses)) continue;
      if (c.allow.some((a) => written.startsWith(a))) continue;
      spans.push([start, pc.end]);
      houses.add(start);
    }
    const out: Match[] = [];
    for (const [start, end] of spans.sort((a, b) => a[0] - b[0])) {
      const [s, e] = sentenceAt(text, start);
      const sentenceEnd = Math.max(e, end);
      // A venue word elsewhere in the sentence ("near the school") says nothing of a house-name
      // address, whose own words were checked above.
      const venue = !houses.has(start) && (matchesWithin(c.venue, text, s, start) || matchesWithin(c.venue, text, end, sentenceEnd));
      // Beside a venue word, capitals without a known given name are the venue's name
      // ("the Black Cat café, 12 King Street"), not a person's.
      // "The new address is Bridge Community Centre, 14 Bridge Street": the venue's address.
      const personal = matchesWithin(c.home, text, s, sentenceEnd) || (!venue && matchesWithin(c.addressWords, text, s, sentenceEnd)) ||
        findPeople(text, s, sentenceEnd, lex, { addressee: true, account: post.frontMatter.account }).some(
          (p) => (p.end <= start || p.start >= end) && !(venue && p.kind === 'name' && (!p.given || namesVenue(c.venue, text, p.start))),
        );
      if (personal) {
        out.push({ start, end, sensitive: true });
      } else if (!venue) {
        out.push({ start, end, sensitive: true, severity: 'warning', note: "No one is named nearby: check it is not a resident's address.", noteCy: "Does neb wedi'i enwi gerllaw: gwiriwch nad cyfeiriad preswylydd yw hwn." });
      }
    }
    return out;
  },
};

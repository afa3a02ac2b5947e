import type { BuiltinDetector, Match } from '../../model/index.js';
import { findPostcodes, normalisePostcode } from '../../pii/postcode.js';
import { matchesWithin, phraseRegex } from '../../pii/context/phrases.js';
import { sentenceAt, sentenceBefore } from '../../pii/context/sentences.js';

export interface PostcodeParams {
  /** Postcodes not to report, such as the council's own offices ("SA31 1JP"); any case or spacing. */
  allow?: string[];
  /** Words naming a public place (park, library, canolfan): a postcode beside one is the venue's. */
  'venue-words'?: string[];
  /** Words right before a postcode that make it a home's whatever venue the sentence names: "your home in", "eich cartref yn". */
  'home-words'?: string[];
}

export { findPostcodes, type PostcodeHit } from '../../pii/postcode.js';

const allowedCache = new WeakMap<readonly string[], WeakMap<readonly string[], Set<string>>>();

/**
 * The rule's own allowed postcodes and those of the organisation's addresses
 * (`organisation.allow.addresses`: "Depo Ffordd y Cei, Pwllheli LL53 5ZZ"), normalised.
 */
function allowedPostcodes(allow: readonly string[], addresses: readonly string[]): Set<string> {
  let byAddresses = allowedCache.get(allow);
  if (!byAddresses) allowedCache.set(allow, (byAddresses = new WeakMap()));
  let set = byAddresses.get(addresses);
  if (!set) {
    set = new Set([...allow.map((p) => normalisePostcode(p) ?? p), ...addresses.flatMap((a) => findPostcodes(a).map((h) => h.postcode))]);
    byAddresses.set(addresses, set);
  }
  return set;
}

/**
 * `dp/postcode`: a full UK postcode on its own. The rule is a prompt to check that it is not a
 * resident's address; `dp/postal-address` reuses `findPostcodes` for postcodes within addresses.
 */
export const detector: BuiltinDetector<PostcodeParams> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      allow: { type: 'array', items: { type: 'string' }, default: [] },
      'venue-words': { type: 'array', items: { type: 'string', minLength: 1 } },
      'home-words': { type: 'array', items: { type: 'string', minLength: 1 } },
    },
  },
  detect(doc, params, ctx) {
    if (doc.kind !== 'post') return [];
    const allowed = allowedPostcodes(params?.allow ?? [], ctx.organisation.allow.addresses);
    const venues = phraseRegex(params['venue-words']);
    const homes = phraseRegex(params['home-words']);
    const out: Match[] = [];
    for (const hit of findPostcodes(doc.prose)) {
      if (allowed.has(hit.postcode)) continue;
      let [s, e] = sentenceAt(doc.prose, hit.start);
      // A postcode after a full stop ("County Hall, Haverfordwest. SA61 1TP") ends the address
      // of the sentence before, on the same line: the venue's words are read there.
      if (!/\S/.test(doc.prose.slice(s, hit.start))) s = sentenceBefore(doc.prose, s, 0)?.start ?? s;
      // An event's venue ("Parc Howard, Llanelli SA15 3LJ") is public: noted, not a warning;
      // unless the words right before make it a home ("your home in LL53 9ZR is at Neuadd …").
      const venue = matchesWithin(venues, doc.prose, s, Math.max(e, hit.end)) && !matchesWithin(homes, doc.prose, Math.max(s, hit.start - 30), hit.start);
      out.push({
        start: hit.start,
        end: hit.end,
        sensitive: true,
        data: { postcode: hit.postcode },
        ...(venue ? { severity: 'info' as const, note: "Beside a public place's name: probably the venue's postcode.", noteCy: "Wrth ymyl enw lle cyhoeddus: cod post y lleoliad, mae'n debyg." } : {}),
      });
    }
    return out;
  },
};

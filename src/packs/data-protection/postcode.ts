import type { BuiltinDetector, Match } from '../../model/index.js';
import { isValidPostcodeParts, normalisePostcode } from '../../pii/postcode.js';
import { matchesWithin, phraseRegex } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';
import { WORD_END, WORD_START, hasDigit } from '../../pii/text.js';

export interface PostcodeParams {
  /** Postcodes not to report, such as the council's own offices ("SA31 1JP"); any case or spacing. */
  allow?: string[];
  /** Words naming a public place (park, library, canolfan): a postcode beside one is the venue's. */
  'venue-words'?: string[];
}

/** A full postcode found in text: offsets and the normalised form ("SW1A 1AA"). */
export interface PostcodeHit { start: number; end: number; postcode: string }

/**
 * Outward code, optional horizontal whitespace (spaces, tabs, no-break spaces; never a line
 * break), inward code; word-bounded so "SA191AB123" is not a postcode. Case-insensitive: Royal
 * Mail writes postcodes in capitals, but posts often do not, and "sa31 1jp" is the same place.
 */
const CANDIDATE = new RegExp(
  `${WORD_START}(?:(GIR)[ \\t\\u00A0\\u202F]*(0AA)|([A-Z]{1,2}\\d[A-Z\\d]?)[ \\t\\u00A0\\u202F]*(\\d[A-Z]{2}))${WORD_END}`,
  'giu',
);

/** Every valid full UK postcode in `text`, in order. BFPO numbers are not postcodes and are not found. */
export function findPostcodes(text: string): PostcodeHit[] {
  const hits: PostcodeHit[] = [];
  if (!hasDigit(text)) return hits;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const outward = (m[1] ?? m[3]).toUpperCase();
    const inward = (m[2] ?? m[4]).toUpperCase();
    if (!isValidPostcodeParts(outward, inward)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, postcode: `${outward} ${inward}` });
  }
  return hits;
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
    },
  },
  detect(doc, params) {
    if (doc.kind !== 'post') return [];
    const allowed = new Set((params?.allow ?? []).map((p) => normalisePostcode(p) ?? p));
    const venues = phraseRegex(params['venue-words']);
    const out: Match[] = [];
    for (const hit of findPostcodes(doc.prose)) {
      if (allowed.has(hit.postcode)) continue;
      const [s, e] = sentenceAt(doc.prose, hit.start);
      // An event's venue ("Parc Howard, Llanelli SA15 3LJ") is public: noted, not a warning.
      const venue = matchesWithin(venues, doc.prose, s, Math.max(e, hit.end));
      out.push({
        start: hit.start,
        end: hit.end,
        sensitive: true,
        data: { postcode: hit.postcode },
        ...(venue ? { severity: 'info' as const, note: "Beside a public place's name: probably the venue's postcode." } : {}),
      });
    }
    return out;
  },
};

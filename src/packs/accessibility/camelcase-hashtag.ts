import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { loadLexicons, splitHashtag, type SplitOptions } from './lib/split-hashtag.js';

interface Params {
  /** Hashtags shorter than this (letters) are left alone (default 8). */
  'min-letters'?: number;
  /** Place names written as one word ("porthcawl", "sirgar"): never split. */
  'place-names'?: string[];
  /** Words the English list lacks that hashtags use (christmas, covid). */
  'extra-english'?: string[];
  /** Welsh words of fewer than four letters that may be a part of a hashtag (yn, ar, bws). */
  'short-welsh'?: string[];
}

const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]+)/gu;

const optionsCache = new WeakMap<Params, { options: SplitOptions; places: Set<string> }>();
function prepared(params: Params) {
  let p = optionsCache.get(params);
  if (!p) {
    const set = (list: string[] | undefined) => new Set((list ?? []).map((w) => w.toLowerCase().normalize('NFC')));
    p = { options: { extraEnglish: set(params['extra-english']), shortWelsh: set(params['short-welsh']) }, places: set(params['place-names']) };
    optionsCache.set(params, p);
  }
  return p;
}

/**
 * `a11y/camelcase-hashtag`: a lower-case hashtag of several words, which a screen reader reads
 * as one long made-up word; the suggestion capitalises each word (#roadclosureupdate →
 * #RoadClosureUpdate, #diogelwchffyrdd → #DiogelwchFfyrdd). Single words, place names,
 * hashtags with a capital already and hashtags that cannot be split confidently are left
 * alone. The English and Welsh word lists load only when a post has a lower-case hashtag
 * long enough to need them.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'min-letters': { type: 'integer', minimum: 4 },
      'place-names': { type: 'array', items: { type: 'string' } },
      'extra-english': { type: 'array', items: { type: 'string' } },
      'short-welsh': { type: 'array', items: { type: 'string' } },
    },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const text = post.prose;
    if (!text.includes('#')) return [];
    const min = params['min-letters'] ?? 8;
    const { options, places } = prepared(params);
    const candidates: Array<{ start: number; end: number; tag: string }> = [];
    HASHTAG.lastIndex = 0;
    for (let m = HASHTAG.exec(text); m; m = HASHTAG.exec(text)) {
      const tag = m[1].normalize('NFC');
      if (tag.length < min || !/^\p{Ll}+$/u.test(tag) || places.has(tag)) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, tag });
    }
    if (!candidates.length) return [];
    return loadLexicons().then((lexicons) => {
      const out: Match[] = [];
      for (const c of candidates) {
        const words = splitHashtag(c.tag, lexicons, options);
        if (!words) continue;
        const camel = `#${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`;
        out.push({ start: c.start, end: c.end, suggestions: [camel], data: { suggestion: camel } });
      }
      return out;
    });
  },
};

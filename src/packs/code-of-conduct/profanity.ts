import type { BuiltinDetector, Match, PostDocument, Severity } from '../../model/index.js';
import { dropOverlaps, findPhrases, norm, prepareLists, type Span, stringList, tokens, wordSet } from './lib/text.js';

interface Params {
  /** Strong words (Ofcom's "strong" and "strongest"): errors. Forms and Welsh mutations written out. */
  strong: string[];
  /** Medium words: warnings. */
  medium?: string[];
  /** Mild words ("bloody", "diawl"): info. */
  mild?: string[];
  /** Phrases holding a listed word that are not profanity: place names, titles ("Hell's Mouth"). */
  'not-profane'?: string[];
  /** Listed words that, with a full stop after them, are abbreviations ("cont." for "continued"). */
  abbreviations?: string[];
  /** Words of obscenity's English dataset that are not profanity on a council post (medical, sexual). */
  'library-exclude'?: string[];
}

type Tier = 'strong' | 'medium' | 'mild';
const SEVERITY: Record<Tier, Severity | undefined> = { strong: undefined, medium: 'warning', mild: 'info' };
const LABEL: Record<Tier, [string, string]> = { strong: ['strong', 'cryf'], medium: ['medium', 'canolig'], mild: ['mild', 'ysgafn'] };

interface Hit extends Span { tier: Tier }

/**
 * A token written to dodge a word filter: a symbol or digit between letters ("f*ck", "sh1t",
 * "b!tch", "g*chu"), a letter three times over ("fuuuck"), or Greek or Cyrillic letters among
 * Latin ones ("ѕhit"). Only these go through the look-alike library; plain words are matched
 * whole against the lists, so "Scunthorpe", "cocktail" and "Penistone" never can be.
 */
const DISGUISED = /\p{L}[*@$!#%+|\p{N}]+\p{L}|(\p{L})\1\1|[\u0370-\u03ff\u0400-\u04ff]/u;

/** ASCII letters only, no letter three times running: no disguise (most words; checked without a regex). */
function plainWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
    if (i >= start + 2 && text.charCodeAt(i) === text.charCodeAt(i - 1) && text.charCodeAt(i) === text.charCodeAt(i - 2)) return false;
  }
  return true;
}

/** Whether a token lies in an e-mail address, a @handle or a #hashtag, whose symbols are no disguise. */
function addressOrTag(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to])) to++;
  const chunk = text.slice(from, to);
  return /^[@#]/.test(chunk) || /^[^@]+@[^@]+\.[^@]+$/.test(chunk);
}

type Library = typeof import('obscenity');
let library: Promise<Library> | undefined;
const matchers = new WeakMap<Params, Promise<(token: string) => Array<{ start: number; end: number; word: string }>>>();

/**
 * `conduct/profanity`: listed words (English and Welsh, forms and mutations written out) as
 * whole words, and disguised spellings of them and of the obscenity library's English dataset,
 * resolved by obscenity's transformers (leetspeak, confusable letters, repeated letters).
 * Severity follows the list: strong words are errors, medium warnings, mild ones info.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['strong'],
    properties: { strong: stringList, medium: stringList, mild: stringList, 'not-profane': stringList, abbreviations: stringList, 'library-exclude': stringList },
  },
  // Synchronous unless a disguised word needs the library: an await per post adds up.
  prepare(params) {
    prepareLists([params.strong, params.medium, params.mild, params['not-profane']]);
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const hits: Hit[] = [];
    for (const tier of ['strong', 'medium', 'mild'] as const) for (const s of findPhrases(post, params[tier])) hits.push({ ...s, tier });
    const text = post.prose;
    const disguised: Span[] = [];
    const t = tokens(post);
    for (let i = 0; i < t.length; i++) {
      // A chunk: tokens that touch ("f", "*", "cking"), so a symbol inside a word is seen.
      const start = t.start[i];
      while (i + 1 < t.length && t.start[i + 1] === t.end[i]) i++;
      const end = t.end[i];
      // A disguised word is short and mostly letters: "MORGA753116SM9IJ" is a licence number.
      if (end - start < 3 || end - start > 14) continue;
      if (plainWord(text, start, end)) continue;
      const chunk = text.slice(start, end);
      if (!DISGUISED.test(chunk) || (chunk.replace(/\p{L}/gu, '').length > 3 && !/^\p{L}\**\p{L}*$/u.test(chunk))) continue;
      if (!addressOrTag(text, start, end)) disguised.push({ start, end });
    }
    if (!disguised.length) return finish(post, params, hits);
    const tiers = tierOf(params);
    // Letters masked with asterisks ("f**k", "b*****d"): a listed word of the same length with
    // the same letters where they show. The look-alike library frees one letter at most.
    for (let k = disguised.length - 1; k >= 0; k--) {
      const chunk = text.slice(disguised[k].start, disguised[k].end);
      const word = chunk.includes('*') ? maskedWord(chunk, tiers) : undefined;
      if (word === undefined) continue;
      hits.push({ ...disguised[k], tier: tiers.get(word)! });
      disguised.splice(k, 1);
    }
    if (!disguised.length) return finish(post, params, hits);
    return lookAlikes(params).then((match) => {
      for (const d of disguised) {
        for (const found of match(text.slice(d.start, d.end))) hits.push({ start: d.start + found.start, end: d.start + found.end, tier: tiers.get(found.word) ?? 'medium' });
      }
      return finish(post, params, hits);
    });
  },
};

/** Exceptions and abbreviations dropped, overlaps resolved, severity by tier. */
function finish(post: PostDocument, params: Params, hits: Hit[]): Match[] {
  const text = post.prose;
  if (!hits.length) return [];
  const exceptions = findPhrases(post, params['not-profane']);
  const abbreviations = wordSet(params.abbreviations);
  const abbreviation = (h: Hit) => abbreviations.has(norm(text.slice(h.start, h.end))) && /^(?:\.|['’]d\b|d\b)/.test(text.slice(h.end, h.end + 3));
  // Longest first, so a phrase wins over a word inside it ("bloody hell" over "bloody").
  return dropOverlaps(hits.filter((h) => !abbreviation(h) && !exceptions.some((e) => h.start < e.end && h.end > e.start))).map((h): Match => ({
    start: h.start,
    end: h.end,
    data: { strength: LABEL[h.tier][0], 'strength-cy': LABEL[h.tier][1] },
    ...(SEVERITY[h.tier] ? { severity: SEVERITY[h.tier] } : {}),
  }));
}

const tierCache = new WeakMap<Params, Map<string, Tier>>();
function tierOf(params: Params): Map<string, Tier> {
  let map = tierCache.get(params);
  if (!map) {
    map = new Map();
    for (const tier of ['mild', 'medium', 'strong'] as const) for (const w of params[tier] ?? []) map.set(norm(w), tier);
    tierCache.set(params, map);
  }
  return map;
}

/** The listed word that `chunk` ("F**k") spells with asterisks for letters, strongest tier first. */
function maskedWord(chunk: string, tiers: Map<string, Tier>): string | undefined {
  if (!/^\p{L}[\p{L}*]*\p{L}$/u.test(chunk)) return undefined;
  const shape = new RegExp(`^${chunk.toLowerCase().replace(/\*/g, '\\p{L}')}$`, 'u');
  let best: string | undefined;
  for (const [word, tier] of tiers) {
    if (word.length === chunk.length && shape.test(word) && (best === undefined || RANK[tier] > RANK[tiers.get(best)!])) best = word;
  }
  return best;
}
const RANK: Record<Tier, number> = { mild: 0, medium: 1, strong: 2 };

// obscenity's recommended duplicate thresholds ("ass", "boob", "fellatio" keep their doubles),
// applied to our own words too, so a pattern is written as the transformed text will read.
const KEEP_DOUBLE = ['b', 'e', 'o', 'l', 's', 'g'];
const collapse = (word: string) => word.replace(/(.)\1+/g, (run, c: string) => (KEEP_DOUBLE.includes(c) ? c + c : c));

/**
 * A matcher over one disguised token: obscenity's English dataset (less the excluded words)
 * plus each single word of our lists, whole, with any one vowel free ("sh?t" for "sh*t",
 * "g?chu" for "g*chu"). Reports the list word (or the dataset's word) each hit stands for.
 */
function lookAlikes(params: Params) {
  let made = matchers.get(params);
  if (!made) {
    made = (library ??= import('obscenity')).then((o) => {
      const exclude = new Set((params['library-exclude'] ?? []).map(norm));
      const dataset = new o.DataSet<{ originalWord: string }>().addAll(o.englishDataset).removePhrasesIf((p) => exclude.has(p.metadata?.originalWord ?? ''));
      const words = new Set([...(params.strong ?? []), ...(params.medium ?? []), ...(params.mild ?? [])].map(norm).filter((w) => /^[\p{L}]+$/u.test(w) && w.length >= 3));
      for (const word of words) {
        const base = collapse(word.normalize('NFD').replace(/\p{M}/gu, ''));
        const variants = new Set([base]);
        for (let i = 0; i < base.length; i++) if ('aeiouwy'.includes(base[i])) variants.add(`${base.slice(0, i)}?${base.slice(i + 1)}`);
        dataset.addPhrase((p) => {
          p.setMetadata({ originalWord: word });
          for (const v of variants) p.addPattern(o.parseRawPattern(`|${v}|`));
          return p;
        });
      }
      const matcher = new o.RegExpMatcher({
        ...dataset.build(),
        blacklistMatcherTransformers: [
          o.resolveConfusablesTransformer(),
          o.resolveLeetSpeakTransformer(),
          o.toAsciiLowerCaseTransformer(),
          o.collapseDuplicatesTransformer({ defaultThreshold: 1, customThresholds: new Map(KEEP_DOUBLE.map((c) => [c, 2])) }),
        ],
        whitelistMatcherTransformers: o.englishRecommendedWhitelistMatcherTransformers,
      });
      return (token: string) =>
        matcher.getAllMatches(token, true).map((m) => ({ start: m.startIndex, end: m.endIndex + 1, word: dataset.getPayloadWithPhraseMetadata(m).phraseMetadata?.originalWord ?? '' }));
    });
    matchers.set(params, made);
  }
  return made;
}

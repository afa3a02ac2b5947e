/**
 * Welsh spelling without nspell's start-up cost.
 *
 * `scripts/build-welsh-words.mjs` expands dictionary-cy (hunspell) at build
 * time into `dist/welsh-words.txt`: every stem with all its suffixed forms,
 * lower-cased, NFC, sorted, one per line. Mutations (nghyngor, Gaerfyrddin)
 * and clitics (mae'r, i'w) are not stored; they are undone here. At run time
 * the file is read into one Buffer and binary-searched in place, so loading
 * costs a single `readFileSync` and no per-word allocation. Suggestions
 * generate edit-distance-1 candidates, and walk the sorted buffer as an
 * implicit trie for distance 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demutations, mutate } from './welsh-mutations.js';

const LF = 0x0a;
/** Never occurs in UTF-8: appended to a prefix it sorts after every extension. */
const PAST_PREFIX = 0xff;

/** Reused key buffer for look-ups (the module is synchronous, so never shared). */
let scratch = new Uint8Array(256);

/**
 * UTF-8-encode `word` into `scratch` and return the byte length. Done by hand:
 * cheaper than TextEncoder / Buffer.from for short keys, especially before
 * the JIT has warmed up.
 */
function encodeKey(word: string): number {
  if (word.length * 3 + 4 > scratch.length) scratch = new Uint8Array(word.length * 3 + 64);
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i);
    if (c < 0x80) {
      scratch[n++] = c;
    } else if (c < 0x800) {
      scratch[n++] = 0xc0 | (c >> 6);
      scratch[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < word.length) {
      c = 0x10000 + ((c - 0xd800) << 10) + (word.charCodeAt(++i) - 0xdc00);
      scratch[n++] = 0xf0 | (c >> 18);
      scratch[n++] = 0x80 | ((c >> 12) & 0x3f);
      scratch[n++] = 0x80 | ((c >> 6) & 0x3f);
      scratch[n++] = 0x80 | (c & 0x3f);
    } else {
      scratch[n++] = 0xe0 | (c >> 12);
      scratch[n++] = 0x80 | ((c >> 6) & 0x3f);
      scratch[n++] = 0x80 | (c & 0x3f);
    }
  }
  return n;
}

export const DEFAULT_WELSH_WORDS_URL = new URL('../../dist/welsh-words.txt', import.meta.url);

/**
 * A sorted, newline-terminated list of lower-case NFC words held in one buffer.
 * Lines must be sorted by UTF-16 code unit order (JavaScript's default sort),
 * which for this alphabet (all in the BMP) equals UTF-8 byte order.
 */
export class WelshWords {
  /** Where the list came from (file path, or "<memory>"). */
  readonly source: string;
  /** @internal The raw sorted list, LF-terminated lines. */
  readonly bytes: Uint8Array;
  #size = -1;

  constructor(bytes: Uint8Array, source = '<memory>') {
    if (bytes.length > 0 && bytes[bytes.length - 1] !== LF) {
      throw new Error(`Welsh word list ${source} is malformed (it must end with a newline)`);
    }
    this.bytes = bytes;
    this.source = source;
  }

  /** Build a list from words (normalised, de-duplicated and sorted here). */
  static fromWords(words: Iterable<string>): WelshWords {
    const set = new Set<string>();
    for (const word of words) {
      const normal = normaliseWelsh(word);
      if (normal && !normal.includes('\n')) set.add(normal);
    }
    const sorted = [...set].sort();
    return new WelshWords(Buffer.from(sorted.length ? sorted.join('\n') + '\n' : '', 'utf8'));
  }

  /** Number of words (computed on first use: one pass over the buffer). */
  get size(): number {
    if (this.#size < 0) {
      let count = 0;
      const buf = this.bytes;
      for (let i = buf.indexOf(LF); i >= 0; i = buf.indexOf(LF, i + 1)) count++;
      this.#size = count;
    }
    return this.#size;
  }

  /** Exact lookup of an already normalised (lower-case, NFC, ' apostrophe) word. */
  has(word: string): boolean {
    return word !== '' && this.hasWithin(word, 0, this.bytes.length);
  }

  /** @internal Exact lookup restricted to the lines in [lo, hi) (line starts). */
  hasWithin(word: string, lo: number, hi: number): boolean {
    const length = encodeKey(word);
    const at = lowerBound(this.bytes, scratch, length, lo, hi);
    return at < hi && compareLine(this.bytes, at, scratch, length) === 0;
  }

  /** @internal Byte range [lo, hi) of the lines that start with `prefix`. */
  prefixRange(prefix: string): [number, number] {
    const length = encodeKey(prefix);
    const lo = lowerBound(this.bytes, scratch, length, 0, this.bytes.length);
    scratch[length] = PAST_PREFIX;
    const hi = lowerBound(this.bytes, scratch, length + 1, lo, this.bytes.length);
    return [lo, hi];
  }
}

// ------------------------------------------------------------ buffer search

/**
 * Compare the line starting at `start` with key[0..keyLength).
 * Negative: line sorts before the key; 0: equal; positive: after.
 */
function compareLine(buf: Uint8Array, start: number, key: Uint8Array, keyLength: number): number {
  for (let i = 0; ; i++) {
    const b = buf[start + i]!;
    if (i === keyLength) return b === LF ? 0 : 1;
    if (b === LF) return -1;
    const k = key[i]!;
    if (b !== k) return b - k;
  }
}

/**
 * First line start in [lo, hi) whose line is >= key[0..keyLength), or hi.
 * lo and hi must be line starts (or buf.length).
 */
function lowerBound(buf: Uint8Array, key: Uint8Array, keyLength: number, lo: number, hi: number): number {
  while (lo < hi) {
    let mid = (lo + hi) >>> 1;
    while (mid > lo && buf[mid - 1] !== LF) mid--;
    if (compareLine(buf, mid, key, keyLength) < 0) {
      mid = buf.indexOf(LF, mid) + 1;
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/**
 * Like lowerBound, but probes forward from lo with doubling steps first: the
 * end of a deep trie node's range is usually a few lines away, so this costs
 * a handful of comparisons instead of a binary search over the parent range.
 */
function gallopBound(buf: Uint8Array, key: Uint8Array, keyLength: number, lo: number, hi: number): number {
  let step = 32;
  while (lo < hi) {
    let probe = lo + step;
    if (probe >= hi) break;
    while (probe > lo && buf[probe - 1] !== LF) probe--;
    if (compareLine(buf, probe, key, keyLength) >= 0) return lowerBound(buf, key, keyLength, lo, probe);
    lo = buf.indexOf(LF, probe) + 1;
    step *= 2;
  }
  return lowerBound(buf, key, keyLength, lo, hi);
}

// ------------------------------------------------------------------ loading

const cache = new Map<string, WelshWords>();

/**
 * Load the word list written by `npm run build` (dist/welsh-words.txt,
 * resolved relative to this module, so it works from src/ under tsx/vitest and
 * from dist/ once compiled). Results are cached per path.
 */
export function loadWelshWords(path: string | URL = DEFAULT_WELSH_WORDS_URL): WelshWords {
  const file = typeof path === 'string' ? path : fileURLToPath(path);
  const cached = cache.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    throw new Error(
      `Welsh word list not found at ${file}. Run \`npm run build\` ` +
        '(or `node scripts/build-welsh-words.mjs`) to generate it from dictionary-cy.',
    );
  }
  const bytes = readFileSync(file);
  if (bytes.length === 0) {
    throw new Error(`Welsh word list ${file} is empty. Re-run \`npm run build\`.`);
  }
  const words = new WelshWords(bytes, file);
  cache.set(file, words);
  return words;
}

// ------------------------------------------------------------ normalisation

const APOSTROPHES = /[’‘ʼ`´]/g;

/** NFC, typographic apostrophes → ', lower case. */
export function normaliseWelsh(word: string): string {
  return word.normalize('NFC').replace(APOSTROPHES, "'").toLowerCase();
}

const VOWEL = /[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]$/;
/** Clitic pronouns/articles written onto a preceding vowel: i'r, mae'n, i'w, a'i. */
const CLITIC_SUFFIX = /^(.+)'(r|n|i|u|ch|m|th|w)$/;

/** In the list, or a mutated form of something in the list. */
function knownSimple(w: string, words: WelshWords): boolean {
  if (words.has(w)) return true;
  for (const d of demutations(w)) if (words.has(d.radical)) return true;
  return false;
}

function knownPart(w: string, words: WelshWords): boolean {
  if (knownSimple(w, words)) return true;
  const clitic = CLITIC_SUFFIX.exec(w);
  if (clitic) {
    const base = clitic[1]!;
    if (VOWEL.test(base) && knownSimple(base, words)) return true;
  }
  return false;
}

/**
 * Is `word` correct Welsh? Case-insensitive; ’ and ' are the same; elided
 * clitics (i'r, o'r, mae'n, i'w, 'n, 'r) are accepted; hyphenated compounds are
 * checked part by part; mutated forms are accepted when a radical is known.
 */
export function isWelshWord(word: string, words: WelshWords): boolean {
  const w = normaliseWelsh(word);
  if (!w) return false;
  if (knownPart(w, words)) return true;
  if (w.includes('-')) {
    const parts = w.split('-');
    if (parts.some((p) => p === '')) return false;
    return parts.every((p) => knownPart(p, words));
  }
  return false;
}

// -------------------------------------------------------------- suggestions

/** Base letter for diacritic variants: â/á/à/ä → a, etc. */
const BASE_LETTER = new Map<number, number>();
for (const [base, variants] of [
  ['a', 'âáàä'],
  ['e', 'êéèë'],
  ['i', 'îíìï'],
  ['o', 'ôóòö'],
  ['u', 'ûúùü'],
  ['w', 'ŵẃẁẅ'],
  ['y', 'ŷýỳÿ'],
] as const) {
  for (const v of variants) BASE_LETTER.set(v.codePointAt(0)!, base.codePointAt(0)!);
}
const baseOf = (cp: number): number => BASE_LETTER.get(cp) ?? cp;

/**
 * Very frequent words in council posts, used only to break ties between
 * equally distant suggestions. Radical forms: mutated candidates are mapped
 * back through `demutate` before the look-up.
 */
const COMMON = new Set(
  (
    'a ac ar at am gan gyda heb i o yn y yr mae roedd bydd bod oes sydd sy ' +
    'ein eich ei eu fy dy ni chi nhw hi fe fo ef ' +
    'diolch croeso cyngor sir cymru cymraeg saesneg gwasanaeth gwasanaethau ' +
    'ffordd ffyrdd heol stryd cau agor ysgol ysgolion plant pobl teulu teuluoedd ' +
    'casgliad casgliadau bin biniau gwastraff ailgylchu sbwriel tywydd rhybudd ' +
    'gwybodaeth manylion dyddiad amser wythnos heddiw yfory ddoe mis blwyddyn ' +
    'cyhoeddus cyfarfod ymgynghoriad digwyddiad gwaith gweithio tîm staff ' +
    'cymuned cymunedau trigolion preswylwyr busnes busnesau cefnogaeth cymorth help ' +
    'iechyd gofal diogel diogelwch llyfrgell canolfan hamdden parc traeth tref ' +
    'newyddion diweddariad hysbysiad cais ceisiadau cyllideb treth ' +
    'gwefan ar-lein e-bost ffôn cysylltu cysylltwch darllen dysgu rhagor mwy ' +
    'newydd hen mawr bach da gorau pwysig gael ' +
    'hwyr oherwydd pob pawb yma hon hwn hyn'
  ).split(' '),
);

interface Candidate {
  word: string;
  cost: number;
}

const MAX_SUGGEST_LENGTH = 40;
/** Hard cap on trie nodes visited per search, keeps the worst case bounded. */
const NODE_BUDGET = 10_000;

/**
 * Search the sorted list as an implicit trie for words within `maxCost`
 * (Levenshtein with adjacent transpositions; diacritic swaps cost 0.5).
 * With `sameFirstLetter`, only words starting with the query's first letter
 * (or a diacritic variant of it), and needing at most one edit in their first
 * three letters, are searched: at distance 2 the top trie levels cannot
 * otherwise be pruned, and searching them all costs ~50 times more.
 */
function searchWithin(
  words: WelshWords,
  query: readonly number[],
  maxCost: number,
  sameFirstLetter: boolean,
): Candidate[] {
  const buf = words.bytes;
  const n = query.length;
  const found: Candidate[] = [];
  const prefix = new Uint8Array(4 * (n + 3) + 8);
  // rows[d] = edit costs for a trie prefix of d code points; path[d] = its d-th code point.
  const maxDepth = n + Math.ceil(maxCost) + 1;
  const rows: Float64Array[] = [];
  for (let d = 0; d <= maxDepth; d++) rows.push(new Float64Array(n + 1));
  const path = new Int32Array(maxDepth + 1);
  for (let j = 0; j <= n; j++) rows[0]![j] = j;
  const band = Math.floor(maxCost);
  // With sameFirstLetter, the first three letters may also carry at most one
  // of the edits: that prunes the wide top of the trie, where a distance-2
  // walk would otherwise visit thousands of prefixes.
  const strictDepth = sameFirstLetter ? 3 : 0;
  let budget = NODE_BUDGET;
  const decoder = new TextDecoder();

  const queryBase = query.map(baseOf);
  const firstBase = queryBase[0];

  /** Does the line at `pos` start with prefix[0..length)? */
  const inside = (pos: number, length: number): boolean => {
    for (let k = 0; k < length; k++) if (buf[pos + k] !== prefix[k]) return false;
    return true;
  };

  /**
   * Walk the children of the trie node prefix[0..byteLength), whose lines
   * start at `lo`; return the start of the first line past the node (or
   * where the budget ran out). A pruned child is skipped with a galloping
   * search; a visited child's walk itself returns where it ended.
   */
  const visit = (depth: number, byteLength: number, lo: number, hi: number): number => {
    let pos = lo;
    while (pos < hi && budget > 0) {
      if (pos !== lo && !inside(pos, byteLength)) return pos;
      budget--;
      const at = pos + byteLength;
      const lead = buf[at]!;
      if (lead === LF) {
        // The prefix itself is a word (it sorts first in its range).
        if (depth > 0 && rows[depth]![n]! <= maxCost) {
          found.push({ word: decoder.decode(buf.subarray(pos, at)), cost: rows[depth]![n]! });
        }
        pos = at + 1;
        continue;
      }
      const width = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
      let cp: number;
      if (width === 1) cp = lead;
      else if (width === 2) cp = ((lead & 0x1f) << 6) | (buf[at + 1]! & 0x3f);
      else if (width === 3) cp = ((lead & 0x0f) << 12) | ((buf[at + 1]! & 0x3f) << 6) | (buf[at + 2]! & 0x3f);
      else {
        cp = ((lead & 0x07) << 18) | ((buf[at + 1]! & 0x3f) << 12) | ((buf[at + 2]! & 0x3f) << 6) | (buf[at + 3]! & 0x3f);
      }
      const childLength = byteLength + width;
      for (let k = byteLength; k < childLength; k++) prefix[k] = buf[pos + k]!;
      const d = depth + 1;
      const cpBase = baseOf(cp);
      let best = Infinity;
      if (d <= maxDepth && (depth > 0 || !sameFirstLetter || cpBase === firstBase)) {
        // Only the diagonal band |d - j| <= band can stay within maxCost
        // (insertions and deletions cost 1); cells just outside it are set to
        // Infinity so that the next row reads no stale values.
        const prev = rows[depth]!;
        const row = rows[d]!;
        path[d] = cp;
        row[0] = d;
        best = d;
        const from = Math.max(1, d - band);
        const to = Math.min(n, d + band);
        if (from > 1) row[from - 1] = Infinity;
        if (to < n) row[to + 1] = Infinity;
        for (let j = from; j <= to; j++) {
          const q = query[j - 1]!;
          let v = prev[j - 1]! + (cp === q ? 0 : cpBase === queryBase[j - 1] ? 0.5 : 1);
          const del = prev[j]! + 1;
          if (del < v) v = del;
          const ins = row[j - 1]! + 1;
          if (ins < v) v = ins;
          if (d > 1 && j > 1 && cp === query[j - 2] && path[d - 1] === q && cp !== q) {
            const tr = rows[d - 2]![j - 2]! + 1;
            if (tr < v) v = tr;
          }
          row[j] = v;
          if (v < best) best = v;
        }
        if (n < from || n > to) row[n] = Infinity;
      }
      if (best <= (d <= strictDepth ? maxCost - 1 : maxCost)) {
        pos = visit(d, childLength, pos, hi);
      } else {
        prefix[childLength] = PAST_PREFIX;
        pos = gallopBound(buf, prefix, childLength + 1, pos, hi);
      }
    }
    return pos;
  };

  visit(0, 0, 0, buf.length);
  return found;
}

/** Letters tried for insertions and substitutions (k q v x z only occur in loanwords). */
const EDIT_ALPHABET = [...'abcdefghijlmnoprstuwy-'];
/** Diacritic variants of each vowel (both directions: a → â, â → a, â → á …). */
const VARIANTS = new Map<string, string[]>();
for (const group of ['aâáàä', 'eêéèë', 'iîíìï', 'oôóòö', 'uûúùü', 'wŵẃẁẅ', 'yŷýỳÿ']) {
  for (const ch of group) VARIANTS.set(ch, [...group].filter((other) => other !== ch));
}

/**
 * Words one edit away (diacritic swap such as a↔â at cost 0.5; deletion,
 * adjacent transposition, substitution or insertion at cost 1), found by
 * generating the edits and looking each up. An edit at position i keeps the
 * first i letters, so its look-up is confined to the lines with that prefix,
 * and once no word has the prefix the later positions are skipped.
 */
function editsWithin1(w: string, words: WelshWords): Candidate[] {
  const chars = [...w];
  const n = chars.length;
  const found: Candidate[] = [];
  const seen = new Set<string>();
  let lo = 0;
  let hi = words.bytes.length;
  const tryWord = (candidate: string, cost: number): void => {
    if (candidate === w || seen.has(candidate)) return;
    seen.add(candidate);
    if (words.hasWithin(candidate, lo, hi)) found.push({ word: candidate, cost });
  };
  for (let i = 0; i <= n; i++) {
    const before = chars.slice(0, i).join('');
    if (i > 0) {
      [lo, hi] = words.prefixRange(before);
      if (lo === hi) break;
    }
    const rest = chars.slice(i).join('');
    for (const c of EDIT_ALPHABET) tryWord(before + c + rest, 1); // insertion
    if (i === n) break;
    const after = chars.slice(i + 1).join('');
    for (const v of VARIANTS.get(chars[i]!) ?? []) tryWord(before + v + after, 0.5);
    tryWord(before + after, 1); // deletion
    if (i + 1 < n && chars[i] !== chars[i + 1]) tryWord(before + chars[i + 1]! + chars[i]! + chars.slice(i + 2).join(''), 1);
    for (const c of EDIT_ALPHABET) if (c !== chars[i]) tryWord(before + c + after, 1); // substitution
  }
  return found;
}

function isCommon(word: string): boolean {
  if (COMMON.has(word)) return true;
  for (const d of demutations(word)) if (COMMON.has(d.radical)) return true;
  return false;
}

function rank(query: string, candidates: Candidate[]): string[] {
  const firstQ = query.codePointAt(0);
  const scored = candidates.map((c) => ({
    word: c.word,
    cost: c.cost,
    common: isCommon(c.word) ? 0 : 1,
    first: c.word.codePointAt(0) === firstQ ? 0 : 1,
    lengthGap: Math.abs(c.word.length - query.length),
  }));
  scored.sort(
    (a, b) =>
      a.cost - b.cost ||
      a.first - b.first ||
      a.common - b.common ||
      a.lengthGap - b.lengthGap ||
      (a.word < b.word ? -1 : a.word > b.word ? 1 : 0),
  );
  return scored.map((s) => s.word);
}

/** Words that are only fragments ("o-", "'n") are never suggested. */
const suggestible = (word: string): boolean => !/^['-]|['-]$/.test(word);

function suggestNormalised(w: string, words: WelshWords, max: number): string[] {
  if (!w || w.length > MAX_SUGGEST_LENGTH || max <= 0) return [];
  const toQuery = (s: string): number[] => Array.from(s, (ch) => ch.codePointAt(0)!);
  // The list holds radical forms only, so a mutated misspelling ("nghyngot")
  // is also corrected through its radical ("cyngot" → "cyngor") and the
  // mutation put back ("nghyngor").
  const mutated = demutations(w);
  for (const maxCost of [1, 2]) {
    const found = new Map<string, number>();
    const add = (word: string | null, cost: number): void => {
      if (word === null || word === w || !suggestible(word)) return;
      const seen = found.get(word);
      if (seen === undefined || cost < seen) found.set(word, cost);
    };
    const search = (s: string): Candidate[] =>
      maxCost === 1 ? editsWithin1(s, words) : searchWithin(words, toQuery(s), maxCost, true);
    for (const c of search(w)) add(c.word, c.cost);
    // At distance 2 (the expensive walk) the radical readings are only tried
    // when the word as written gave nothing.
    if (maxCost === 1 || found.size === 0) {
      for (const d of mutated) {
        for (const c of search(d.radical)) add(mutate(d, c.word), c.cost);
      }
    }
    if (found.size > 0) {
      return rank(
        w,
        [...found].map(([word, cost]) => ({ word, cost })),
      ).slice(0, max);
    }
  }
  return [];
}

/** Give `suggestion` the casing of `original`: Capitalised or ALL CAPS. */
function applyCase(original: string, suggestion: string): string {
  const hasLower = original !== original.toUpperCase();
  const hasUpper = original !== original.toLowerCase();
  if (hasUpper && !hasLower && [...original].length > 1) return suggestion.toUpperCase();
  const first = original[0]!;
  if (first !== first.toLowerCase()) {
    const chars = [...suggestion];
    chars[0] = chars[0]!.toUpperCase();
    return chars.join('');
  }
  return suggestion;
}

/**
 * Up to `max` corrections for `word`, best first, in the word's casing.
 * Candidates within edit distance 1 (diacritic swaps such as a↔â count half,
 * adjacent transpositions count 1) are tried first, distance 2 only if there
 * are none. Clitics (mae'n, i'r) and hyphenated compounds are corrected in
 * the part that is wrong. Returns [] for nothing found (or for words over 40
 * characters).
 */
export function suggestWelsh(word: string, words: WelshWords, max = 3): string[] {
  const w = normaliseWelsh(word);
  let out: string[] = [];

  // The list holds no clitic forms, so a word with an internal apostrophe is
  // only corrected through its base: "gydaa'r" → "gyda'r". A base that cannot
  // take the clitic ("ffordd'r") gives no suggestion rather than noise.
  if (w.indexOf("'", 1) > 0) {
    const clitic = CLITIC_SUFFIX.exec(w);
    if (clitic && !knownSimple(clitic[1]!, words)) {
      const tail = `'${clitic[2]!}`;
      out = suggestNormalised(clitic[1]!, words, max * 3)
        .filter((s) => VOWEL.test(s))
        .map((s) => s + tail)
        .slice(0, max);
    }
    return out.map((s) => applyCase(word, s));
  }

  if (w.includes('-') && !words.has(w)) {
    const parts = w.split('-');
    const bad = parts.findIndex((p) => p !== '' && !knownPart(p, words));
    if (bad >= 0 && parts.filter((p) => p !== '' && !knownPart(p, words)).length === 1) {
      out = suggestNormalised(parts[bad]!, words, max).map((s) =>
        parts.map((p, i) => (i === bad ? s : p)).join('-'),
      );
    }
  }

  if (out.length === 0) out = suggestNormalised(w, words, max);
  return out.map((s) => applyCase(word, s));
}

// -------------------------------------------------------------- text check

export interface WelshMisspelling {
  /** Offset of the first UTF-16 code unit of the word in the checked text. */
  start: number;
  /** Offset just past the word. */
  end: number;
  /** The word as written. */
  word: string;
  suggestions: string[];
}

// The tokeniser classifies characters by hand rather than with \p{…} regular
// expressions: those cost ~0.1 ms each to compile, which matters for a CLI
// that checks one post per run.

/** A cased letter (any script with case), or a combining mark. */
function isLetter(code: number, ch: string): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x300 && code <= 0x36f) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const isWordChar = (code: number, ch: string): boolean => isLetter(code, ch) || isDigit(code) || code === 0x5f;
const isApostrophe = (ch: string): boolean => ch === "'" || ch === '’' || ch === '‘' || ch === 'ʼ';
const isJoiner = (ch: string): boolean => isApostrophe(ch) || ch === '-';
const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029 ||
  (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0x1680;

/** Whole whitespace-delimited chunks that are links or addresses. */
const URL_LIKE = /^[(<"'“‘[]*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const EMAIL_LIKE = /^[(<"'“‘[]*[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN_LIKE =
  /^[(<"'“‘[]*[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cymru|wales|uk|com|org|net|gov|llyw|ac|nhs|co|io|info|eu)(?:[/?#:]\S*)?$/i;

function isLinkLike(chunk: string): boolean {
  if (chunk.includes('://') || URL_LIKE.test(chunk)) return true;
  if (chunk.includes('@') && EMAIL_LIKE.test(chunk)) return true;
  return chunk.includes('.') && DOMAIN_LIKE.test(chunk.replace(/[.,;:!?)\]"'”’>]+$/, ''));
}

/** Titles and abbreviations whose full stop does not end a sentence ("y Cyng. Jane Davies"). */
const NO_STOP_AFTER = new Set(['cyng', 'cllr', 'dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'parch', 'st', 'e.e', 'h.y', 'etc']);

/** True when only punctuation, symbols or emoji separate `at` from a sentence start. */
function atSentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '!' || ch === '?' || ch === '…') return true;
    if (ch === '.') {
      // "Cyng. Jones", "J. Davies", "e.e. Llanelli": not a sentence end.
      let k = i;
      while (k > 0 && (isLetter(text.charCodeAt(k - 1), text[k - 1]!) || text[k - 1] === '.')) k--;
      const word = text.slice(k, i).toLowerCase();
      return !(word.length === 1 || NO_STOP_AFTER.has(word));
    }
    const code = ch.charCodeAt(0);
    if (isLetter(code, ch) || isDigit(code)) return false;
  }
  return true;
}

/**
 * Check every Welsh word in `text`. Skips handles (@x), hashtags (#x), URLs,
 * bare domains and e-mail addresses, numbers and anything containing a digit
 * or underscore, single letters, all-caps acronyms, camelCase words, and
 * capitalised words that are not at the start of a sentence (taken to be
 * proper nouns). Offsets are absolute UTF-16 offsets into `text`.
 */
export function checkWelshSpelling(text: string, words: WelshWords): WelshMisspelling[] {
  const out: WelshMisspelling[] = [];
  const suggestionCache = new Map<string, string[]>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Next whitespace-delimited chunk [chunkStart, chunkEnd).
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const chunkStart = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const chunkEnd = i;
    if (chunkStart === chunkEnd) break;
    if (isLinkLike(text.slice(chunkStart, chunkEnd))) continue;

    let j = chunkStart;
    while (j < chunkEnd) {
      if (!isWordChar(text.charCodeAt(j), text[j]!)) {
        j++;
        continue;
      }
      const start = j;
      let hasDigit = false;
      for (;;) {
        while (j < chunkEnd && isWordChar(text.charCodeAt(j), text[j]!)) {
          const code = text.charCodeAt(j);
          if (isDigit(code) || code === 0x5f) hasDigit = true;
          j++;
        }
        // An apostrophe or hyphen joins two runs of word characters.
        if (j + 1 < chunkEnd && isJoiner(text[j]!) && isWordChar(text.charCodeAt(j + 1), text[j + 1]!)) {
          j++;
          continue;
        }
        break;
      }
      const end = j;
      const token = text.slice(start, end);
      const before = start > chunkStart ? text[start - 1]! : '';
      if (before === '@' || before === '#' || before === '$') continue; // handle, hashtag, cashtag
      if (text[end] === '@') continue; // local part of an address we did not recognise
      if (hasDigit) continue;
      // Leading elision ('n, 'r, 'ma, 'mlaen) when the list has the word with its apostrophe.
      const elided = isApostrophe(before) && (start - 1 === chunkStart || !isLetter(text.charCodeAt(start - 2), text[start - 2]!));
      if (elided && words.has("'" + normaliseWelsh(token))) continue;
      let letters = 0;
      let upperAfterFirst = false;
      let lower = false;
      for (let k = 0; k < token.length; k++) {
        const ch = token[k]!;
        if (isJoiner(ch)) continue;
        letters++;
        const isLower = ch !== ch.toUpperCase();
        const isUpper = ch !== ch.toLowerCase();
        if (isLower) lower = true;
        if (isUpper && letters > 1) upperAfterFirst = true;
      }
      if (letters < 2) continue; // single letters
      if (!lower) continue; // acronyms, shouting: CCTV, GDPR, AR GAU
      if (upperAfterFirst) continue; // camelCase, McDonald, iPhone, CyngorSirGar
      const first = token[0]!;
      if (first !== first.toLowerCase() && !atSentenceStart(text, start)) continue; // proper noun
      if (isWelshWord(token, words)) continue;
      let suggestions = suggestionCache.get(token);
      if (!suggestions) {
        suggestions = suggestWelsh(token, words);
        suggestionCache.set(token, suggestions);
      }
      out.push({ start, end, word: token, suggestions: [...suggestions] });
    }
  }
  return out;
}

/**
 * The Welsh word list, held as one buffer and searched in place.
 *
 * `scripts/build-welsh-words.mjs` expands dictionary-cy (hunspell) at build
 * time into `dist/welsh-words.txt`: every stem with all its suffixed forms,
 * lower-cased, NFC, sorted, one per line. Mutations (nghyngor, Gaerfyrddin)
 * and clitics (mae'r, i'w) are not stored; `knownPart` undoes them. At run
 * time the file is read into one Buffer and binary-searched in place, so
 * loading costs a single `readFileSync` and no per-word allocation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demutations } from './welsh-mutations.js';

/** @internal Line terminator of the list. */
export const LF = 0x0a;
/** @internal Never occurs in UTF-8: appended to a prefix it sorts after every extension. */
export const PAST_PREFIX = 0xff;
/** Lookups remembered per word list before the memory is cleared. */
const SEEN_LIMIT = 200_000;

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

// Must stay in a module directly inside src/language/: the relative URL then
// resolves to <root>/dist/ from src/language, dist/language and dist/bundle alike.
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
  readonly #seen = new Map<string, boolean>();
  /**
   * English words (the list's English section, see loadWelshWords), or undefined: never
   * Welsh, only for telling an English word inside Welsh text from a misspelt Welsh one.
   */
  english?: WelshWords;
  /** Names: the stems dictionary-cy gives only with a capital ("gerallt", "jenkins"), lower-cased. */
  names?: WelshWords;

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
    if (word === '') return false;
    // Words repeat from post to post: a lookup is remembered (the binary search costs ~1 µs).
    let known = this.#seen.get(word);
    if (known === undefined) {
      known = this.hasWithin(word, 0, this.bytes.length);
      if (this.#seen.size >= SEEN_LIMIT) this.#seen.clear();
      this.#seen.set(word, known);
    }
    return known;
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
 * @internal Like lowerBound, but probes forward from lo with doubling steps first: the
 * end of a deep trie node's range is usually a few lines away, so this costs
 * a handful of comparisons instead of a binary search over the parent range.
 */
export function gallopBound(buf: Uint8Array, key: Uint8Array, keyLength: number, lo: number, hi: number): number {
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
const HASH = 0x23;
/** A line starting with '#' ends the Welsh section (no word starts with '#'). */
const SECTION = Buffer.from('\n#');
const ENGLISH_MARKER = Buffer.from('\n#english\n');
const NAMES_MARKER = Buffer.from('\n#names\n');

/**
 * Load the word list written by `npm run build` (dist/welsh-words.txt,
 * resolved relative to this module, so it works from src/ under tsx/vitest and
 * from dist/ once compiled). Results are cached per path.
 */
let defaultWords: WelshWords | undefined;

export function loadWelshWords(path: string | URL = DEFAULT_WELSH_WORDS_URL): WelshWords {
  // The default list is asked for on every post by several rules: no path conversion each time.
  if (path === DEFAULT_WELSH_WORDS_URL && defaultWords) return defaultWords;
  const words = loadWordsAt(typeof path === 'string' ? path : fileURLToPath(path));
  if (path === DEFAULT_WELSH_WORDS_URL) defaultWords = words;
  return words;
}

function loadWordsAt(file: string): WelshWords {
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
  // Sections: the Welsh words, then '#' lines (notices), then after '#english' the English
  // words (scripts/build-welsh-words.mjs). Each is sorted on its own and searched apart.
  const welshEnd = bytes[0] === HASH ? 0 : bytes.indexOf(SECTION) + 1 || bytes.length;
  const words = new WelshWords(bytes.subarray(0, welshEnd), file);
  const marker = bytes.indexOf(ENGLISH_MARKER, welshEnd);
  const names = bytes.indexOf(NAMES_MARKER, welshEnd);
  if (marker >= 0) words.english = new WelshWords(bytes.subarray(marker + ENGLISH_MARKER.length, names > marker ? names + 1 : bytes.length), `${file}#english`);
  if (names >= 0) words.names = new WelshWords(bytes.subarray(names + NAMES_MARKER.length), `${file}#names`);
  cache.set(file, words);
  return words;
}

// ------------------------------------------------------------ normalisation

const APOSTROPHES = /[’‘ʼ`´]/g;

/** NFC, typographic apostrophes → ', lower case. */
export function normaliseWelsh(word: string): string {
  return word.normalize('NFC').replace(APOSTROPHES, "'").toLowerCase();
}

// ------------------------------------------------------------- known words

/** @internal Ends in a vowel, so can take an elided clitic. */
export const VOWEL = /[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]$/;
/** @internal Clitic pronouns/articles written onto a preceding vowel: i'r, mae'n, i'w, a'i. */
export const CLITIC_SUFFIX = /^(.+)'(r|n|i|u|ch|m|th|w)$/;

/** @internal In the list, or a mutated form of something in the list. */
export function knownSimple(w: string, words: WelshWords): boolean {
  if (words.has(w)) return true;
  for (const d of demutations(w)) if (words.has(d.radical)) return true;
  return false;
}

/** @internal Known as it stands, mutated, or as a known vowel-final word plus a clitic. */
export function knownPart(w: string, words: WelshWords): boolean {
  if (knownSimple(w, words)) return true;
  const clitic = CLITIC_SUFFIX.exec(w);
  if (clitic) {
    const base = clitic[1]!;
    if (VOWEL.test(base) && knownSimple(base, words)) return true;
  }
  return false;
}

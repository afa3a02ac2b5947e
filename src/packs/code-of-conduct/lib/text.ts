/**
 * Word lists over a post's prose, matched on tokens rather than by regular expression: the
 * prose is cut into tokens once per post, and each list is a trie of token sequences, so a
 * long list costs nothing to compile and a post is read once whatever the lists hold. Used
 * by the conduct, security and accessibility detectors. Lists are data (English and Welsh,
 * mutated forms written out); this is the mechanism.
 *
 * A word is a run of letters, marks, digits and underscores, apostrophes inside it ignored
 * ("i'r" is "ir", "Hell's" is "hells"); any other visible character that is not a gap is a
 * token of its own ("#", "!", "("). Gaps are whitespace and light punctuation (- – — _ . , :
 * ; /), so "wheelchair-bound" matches "wheelchair bound", as in the engine's phrases kind.
 */
import { DocMemo, firstNotBefore, type PostDocument } from '../../../model/index.js';

export interface Span { start: number; end: number }

/**
 * A text's tokens, as parallel arrays (one object per post, not one per word: posts are many
 * and short, and per-token objects cost more in garbage collection than the matching itself).
 */
export interface Tokens {
  /** The text the offsets index. */
  text: string;
  start: number[];
  end: number[];
  /** Lower case, NFC, apostrophes removed: what case-insensitive lists compare. */
  key: string[];
  /** Whether the token is a word (else a single symbol: "#", "!", "("). */
  word: boolean[];
  length: number;
  /** As written (apostrophes removed, NFC): made on first use, for case-sensitive lists. */
  exact?: string[];
  /** Where each trie's phrases could start (see `starts`), kept on the tokens: a WeakMap entry per post cost more. */
  starts?: { version: number; starts: Map<Trie, number[]> };
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const APOSTROPHE = /['’‘ʼ`]/u;
const GAP_CHAR = /[\s\u00a0\-\u2010-\u2015_.,:;/]/u;
const enum C { Other, Gap, Word, Apostrophe }
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII[c] = ch === '_' ? C.Word : GAP_CHAR.test(ch) ? C.Gap : WORD_CHAR.test(ch) ? C.Word : APOSTROPHE.test(ch) ? C.Apostrophe : C.Other;
}
// The rest by their code unit, each tested once per process (Welsh posts repeat ŵ, ŷ, â, ’).
const WIDE = new Map<number, C>();
function classOf(text: string, i: number): C {
  const code = text.charCodeAt(i);
  if (code < 128) return ASCII[code] as C;
  if (code >= 0xd800 && code <= 0xdbff) return C.Other; // an emoji or other astral symbol
  let cls = WIDE.get(code);
  if (cls === undefined) {
    const ch = text[i];
    cls = GAP_CHAR.test(ch) ? C.Gap : WORD_CHAR.test(ch) ? C.Word : APOSTROPHE.test(ch) ? C.Apostrophe : C.Other;
    WIDE.set(code, cls);
  }
  return cls;
}

const clean = (s: string, apostrophe: boolean, ascii: boolean) => {
  const t = apostrophe ? s.replace(/['’‘ʼ`]/g, '') : s;
  return ascii ? t : t.normalize('NFC');
};

/** The tokens of a text. */
export function tokenise(text: string): Tokens {
  const t: Tokens = { text, start: [], end: [], key: [], word: [], length: 0, exact: undefined, starts: undefined };
  const n = text.length;
  // Lower-cased once for the whole text, when that keeps every offset (it does unless a rare
  // letter such as 'İ' changes length): far cheaper than a toLowerCase per token.
  const whole = text.toLowerCase();
  const lower = whole.length === n ? whole : undefined;
  for (let i = 0; i < n; ) {
    const cls = classOf(text, i);
    if (cls === C.Gap || cls === C.Apostrophe) {
      i++;
      continue;
    }
    if (cls === C.Word) {
      let j = i + 1;
      let apostrophe = false;
      let ascii = text.charCodeAt(i) < 128;
      while (j < n) {
        const code = text.charCodeAt(j);
        const k = code < 128 ? (ASCII[code] as C) : classOf(text, j);
        if (code >= 128) ascii = false;
        if (k === C.Word) j++;
        else if (k === C.Apostrophe && j + 1 < n && classOf(text, j + 1) === C.Word) {
          apostrophe = true;
          j++;
        } else break;
      }
      t.start.push(i);
      t.end.push(j);
      t.key.push(clean(lower ? lower.slice(i, j) : text.slice(i, j).toLowerCase(), apostrophe, ascii));
      t.word.push(true);
      i = j;
      continue;
    }
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    t.start.push(i);
    t.end.push(i + width);
    t.key.push(text.slice(i, i + width));
    t.word.push(false);
    i += width;
  }
  t.length = t.start.length;
  return t;
}

/** The tokens as written (apostrophes removed, NFC): what case-sensitive lists compare. */
function exactKeys(t: Tokens): string[] {
  if (!t.exact) {
    t.exact = new Array<string>(t.length);
    for (let i = 0; i < t.length; i++) {
      const raw = t.text.slice(t.start[i], t.end[i]);
      t.exact[i] = t.word[i] && raw !== t.key[i] ? clean(raw, /['’‘ʼ`]/.test(raw), !/[^\x00-\x7f]/.test(raw)) : raw;
    }
  }
  return t.exact;
}

const postTokens = new DocMemo<PostDocument, Tokens>((post) => tokenise(post.prose));

/** The tokens of a post's prose, made once per post however many rules ask. */
export const tokens = (post: PostDocument): Tokens => postTokens.get(post);

/** Index of the first token starting at or after `at`. */
export function tokenAt(t: Tokens, at: number): number {
  return firstNotBefore(t.length, (i) => t.start[i]! < at);
}

interface Node { next: Map<string, Node>; end: boolean }

/**
 * Every trie by the lower-cased key of its phrases' first tokens, so that a post's tokens are
 * looked up once for all lists together (see `starts`), not once per list: a post has a few
 * dozen tokens and the rules a few dozen lists, and most tokens start no phrase of any.
 */
const byFirstKey = new Map<string, Trie[]>();
let registryVersion = 0;

/** A phrase list as a trie of token keys. */
class Trie {
  readonly root: Node = { next: new Map(), end: false };
  constructor(list: readonly string[], readonly exact: boolean) {
    for (const phrase of list) {
      const t = tokenise(phrase.trim());
      const keys = exact ? exactKeys(t) : t.key;
      if (!keys.length) continue;
      let node = this.root;
      for (const k of keys) {
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = { next: new Map(), end: false }));
        node = child;
      }
      node.end = true;
      const first = t.key[0];
      const tries = byFirstKey.get(first);
      if (!tries) byFirstKey.set(first, [this]);
      else if (!tries.includes(this)) tries.push(this);
    }
    registryVersion++;
  }

  /** Longest matches, left to right, not overlapping, within tokens [from, to). */
  find(t: Tokens, from: number, to: number): Span[] {
    const out: Span[] = [];
    const keys = this.exact ? exactKeys(t) : t.key;
    let next = from;
    for (const i of starts(t).get(this) ?? []) {
      if (i < next) continue;
      if (i >= to) break;
      let node = this.root.next.get(keys[i]);
      if (!node) continue;
      let last = node.end ? i : -1;
      for (let j = i + 1; j < to && node; j++) {
        node = node.next.get(keys[j]);
        if (node?.end) last = j;
      }
      if (last >= 0) {
        out.push({ start: t.start[i], end: t.end[last] });
        next = last + 1;
      }
    }
    return out;
  }
}

/** For each trie, the token indices where one of its phrases could start (in order). */
function starts(t: Tokens): Map<Trie, number[]> {
  let cached = t.starts;
  if (!cached || cached.version !== registryVersion) {
    const map = new Map<Trie, number[]>();
    for (let i = 0; i < t.length; i++) {
      const tries = byFirstKey.get(t.key[i]);
      if (!tries) continue;
      for (const trie of tries) {
        const list = map.get(trie);
        if (list) list.push(i);
        else map.set(trie, [i]);
      }
    }
    t.starts = cached = { version: registryVersion, starts: map };
  }
  return cached.starts;
}

const tries = [new WeakMap<readonly string[], Trie>(), new WeakMap<readonly string[], Trie>()];
function trie(list: readonly string[], exact: boolean): Trie {
  const cache = tries[exact ? 1 : 0];
  let t = cache.get(list);
  if (!t) cache.set(list, (t = new Trie(list, exact)));
  return t;
}

/**
 * Builds a detector's lists before its first post (its `prepare`): every list is then known
 * when a post's tokens are first looked up, so a long post is read once for all of them.
 */
export function prepareLists(folded: ReadonlyArray<readonly string[] | undefined>, exact: ReadonlyArray<readonly string[] | undefined> = []): void {
  for (const list of folded) if (list?.length) trie(list, false);
  for (const list of exact) if (list?.length) trie(list, true);
}

/** Every match of a case-insensitive phrase list in the post's prose[from, to). */
export function findPhrases(post: PostDocument, list: readonly string[] | undefined, from = 0, to = post.prose.length): Span[] {
  if (!list?.length) return [];
  const t = tokens(post);
  // The whole post (most calls): no token bounds to look up, nothing to cut off.
  if (from <= 0 && to >= post.prose.length) return trie(list, false).find(t, 0, t.length);
  const last = to >= post.prose.length ? t.length : tokenAt(t, to);
  return trie(list, false).find(t, tokenAt(t, from), last).filter((s) => s.end <= to);
}

/** Every match of a case-sensitive phrase list ("Labour" but not "labour") in the post's prose[from, to). */
export function findExact(post: PostDocument, list: readonly string[] | undefined, from = 0, to = post.prose.length): Span[] {
  if (!list?.length) return [];
  const t = tokens(post);
  const last = to >= post.prose.length ? t.length : tokenAt(t, to);
  return trie(list, true).find(t, tokenAt(t, from), last).filter((s) => s.end <= to);
}

/** True when a case-insensitive list matches inside prose[from, to). */
export function hasPhrase(post: PostDocument, list: readonly string[] | undefined, from: number, to: number): boolean {
  return findPhrases(post, list, from, to).length > 0;
}

export interface Word extends Span { word: string }

const STOP = /[\n.!?:;]/;

/** Up to `n` words after offset `at`, stopping at a line break or sentence punctuation (. ! ? : ;). */
export function wordsAfter(post: PostDocument, at: number, n: number): Word[] {
  const t = tokens(post);
  const text = post.prose;
  const out: Word[] = [];
  let edge = at;
  for (let i = tokenAt(t, at); i < t.length && out.length < n; i++) {
    if (STOP.test(text.slice(edge, t.start[i]))) break;
    if (!t.word[i]) {
      if (STOP.test(t.key[i])) break;
      edge = t.end[i];
      continue;
    }
    out.push({ start: t.start[i], end: t.end[i], word: text.slice(t.start[i], t.end[i]) });
    edge = t.end[i];
  }
  return out;
}

/** Up to `n` words before offset `at`, nearest first, stopping at a line break or sentence punctuation. */
export function wordsBefore(post: PostDocument, at: number, n: number): Word[] {
  const t = tokens(post);
  const text = post.prose;
  const out: Word[] = [];
  let edge = at;
  for (let i = tokenAt(t, at) - 1; i >= 0 && out.length < n; i--) {
    if (t.end[i] > at) continue;
    if (STOP.test(text.slice(t.end[i], edge))) break;
    if (!t.word[i]) {
      if (STOP.test(t.key[i])) break;
      edge = t.start[i];
      continue;
    }
    out.push({ start: t.start[i], end: t.end[i], word: text.slice(t.start[i], t.end[i]) });
    edge = t.start[i];
  }
  return out;
}

/** Lower-case, NFC, apostrophes removed: the form word sets hold (as token keys). */
export const norm = (word: string) => word.replace(/['’‘ʼ`]/g, '').normalize('NFC').toLowerCase();

const setCache = new WeakMap<readonly string[], Set<string>>();

/** A list as a set of normalised single words (or "two words"), cached per list. */
export function wordSet(list: readonly string[] | undefined): Set<string> {
  if (!list) return new Set();
  let set = setCache.get(list);
  if (!set) setCache.set(list, (set = new Set(list.map((w) => tokenise(w).key.join(' ')))));
  return set;
}

/** Spans sorted by start, each dropped when it overlaps one kept before it (longer first at a tie). */
export function dropOverlaps<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of sorted) if (!out.some((o) => s.start < o.end && s.end > o.start)) out.push(s);
  return out;
}

/** Whether an upper-case letter starts the word at `at`. */
export const capitalised = (text: string, at: number) => {
  const c = text[at] ?? '';
  return c !== c.toLowerCase();
};

/** Whether only spaces, quotes, brackets, list markers or emoji lie between the start of the sentence and `at`. */
export function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':') return true;
    if (classOf(text, i) === C.Word) return false;
  }
  return true;
}

/** The post's body as thread posts: [start, end) of each, split at lines holding only `---`. */
export function threadPosts(post: PostDocument): Span[] {
  const out: Span[] = [];
  const re = /^[ \t]*---[ \t]*\r?$/gm;
  re.lastIndex = post.bodyStart;
  let start = post.bodyStart;
  for (let m = re.exec(post.text); m; m = re.exec(post.text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: post.text.length });
  return out;
}

export const stringList = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

/** Thanks, in English or Welsh ("Huge thanks to", "thank you", "Diolch yn fawr i"): who follows is thanked. */
const THANKS = /(?:^|[^\p{L}])(?:thanks?|thank you|diolch|diolchwn)(?![\p{L}])/iu;
/** Whether text[from, to) thanks someone. */
export const thanksWithin = (text: string, from: number, to: number): boolean => THANKS.test(text.slice(Math.max(0, from), to));

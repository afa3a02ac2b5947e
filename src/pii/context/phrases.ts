/**
 * Word and phrase lists from pack params compiled into one whole-word regular expression.
 * Lists are data (English and Welsh, mutated forms written out); this is the mechanism.
 *
 * Phrase syntax: words separated by spaces (any run of whitespace matches), an apostrophe
 * matches ' or ’, a hyphen matches a hyphen, a space or nothing, and a trailing `*` matches
 * any further letters ("arrest*" is arrest, arrested, arrests). Everything else is literal.
 */

import { boundaryAfter } from '../../model/index.js';
import { storedAlternation } from '../stored-alternations.js';
import { gatedMatches, WordGate } from './word-gate.js';

/** Characters a pattern must escape. */
const ESCAPE = new Set('.*+?^${}()|[]\\');
const WHITESPACE = /\s/;

/**
 * A phrase as regex atoms: one per character, `\\s+` for each run of spaces, the wildcard last.
 * A plain loop: this runs over every phrase of every list when a check starts.
 */
function atoms(phrase: string): string[] {
  const wildcard = phrase.endsWith('*');
  const body = (wildcard ? phrase.slice(0, -1) : phrase).trim();
  const out: string[] = [];
  let space = false;
  for (const c of body) {
    if (c === ' ' || ((c < ' ' || c > '~') && WHITESPACE.test(c))) {
      space = true;
      continue;
    }
    if (space) out.push('\\s+');
    space = false;
    out.push(c === "'" || c === '’' ? "['’]" : c === '-' ? '[-‐‑ ]?' : ESCAPE.has(c) ? `\\${c}` : c);
  }
  if (wildcard) out.push('[\\p{L}\\p{M}]*');
  return out;
}

interface TrieNode { end: number; next: Map<string, TrieNode> }

/** Atoms that can match what a sibling matches (nothing, a space, letters): branching there would change which phrase wins. */
const OVERLAPPING = new Set(['[-‐‑ ]?', '\\s+', '[\\p{L}\\p{M}]*']);

/**
 * The alternation of `phrases` as a trie ("ment(?:al\\s+health|ion)"), longest first so "has
 * cancer" wins over "cancer": the same matches as the flat list in that order, but a
 * position that starts no phrase fails at its first letter, so long lists cost little per
 * character (a flat alternation of 400 phrases tries each one at every position). Where two
 * branches could both match (an optional hyphen beside a letter, a wildcard), that part is
 * written as the flat list, longest first, so the same phrase wins as before.
 */
export function alternation(phrases: readonly string[]): string {
  // The same lists come back (both cases of a list, one list in several rules, every check's
  // start-up): each is built once, or read from what the build stored.
  return storedAlternation(phrases.join('\u0001'), () => buildAlternation(phrases));
}

/** The trie of `phrases`, built (alternation reads it from the build's store first). */
export function buildAlternation(phrases: readonly string[]): string {
  const root: TrieNode = { end: -1, next: new Map() };
  const sorted = [...new Set(phrases.filter((p) => p.trim()))].sort((a, b) => b.length - a.length);
  sorted.forEach((phrase, rank) => {
    let node = root;
    for (const atom of atoms(phrase)) {
      let child = node.next.get(atom);
      if (!child) node.next.set(atom, (child = { end: -1, next: new Map() }));
      node = child;
    }
    if (node.end < 0) node.end = rank;
  });
  /** Every phrase below `node` as [rank, the rest of its pattern]. */
  const rests = (node: TrieNode, prefix: string, out: Array<[number, string]>): Array<[number, string]> => {
    if (node.end >= 0) out.push([node.end, prefix]);
    for (const [atom, child] of node.next) rests(child, prefix + atom, out);
    return out;
  };
  const emit = (node: TrieNode): string => {
    if (!node.next.size) return '';
    if (node.next.size > 1 && [...node.next.keys()].some((atom) => OVERLAPPING.has(atom))) {
      const list = rests(node, '', []).sort((a, b) => a[0] - b[0]).map(([, rest]) => rest);
      return `(?:${list.join('|')})`;
    }
    const branches = [...node.next].map(([atom, child]) => atom + emit(child));
    const body = branches.length === 1 && node.end < 0 ? branches[0] : `(?:${branches.join('|')})`;
    return node.end >= 0 ? `${body}?` : body;
  };
  return sorted.length ? emit(root) : '(?!)';
}

/**
 * Case-insensitive word lists are matched as lower-case patterns against lower-cased text: a
 * 'u' regex with the 'i' flag costs several times as much to compile (start-up time), and
 * these lists are long. Lower-casing keeps every offset unless a rare letter ('İ') changes
 * length; then the case-insensitive twin is compiled and used instead.
 */
export class FoldedRegex {
  readonly lower: RegExp;
  #ci: RegExp | undefined;
  #gate: { gate: WordGate; sticky: RegExp } | null | undefined;
  /**
   * `phrases`, when given, are the lower-cased phrases of a whole-word list the pattern is made
   * of: `matches` then runs it only where one of them could start (word-gate.ts).
   */
  constructor(
    private readonly source: (fold: boolean) => string,
    private readonly phrases?: () => readonly string[],
  ) {
    this.lower = new RegExp(source(true), 'gu');
  }
  get ci(): RegExp {
    return (this.#ci ??= new RegExp(this.source(false), 'giu'));
  }
  /** The regex and the text to run it on: `text` lower-cased, or `text` itself with the twin. */
  on(text: string, lowered?: string): { re: RegExp; text: string } {
    const lower = lowered ?? text.toLowerCase();
    return lower.length === text.length ? { re: this.lower, text: lower } : { re: this.ci, text };
  }
  #gated(): { gate: WordGate; sticky: RegExp } | undefined {
    if (this.#gate === undefined) {
      const gate = this.phrases && WordGate.of(this.phrases());
      this.#gate = gate ? { gate, sticky: new RegExp(this.lower.source, 'uy') } : null;
    }
    return this.#gate ?? undefined;
  }
  /** Every match in `text` (lower-cased as `lowered` when given) from `from`, as a global scan finds them. */
  matches(text: string, lowered?: string, from = 0): RegExpExecArray[] {
    const { re, text: scan } = this.on(text, lowered);
    const gated = re === this.lower ? this.#gated() : undefined;
    if (gated) return gatedMatches(gated.gate, gated.sticky, scan, from);
    const out: RegExpExecArray[] = [];
    re.lastIndex = from;
    for (let m = re.exec(scan); m; m = re.exec(scan)) {
      out.push(m);
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  }
}

/** The whole-word pattern source for a list of phrases, lower-cased when `fold`. */
export function wordsSource(phrases: readonly string[], fold: boolean): string {
  return `${boundaryAfter(String.raw`(?<![\p{L}\p{M}\p{N}_])`, alternation(fold ? phrases.map((p) => p.toLowerCase()) : phrases))}(?![\\p{L}\\p{M}\\p{N}_])`;
}

const cache = new WeakMap<readonly string[], FoldedRegex>();
const NEVER = new FoldedRegex(() => '(?!)');

/**
 * A global, case-insensitive, whole-word regex for `phrases`, compiled once per list object
 * (pack params are the same objects on every run, so this compiles once per rule).
 */
export function phraseRegex(phrases: readonly string[] | undefined): FoldedRegex {
  if (!phrases || !phrases.length) return NEVER;
  let re = cache.get(phrases);
  if (!re) {
    re = new FoldedRegex((fold) => wordsSource(phrases, fold));
    cache.set(phrases, re);
  }
  return re;
}

/**
 * Every match of `words` in text[from, to), as [start, end) offsets into `text`. Works on
 * the slice, so a scan never runs past `to` (the edges are sentence or line boundaries).
 */
export function allMatches(words: FoldedRegex, text: string, from = 0, to = text.length): Array<[number, number]> {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  return words.matches(part).map((m) => [from + m.index, from + m.index + m[0].length]);
}

/** True when `words` match somewhere in text[from, to). */
export function matchesWithin(words: FoldedRegex, text: string, from: number, to: number): boolean {
  return words.matches(text.slice(from, to)).length > 0;
}

/** Lower-cased set of a word list, for single-word lookups. */
export function wordSet(...lists: Array<readonly string[] | undefined>): Set<string> {
  // One list (a pack param, the same object on every post) is made into a set once.
  const only = lists.length === 1 ? lists[0] : undefined;
  const cached = only && singleSets.get(only);
  if (cached) return cached;
  const out = new Set<string>();
  for (const list of lists) for (const w of list ?? []) out.add(w.toLowerCase().replace(/’/g, "'"));
  if (only) singleSets.set(only, out);
  return out;
}
const singleSets = new WeakMap<readonly string[], Set<string>>();

/**
 * Word and phrase lists from pack params compiled into one whole-word regular expression.
 * Lists are data (English and Welsh, mutated forms written out); this is the mechanism.
 *
 * Phrase syntax: words separated by spaces (any run of whitespace matches), an apostrophe
 * matches ' or ’, a hyphen matches a hyphen, a space or nothing, and a trailing `*` matches
 * any further letters ("arrest*" is arrest, arrested, arrests). Everything else is literal.
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

function phraseSource(phrase: string): string {
  const wildcard = phrase.endsWith('*');
  const body = (wildcard ? phrase.slice(0, -1) : phrase).trim();
  const source = body
    .split(/\s+/)
    .map((word) =>
      [...word]
        .map((c) => (c === "'" || c === '’' ? "['’]" : c === '-' ? '[-‐‑ ]?' : c.replace(SPECIAL, '\\$&')))
        .join(''),
    )
    .join('\\s+');
  return wildcard ? `${source}[\\p{L}\\p{M}]*` : source;
}

/** The alternation of `phrases`, longest first so "has cancer" wins over "cancer". */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.filter((p) => p.trim()))]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');
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
  constructor(private readonly source: (fold: boolean) => string) {
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
}

/** The whole-word pattern source for a list of phrases, lower-cased when `fold`. */
export function wordsSource(phrases: readonly string[], fold: boolean): string {
  return `(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternation(fold ? phrases.map((p) => p.toLowerCase()) : phrases)})(?![\\p{L}\\p{M}\\p{N}_])`;
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
  const { re, text: part } = words.on(from === 0 && to === text.length ? text : text.slice(from, to));
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push([from + m.index, from + m.index + m[0].length]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** True when `words` match somewhere in text[from, to). */
export function matchesWithin(words: FoldedRegex, text: string, from: number, to: number): boolean {
  const { re, text: part } = words.on(text.slice(from, to));
  re.lastIndex = 0;
  const found = re.test(part);
  re.lastIndex = 0;
  return found;
}

/** Lower-cased set of a word list, for single-word lookups. */
export function wordSet(...lists: Array<readonly string[] | undefined>): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list ?? []) out.add(w.toLowerCase().replace(/’/g, "'"));
  return out;
}

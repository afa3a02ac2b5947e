/**
 * Where a whole-word phrase list could match, found by looking words up instead of running the
 * list's regular expression over every character. A list of hundreds of phrases compiles to an
 * alternation V8 tries at each letter of the text (several microseconds for a short post, on
 * every post); most posts hold none of the phrases, and the words a post does hold are few.
 *
 * Each phrase is read up to the end of its first word: a plain word ("cancer", "the" of "the
 * autistic spectrum") must be a word of the text exactly; a word cut short by a hyphen or a
 * wildcard ("pen-glin", "arrest*") must begin one; a phrase opening with a symbol (an
 * apostrophe) may start at any of its symbol's places. The text's words are runs of letters,
 * marks, digits and underscores, as the lists' word boundaries are. The positions found are a
 * superset of where the regular expression can match (its word boundary still decides), so
 * running it only there finds exactly what a scan of the whole text finds.
 *
 * Reading the words costs about as much as V8's own scan for a plain list of words: it pays
 * for an expression V8 scans slowly (dp/special-category's, an alternation of one group per
 * category: 11 µs a post before, 7 µs after); a list that is one alternation is better left
 * to the scan (dp/date-of-birth's birth words: 3 µs a post without a gate, 5 µs with one).
 */

/** A letter, mark, digit or underscore: a word's character, as the lists' boundaries read it. */
const WORD = /[\p{L}\p{M}\p{N}_]/u;
/** Each code unit's class, found on first sight: 0 not yet known, 1 a word's, 2 not. */
const CLASS = new Uint8Array(65536);

function isWordCode(code: number): boolean {
  let cls = CLASS[code]!;
  if (cls === 0) {
    // Half of an astral character reads as no word character: a start after one is only a
    // candidate, which the expression's own boundary then judges.
    cls = CLASS[code] = code >= 0xd800 && code <= 0xdfff ? 2 : WORD.test(String.fromCharCode(code)) ? 1 : 2;
  }
  return cls === 1;
}

/**
 * A word's hash, built a character at a time (FNV-1a, kept small enough for V8 to hold as a
 * small integer): the text's words are never made into strings. Two words with one hash only
 * make an extra candidate.
 */
const SEED = 0x811c9dc5 & 0x3fffffff;
const step = (h: number, code: number) => Math.imul(h ^ code, 16777619) & 0x3fffffff;
function hashOf(word: string): number {
  let h = SEED;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

const SPACE = /\s/u;

export class WordGate {
  /** Hashes of first words a text's word must be. */
  private readonly exact = new Set<number>();
  /** Hashes of first words a text's word must begin with, and whether some has each length. */
  private readonly prefixes = new Set<number>();
  private readonly prefixLength: boolean[] = [];
  /** Code units a phrase may open with that are not a word's (an apostrophe). */
  private readonly symbols = new Set<number>();

  private constructor() {}

  /**
   * The gate of a phrase list (phrase syntax of context/phrases.ts, in the case the text will
   * be in), or undefined when a phrase can start in a way it cannot tell (a hyphen first).
   */
  static of(phrases: readonly string[]): WordGate | undefined {
    const gate = new WordGate();
    for (const phrase of phrases) if (!gate.add(phrase)) return undefined;
    return gate;
  }

  private add(phrase: string): boolean {
    const wildcard = phrase.endsWith('*');
    const body = (wildcard ? phrase.slice(0, -1) : phrase).trim();
    if (!body) return true;
    let word = '';
    for (const c of body) {
      if (c.length === 1 && WORD.test(c)) {
        word += c;
        continue;
      }
      if (c === '-') {
        // "pen-glin": "pen", "penglin" or "pen glin"; a hyphen first may match nothing at all.
        if (!word) return false;
        return this.prefix(word);
      }
      if (!word) {
        // A phrase opening with a symbol ("'s stroke"): any place of it; an apostrophe matches both.
        if (SPACE.test(c) || c.length > 1) return false;
        for (const s of c === "'" || c === '’' ? ["'", '’'] : [c]) this.symbols.add(s.charCodeAt(0));
        return true;
      }
      // A space, an apostrophe or another symbol ends the first word: the text's word is it exactly.
      this.exact.add(hashOf(word));
      return true;
    }
    if (!word) return false;
    if (wildcard) return this.prefix(word);
    this.exact.add(hashOf(word));
    return true;
  }

  private prefix(word: string): boolean {
    this.prefixes.add(hashOf(word));
    this.prefixLength[word.length] = true;
    return true;
  }

  /** Offsets in `text` where one of the phrases could start, in order. */
  starts(text: string): number[] {
    const out: number[] = [];
    const n = text.length;
    const lengths = this.prefixLength;
    const prefixes = this.prefixes.size > 0;
    const symbols = this.symbols.size > 0;
    for (let i = 0; i < n; ) {
      let code = text.charCodeAt(i);
      if (!isWordCode(code)) {
        if (symbols && this.symbols.has(code)) out.push(i);
        i++;
        continue;
      }
      const start = i;
      let h = SEED;
      let hit = false;
      do {
        h = step(h, code);
        i++;
        if (prefixes && !hit && lengths[i - start] === true && this.prefixes.has(h)) hit = true;
      } while (i < n && isWordCode((code = text.charCodeAt(i))));
      if (hit || this.exact.has(h)) out.push(start);
    }
    return out;
  }
}

/**
 * Every match of `re` (a global or sticky whole-word list) in `text` from `from`, as its
 * global scan would find them, trying `sticky` (the same pattern, sticky) only where `gate`
 * says a phrase could start.
 */
export function gatedMatches(gate: WordGate, sticky: RegExp, text: string, from: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let next = from;
  for (const at of gate.starts(text)) {
    if (at < next) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    next = at + Math.max(1, m[0].length);
  }
  return out;
}

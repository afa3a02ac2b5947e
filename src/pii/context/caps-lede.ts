/**
 * A newspaper's lede in capitals: "PATRICK SO visited his local store…", "SIÂN EXAMPLE has
 * been…". A known given name (not one that is also a word: "GRACE PERIOD") and one or two more
 * words in capitals, then a lower-case word: the sentence goes on in ordinary case, so the
 * capitals are the name's, not a headline's.
 */
import { ORG_HEADS, ORG_TAILS } from './name-cues.js';

const LEDE = /^(\p{Lu}[\p{Lu}\p{M}'’-]+)((?:[ \u00A0]\p{Lu}[\p{Lu}\p{M}'’-]*){1,2})(?=[ \u00A0]+\p{Ll})/u;

/** A word in capitals (two letters or more): a heading's, an acronym's, or a lede's name. */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

export interface CapsLexicon {
  given: ReadonlySet<string>;
  ambiguous: ReadonlySet<string>;
}

/**
 * The length of a name in capitals starting at `at` with `word` (lower case), or 0. `notName`
 * rejects a word (lower case). Most words in capitals are acronyms, turned away by the first test.
 */
export function capsLede(text: string, at: number, word: string, lex: CapsLexicon, notName: (word: string) => boolean): number {
  if (!lex.given.has(word) || lex.ambiguous.has(word)) return 0;
  const m = LEDE.exec(text.slice(at, at + 80));
  if (!m || m[1]!.toLowerCase() !== word) return 0;
  const rest = m[2]!.trim().toLowerCase().split(/[ \u00A0]/);
  if (rest.some((w) => w.length < 2 || ORG_HEADS.has(w) || ORG_TAILS.has(w) || notName(w))) return 0;
  return m[0].length;
}

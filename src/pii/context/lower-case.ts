/**
 * Name words of the person-reference finder (people.ts) that need no sentence context: given
 * names (double-barrelled too), place and organisation words through Welsh mutation, and names
 * in posts written all in lower case.
 */
import { demutations } from '../../language/welsh-mutations.js';

/** The lexicon's word sets used here (people.ts's Lexicon has them all). */
export interface NameWords {
  given: Set<string>;
  ambiguous: Set<string>;
  surnames: Set<string>;
  notNames: Set<string>;
  lowerAfter: Set<string>;
  lowerNotNames: Set<string>;
}

const POSSESSIVE = /['’]s$/;

/** A place, organisation or calendar word, also when Welsh mutation changed its first letter (Brifysgol, Nghaerfyrddin). */
export function isNotName(word: string, lex: Pick<NameWords, 'notNames'>): boolean {
  if (lex.notNames.has(word)) return true;
  for (const d of demutations(word)) if (lex.notNames.has(d.radical)) return true;
  return false;
}

const LOWER_WORD = /(?<![\p{L}\p{M}\p{N}_@'’])[\p{Ll}][\p{Ll}\p{M}'’-]*/gu;

/**
 * Names in a sentence written all in lower case: a known given name (not one that is also an
 * everyday word) after a greeting or thanks ("well done poppy", "llongyfarchiadau i ffion") or
 * before a known surname ("emma rowlands"), with the surname if there is one.
 */
export function findLowerCaseNames(
  text: string,
  from: number,
  part: string,
  lex: NameWords,
  covered: (s: number, e: number) => boolean,
  push: (s: number, e: number, kind: 'name', given?: boolean) => void,
): void {
  const words = [...part.matchAll(LOWER_WORD)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length, lower: m[0].replace(/’/g, "'") }));
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bare = w.lower.replace(POSSESSIVE, '');
    if (!isGivenName(bare, lex) || lex.lowerNotNames.has(bare) || (lex.ambiguous.has(bare) && !bare.includes('-'))) continue;
    const next = words[i + 1];
    const joined = (a: { end: number }, b: { start: number } | undefined) => b !== undefined && /^[ \u00A0]$/.test(text.slice(a.end, b.start));
    const surname = joined(w, next) && lex.surnames.has(next.lower.replace(POSSESSIVE, '')) ? next : undefined;
    const prev = words[i - 1];
    const after = prev !== undefined && /^[ \u00A0,!]{1,3}$/.test(text.slice(prev.end, w.start)) && lex.lowerAfter.has(prev.lower);
    if (!surname && !after) continue;
    if (!surname && joined(w, next) && isNotName(next.lower, lex)) continue; // "poppy appeal"
    const end = (surname ?? w).end;
    if (covered(w.start, end)) continue;
    push(w.start, end, 'name', true);
    if (surname) i++;
  }
}

/**
 * A known given name, or a double-barrelled one: known names joined ("lily-rose"), or as
 * `written`, capitalised parts after a known name ("Lily-Mae", "Sion-Rhys"; not the places
 * "Bryn-coch", "Glyn-neath"), or capitalised names that alone are also words ("Lili-Beth":
 * "lili" is a lily and "beth" is Welsh for "what", but joined and capitalised they are a girl's name).
 */
export function isGivenName(word: string, lex: Pick<NameWords, 'given' | 'ambiguous'>, written?: string): boolean {
  if (lex.given.has(word)) return true;
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  if (parts.every((p) => lex.given.has(p))) return true;
  const capitalised = written !== undefined && written.split('-').every((p) => /^\p{Lu}\p{Ll}/u.test(p));
  return capitalised && (lex.given.has(parts[0]) || parts.every((p) => lex.ambiguous.has(p) || lex.given.has(p)));
}

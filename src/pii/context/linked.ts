/**
 * Whether a person and a word are tied by grammar, not just in one sentence: only joining
 * words stand between them ("Mr Price's complaint", "complaint from Mrs Hughes", "cwyn Mrs
 * Hughes", "i Mrs Parry gwyno", "Mr Price, who complained"). The joining words are the rule's
 * (English and Welsh); a clause break (. ; : ! ? brackets, quotes, a line break) or a comma not
 * followed by a relative word ("who", "sydd") separates them.
 */
import type { PersonRef } from './people.js';

const BREAK = /[.;:!?()[\]"“”\n]/u;
/** Relative words that may follow a comma: "Mr Price, who complained". */
const RELATIVE = new Set(['who', 'whose', 'which', 'sydd', "sy'n", 'a']);

/** The words between text[from, to), apostrophes normalised, possessive endings as their own token. */
function tokens(gap: string): string[] {
  return gap.replace(/’/g, "'").toLowerCase().split(/[\s,]+/u).filter(Boolean);
}

/**
 * Whether `person` is tied to the word at [start, end) with at most `max` joining words
 * between, every one in `links` (a possessive "'s" or "'" always joins).
 */
export function linked(text: string, person: PersonRef, start: number, end: number, links: Set<string>, max = 4): boolean {
  let gap: string;
  if (person.end <= start) gap = text.slice(person.end, start);
  else if (person.start >= end) gap = text.slice(end, person.start);
  else return false;
  if (gap.length > 60 || BREAK.test(gap)) return false;
  const words = tokens(gap);
  if (words.length > max) return false;
  if (gap.includes(',')) {
    const afterComma = tokens(gap.slice(gap.indexOf(',') + 1));
    if (!afterComma.length || !RELATIVE.has(afterComma[0])) return false;
  }
  return words.every((w) => w === "'s" || w === "'" || w === 's' || links.has(w));
}

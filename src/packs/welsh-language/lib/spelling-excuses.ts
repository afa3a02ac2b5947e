/**
 * Words welsh/spelling does not report although the word list lacks them, judged from the post
 * around them: a name (given, or written in running prose elsewhere, or before a surname), a work's title in a list of works and makers, a term the post's English writes too.
 */
import { escapeRegExp, lineNear, type PostDocument } from '../../../model/index.js';
import { postLanguages } from '../../../language/post-languages.js';
import { lexicon } from '../../../pii/context/people.js';
import { VERB_ENDING } from '../../../pii/context/name-cues.js';
import { isWelshWord, normaliseWelsh, type WelshWords } from '../../../language/welsh-spelling.js';
import { accentSlip } from '../../../language/welsh-excuses.js';

/**
 * A sentence opening on a given name no word shares ("…iddyn nhw.\" Melanie, a ddaeth o'r
 * Amwythig"): a name, as it would be inside a sentence. Names that are words too (Haf, Eira) are not.
 */
export function givenNameOpening(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lex = lexicon();
  const lower = word.toLowerCase();
  return lex.given.has(lower) && !lex.ambiguous.has(lower);
}

/**
 * A name in a results list, after a place's label and a colon: "3ydd: Cai Example. Bl 1&2 1af:
 * Megan Example, …" (real-text-blind313): only capitalised words, "&" or "a" between.
 */
export function resultEntry(text: string, at: number, word: string): boolean {
  return /^\p{Lu}/u.test(word) && !VERB_ENDING.test(word) && RESULT_LABEL.test(text.slice(Math.max(0, at - 60), at));
}
const RESULT_LABEL = /(?<![\p{L}\p{N}])\d{1,2}(?:af|il|ail|ydd|edd|ed|fed|st|nd|rd|th)[ \u00A0]*:(?:[ \u00A0]*(?:\p{Lu}[\p{L}'’-]*|&|a|and|,))*[ \u00A0]*$/u;

/**
 * A capitalised word joined to a known given name ("Finola a Kelly oedd y beirniaid") or labelled
 * in brackets of capitals ("Finola (FF Dancers)", "Fusis (Ysgol Gyfun …)"): a name, a team's or a
 * person's (real-text-blind296, -299).
 */
export function nameBesideName(text: string, at: number, word: string): boolean {
  // (Not a slip of a Welsh verb opening the sentence, by the ending name-cues.ts reads verbs by: "Cynhliwyd a …".)
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || VERB_ENDING.test(word)) return false;
  const after = text.slice(at + word.length, at + word.length + 60);
  const pair = /^[ \u00A0]+(?:a|ac|and|&)[ \u00A0]+(\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(after);
  if (pair) return givenNameOpening(pair[1]!);
  return /^[ \u00A0]+\((?:\p{Lu}[\p{L}'’&-]*[ \u00A0]*)+\)/u.test(after);
}

/**
 * A capitalised word the post also writes inside running prose, after a lower-case word
 * ("Rhannodd Tom Murtha a Michala Rudman …" then "Michala yw Arweinydd …"): a name there, so a
 * name where it opens a sentence. A Title Case headline is no such place (its words follow capitals).
 */
export function namedInProse(text: string, word: string, at: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const re = new RegExp(`(?<=(?<![\\p{L}\\p{M}'’-])\\p{Ll}[\\p{L}\\p{M}'’-]*[ \\u00A0]+)${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'gu');
  const places = [...text.matchAll(re)].map((m) => m.index);
  // The word itself in prose is what is reported ("byw gyda Demetnia"), not excused by itself.
  return places.length > 0 && !places.includes(at);
}

/**
 * A work's title in a list of titles and their makers, one to a line ("Jac a’r Angel – Daf James",
 * "Astronot yn yr Atig – Megan Angharad Hunter", a prize's shortlist): its words are the author's
 * choice, not the post's spelling. A line beside it must have the same shape: one line signed
 * with a dash ("… – Tîm Priffyrdd") is no list.
 */
export function titleBeforeMaker(text: string, at: number): boolean {
  const [start, end] = lineNear(text, at);
  const m = TITLE_AND_MAKER.exec(text.slice(start, end));
  if (m === null || at - start >= m[1]!.length) return false;
  const before = start > 0 ? text.slice(...lineNear(text, start - 1)) : '';
  const next = text.indexOf('\n', end);
  const after = next >= 0 && next + 1 < text.length ? text.slice(...lineNear(text, next + 1)) : '';
  return TITLE_AND_MAKER.test(before) || TITLE_AND_MAKER.test(after);
}
const TITLE_AND_MAKER = /^([^.!?\n]{3,80}?)[ \u00A0]+[–—][ \u00A0]+\p{Lu}[\p{L}'’-]+(?:[ \u00A0]+(?:ap[ \u00A0]+)?\p{Lu}[\p{L}'’-]+){1,3}[ \u00A0]*$/u;

/** The words of a post's English segments, in lower case. */
export function englishWords(post: PostDocument): Set<string> {
  const out = new Set<string>();
  for (const s of postLanguages(post).segments) if (s.lang === 'en') for (const w of s.text.toLowerCase().match(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu) ?? []) out.add(w);
  return out;
}

/**
 * A name before a surname ("Tim Rhys-Evans": the musical director, not "tîm"): the next word a
 * known surname, each part of it a known name, or a capitalised word Welsh does not have
 * ("Tim Heeley"), so "Tim Achub Mynydd" (a team) is still read.
 */
export function givenNameBeforeSurname(text: string, at: number, word: string, words: WelshWords): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lex = lexicon();
  const next = /^[ \u00A0]+(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(at + word.length, at + word.length + 40))?.[1];
  if (next === undefined) return false;
  // The surname decides: known, or every part of a double-barrelled one known ("Rhys-Evans").
  const parts = next.split(/[-'’]/);
  if (lex.surnames.has(parts[parts.length - 1]!.toLowerCase()) && parts.every((p) => lex.surnames.has(p.toLowerCase()) || lex.given.has(p.toLowerCase()))) return true;
  // Or the next is no Welsh word, in Title Case, after a given name or a short name that is a
  // Welsh word without its accent ("Tim Heeley": Tim, not "tîm"; a verb before its subject is
  // still read: "Paratodd Olivia").
  const lower = normaliseWelsh(word);
  return /^\p{Lu}\p{Ll}{2,}$/u.test(next) && !isWelshWord(normaliseWelsh(next), words) && (lex.given.has(lower) || lex.ambiguous.has(lower) || (lower.length <= 4 && accentSlip(lower, words)));
}

/**
 * An entry of a list of names, one to a line: a capitalised word with nothing else on its line
 * but a count or a list mark ("Arianwyn (3)", "Maelys (3)", "• Mena"), beside a line of the
 * same shape or with its count ("the names and, in brackets, how many babies were given them").
 */
export function nameListEntry(text: string, at: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const [start, end] = lineNear(text, at);
  const rest = text.slice(start, at) + text.slice(at + word.length, end);
  if (!LIST_REST.test(rest)) return false;
  if (/\(\d+\)/.test(rest)) return true;
  const entry = (s: number, e: number) => LIST_LINE.test(text.slice(s, e));
  const next = text.indexOf('\n', end);
  return (start > 0 && entry(...lineNear(text, start - 1))) || (next >= 0 && next + 1 < text.length && entry(...lineNear(text, next + 1)));
}
const LIST_REST = /^[ \t\u00A0]*(?:[-•·*–][ \t\u00A0]+)?[ \t\u00A0]*(?:\(\d+\))?[ \t\u00A0]*[.,;]?[ \t\u00A0]*$/u;
const LIST_LINE = /^[ \t\u00A0]*(?:[-•·*–][ \t\u00A0]+)?\p{Lu}\p{Ll}+[ \t\u00A0]*(?:\(\d+\))?[ \t\u00A0]*[.,;]?[ \t\u00A0]*$/u;

/** Quotation marks that open and close one cited word. */
const QUOTE_CLOSE: Record<string, string> = { "'": "'", '‘': '’', '"': '"', '“': '”', '«': '»' };

/**
 * A word alone in quotation marks that is like no Welsh word (nothing to suggest): a term cited
 * from another language ("cystadleuaeth 'stableford'"). A slip of a Welsh word in quotation
 * marks has a suggestion ("'cyflmy'") and is still reported.
 */
export function citedTerm(text: string, at: number, word: string, suggestions: readonly string[]): boolean {
  const open = text[at - 1];
  return !suggestions.length && open !== undefined && QUOTE_CLOSE[open] !== undefined && text[at + word.length] === QUOTE_CLOSE[open];
}

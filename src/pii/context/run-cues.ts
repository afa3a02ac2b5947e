/**
 * What the words of a run of capitalised words say about it (people.ts judges the run): a
 * person before an organisation's name, a name owning the word after it, a title before a name.
 */
import { ORG_TAILS } from './name-cues.js';
import { isGivenName, type NameWords } from './lower-case.js';
import { englishWord } from './word-kinds.js';

/** A capitalised word of a run: its offsets and its lower-case form. */
export interface Word { start: number; end: number; lower: string }

const POSSESSIVE = /['’]s$/;

/**
 * Words of a legislature member's title, written before the name in capitals: "Aelod Cynulliad
 * Alun Davies", "Aelod o’r Senedd Jane Hutt" (the run starts at "Senedd"), "Member of Parliament
 * Jo Stevens". Their body words would make the run an organisation's name.
 */
const TITLE_LEADS = new Set(['aelod', 'cynulliad', 'seneddol', 'senedd', 'member', 'assembly', 'parliament']);

/** How many title words open `run` before a given name (0 when none, or no given name follows). */
export function titleLead(run: Word[], lex: NameWords): number {
  let n = 0;
  while (n < run.length - 1 && TITLE_LEADS.has(run[n].lower)) n++;
  return n && isGivenName(run[n].lower.replace(POSSESSIVE, ''), lex) ? n : 0;
}

/**
 * English organisations' names end with their head word: a given name and a surname before a
 * place and such a word are a person at the organisation ("Emily Jones Llangatwg Community
 * School"); the run is cut after the surname. A place that is an English word ("John Frost High
 * School") or a run of three ("John Frost School") is left whole: schools are named for people.
 */
export function nameBeforeOrganisation(run: Word[], lex: NameWords): number {
  if (run.length < 4 || !ORG_TAILS.has(run[run.length - 1].lower)) return run.length;
  const [given, surname, place] = run.map((w) => w.lower.replace(POSSESSIVE, ''));
  if (!isGivenName(given, lex) || !lex.surnames.has(surname) || englishWord(place) || lex.given.has(place)) return run.length;
  return 2;
}

/** Names that are also months or a season: "May's figures", "Summer's events" belong to no one. */
const CALENDAR_NAMES = new Set(['may', 'june', 'april', 'summer', 'haf']);

/** A name that is also a word owning the lower-case word after it is a person: "Lili's epilepsy care plan", "Ruby's class". */
/**
 * A one-word possessive with nothing owned after it, but a verb or a clause's end: a shop or a
 * charity named after someone ("Mae Maggie’s yn helpu", "Maggie’s helps people", "gyda Maggie’s.").
 */
export function possessiveAlone(text: string, word: Word): boolean {
  return POSSESSIVE.test(word.lower) && ALONE_AFTER.test(text.slice(word.end, word.end + 12));
}
const ALONE_AFTER = /^(?:[ \u00A0]*(?:[.;:!?)]|$)|[ \u00A0]+(?:yn|sy|sydd|sy['’]n|wedi|yng|ym|helps|offers|provides|supports|runs|is|has|was|will|opened|opens)(?![\p{L}]))/u;

export function ownsNext(text: string, word: Word, first: string): boolean {
  return POSSESSIVE.test(word.lower) && !CALENDAR_NAMES.has(first) && /^[ \u00A0]+\p{Ll}/u.test(text.slice(word.end, word.end + 3));
}

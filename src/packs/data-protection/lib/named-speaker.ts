/**
 * The speaker a speech verb names with capitalised words that no list knows ("“…,” said Bob"):
 * what dp/unconsented-quote falls back on when no known name, title or handle stands there.
 */
import { isNotName, type Lexicon, type PersonRef } from '../../../pii/context/people.js';
import { welshOnlyWord } from '../../../pii/context/word-kinds.js';

const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*`;
/** Up to three capitalised words. */
const NAME_AFTER = new RegExp(`^[ \\u00A0]+(${WORD}(?:[ \\u00A0]+${WORD}){0,2})`, 'u');
/** " of Britain's Peter": the rest of a body's name, in the possessive, before a capitalised name. */
const OF_BODY_POSSESSIVE = new RegExp(`^[ \\u00A0]+(?:of|o)[ \\u00A0]+(?:${WORD}[ \\u00A0]+){0,3}\\p{Lu}[\\p{Ll}\\p{M}]*['’]s[ \\u00A0]+\\p{Lu}`, 'u');
/** The capitalised word right after them. */
const NEXT_WORD = new RegExp(`^[ \\u00A0]+(${WORD})`, 'u');

/** The capitalised words at `at` as a speaker, unless they are a greeting, "I", or a place's or a body's. */
export function capitalisedSpeaker(text: string, lex: Lexicon, at: number, to: number): PersonRef | undefined {
  const named = NAME_AFTER.exec(' ' + text.slice(at, to));
  if (!named) return undefined;
  const words = named[1].toLowerCase().split(/\s+/).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  if (lex.leading.has(words[0]) || /^i(?:['’]|$)/u.test(words[0]) || words.some((w) => isNotName(w, lex))) return undefined;
  // Welsh common words, none a name: a group's or a campaign's name ("meddai Mynyddoedd Pawb").
  if (words.length > 1 && words.every((w) => welshOnlyWord(w) && !lex.given.has(w) && !lex.surnames.has(w))) return undefined;
  // A place or body of several words ("said Rhondda Cynon Taf Council"): a listed phrase, or a
  // word of an organisation's name right after the three words taken.
  const run = ` ${named[1].toLowerCase().replace(/\s+/g, ' ')} `;
  if (lex.notNamePhrases.some((p) => run.includes(` ${p} `))) return undefined;
  const next = NEXT_WORD.exec(text.slice(at + named[1].length, to));
  if (next && isNotName(next[1].toLowerCase(), lex)) return undefined;
  // A body's name in the possessive before its member's: "said Tour of Britain's Peter …".
  if (OF_BODY_POSSESSIVE.test(text.slice(at + named[1].length, to))) return undefined;
  return { start: at, end: at + named[1].length, kind: 'name', text: named[1] };
}

/**
 * "Ken said: “…”": a known name, though also a word, opening the sentence right before the verb
 * at `verbStart`; not a place's or a body's that starts with one ("Dyfed Powys Police said:").
 */
export function nameBeforeVerb(text: string, lex: Lexicon, from: number, verbStart: number): PersonRef | undefined {
  const run = NAME_BEFORE_VERB.exec(text.slice(from, verbStart));
  if (!run) return undefined;
  const words = run[1]!.toLowerCase().split(/[ \u00A0]+/);
  if (!lex.given.has(words[0]!) && !lex.ambiguous.has(words[0]!)) return undefined;
  if (lex.notNamePhrases.some((p) => ` ${words.join(' ')} `.includes(` ${p} `))) return undefined;
  const start = verbStart - run[0].length + run[0].indexOf(run[1]!);
  return { start, end: start + run[1]!.length, kind: 'name', text: run[1]!, given: true };
}
/**
 * What may open a sentence before its speaker: "Afterwards", "Later,", "Speaking after the race,",
 * "Wedyn,", "Wrth siarad â'r BBC,".
 */
export const LEAD_IN = String.raw`(?:(?:[Aa]fterwards|[Ll]ater|[Tt]hen|[Tt]oday|[Yy]esterday|[Ww]edyn|[Hh]eddiw|[Dd]doe|[Yy]na)[ \u00A0]*,?[ \u00A0]+|(?:[Ss]peaking|[Tt]alking|[Ww]riting)(?![\p{L}])[^,.!?;:“”"\n]{0,60},[ \u00A0]+|[Ww]rth[ \u00A0]+(?:siarad|sgwrsio)(?![\p{L}])[^,.!?;:“”"\n]{0,60},[ \u00A0]+)?`;
const NAME_BEFORE_VERB = new RegExp(String.raw`^[ \u00A0]*${LEAD_IN}(\p{Lu}[\p{Ll}'’-]+(?:[ \u00A0]+\p{Lu}[\p{Ll}'’-]+){0,2})[ \u00A0]+$`, 'u');
/** A surname alone, perhaps described, opening the sentence before the verb: "Evans said:", "A delighted Nash said afterwards:", "Evans, who …, said:". */
const SURNAME_BEFORE_VERB = new RegExp(String.raw`^[ \u00A0]*${LEAD_IN}(?:[Aa]n?[ \u00A0]+\p{Ll}+[ \u00A0]+)?(\p{Lu}[\p{Ll}'’-]+)(?:[ \u00A0]*,[ \u00A0]+(?:who|sy['’]n|sydd)[ \u00A0][^.!?;:“”"\n]{0,100},)?[ \u00A0]+$`, 'u');

/**
 * A surname alone before the verb, of someone the story named in full before (`named`: the last
 * such person, or undefined): "Clara Evans won the race. … Speaking after the race, Evans said: “…”".
 */
export function surnameBeforeVerb(text: string, from: number, verbStart: number, named: (surname: string) => PersonRef | undefined): PersonRef | undefined {
  const run = SURNAME_BEFORE_VERB.exec(text.slice(from, verbStart));
  return run ? named(run[1]!) : undefined;
}


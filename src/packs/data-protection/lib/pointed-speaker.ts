/**
 * The speaker a pronoun, a bare verb or a surname points back to (dp/unconsented-quote): the
 * person the story named before, found sentence by sentence.
 */
import { findPeople, type PersonRef } from '../../../pii/context/people.js';
import { matchesWithin } from '../../../pii/context/phrases.js';
import { sentenceBefore } from '../../../pii/context/sentences.js';
import { SOURCE_WORDS } from '../../../pii/context/lexicon.js';
import { OPENS_QUOTE, quotation } from './quote-marks.js';
import type { Context } from './quote-context.js';

/**
 * The person a pronoun or a bare verb points back to ("Mali Williams … ⏎⏎She said: “…”",
 * "Cafodd Jacqueline … ⏎⏎Dywedodd: “…”"): the last person named before it, as a news story
 * goes on about the person it named ("Ms Llywelyn's family have farmed … She described … ⏎⏎
 * “…,” she said."). The search goes back sentence by sentence, over paragraph breaks, at most
 * SPEAKER_REACH sentences and characters, and stops at a sentence with a speech verb or a
 * quotation that names no one ("A council spokeswoman said …": the pronoun may be hers).
 */
export function previousSpeaker(c: Context, at: number, pointer = ''): PersonRef | undefined {
  // "He added:" is no one titled Mrs, Ms or Miss ("Mr Tooby encouraged the family of Ms Jones …").
  // "she", "hi" first: Welsh "fe" is also a verb's particle ("Fe ddywedodd hi").
  const gender = /(?<![\p{L}])(?:she|hi|hithau)(?![\p{L}])/iu.test(pointer) ? MALE_TITLE : /(?<![\p{L}])(?:he|fo|ef|yntau)(?![\p{L}])/iu.test(pointer) ? FEMALE_TITLE : undefined;
  let end = at;
  for (let n = 0; n < SPEAKER_REACH.sentences; n++) {
    // Over a blank line or two: pages copied from the web often double them (real-text-blind204).
    const before = sentenceBefore(c.text, end, 3);
    if (!before || at - before.start > SPEAKER_REACH.chars) return undefined;
    const people = findPeople(c.text, before.start, before.end, c.lex, { account: c.account });
    // The source a sentence opens on is its speaker, not someone named later in it: "Yn ôl Hannah
    // …, mae yna “wledd” …, gan gynnwys sesiwn gan y cyflwynydd, Tudur …. ⏎⏎“…,” meddai."
    const opening = SOURCE_OPENING.exec(c.text.slice(before.start, before.end));
    const source = opening ? people.find((p) => p.start === before.start + opening[0].length && quotable(p)) : undefined;
    const named = source ?? people.filter((p) => quotable(p) && !gender?.test(p.text)).pop();
    if (named) return named;
    const sentence = c.text.slice(before.start, before.end);
    // Someone named who cannot be given a quote, a role, or another quotation ends the search:
    // the pronoun may be theirs ("Y Cynghorydd … yw'r aelod Cabinet. Dywedodd: “…”"). A
    // paragraph of the same quotation, opening with its mark, is passed over: a long quote runs
    // over paragraphs before its "meddai" ("“Mae dod fan hyn … ⏎⏎“Ond …,” meddai.").
    const quoteParagraph = OPENS_QUOTE.test(sentence) && !people.length;
    if (!quoteParagraph && (people.length || quotation(sentence) || (c.officials && matchesWithin(c.officials, sentence, 0, sentence.length)))) return undefined;
    const { re, text: window } = c.verbs.on(sentence);
    re.lastIndex = 0;
    const verb = re.exec(window);
    re.lastIndex = 0;
    // A speech verb of the same speaker goes on with them ("Ychwanegodd bod …", "She added that …").
    if (verb && !SAME_SPEAKER_AFTER.test(window.slice(verb.index + verb[0].length)) && !SAME_SPEAKER_BEFORE.test(window.slice(0, verb.index))) return undefined;
    end = before.start;
  }
  return undefined;
}
const SPEAKER_REACH = { sentences: 8, chars: 1200 };
/** The last person named in full (two words or more) before `at` whose words pass `test`. */
function lastNamedInFull(c: Context, at: number, test: (words: string[], p: PersonRef) => boolean): PersonRef | undefined {
  const people = findPeople(c.text, Math.max(0, at - SPEAKER_REACH.chars), at, c.lex, { account: c.account });
  return people.filter((p) => /[ \u00A0]/u.test(p.text) && test(p.text.split(/[ \u00A0]+/), p)).pop();
}
/** …whose surname is `surname` ("Clara Evans", "Mrs Evans" for "Evans said:"). */
export const namedInFull = (c: Context, at: number, surname: string): PersonRef | undefined =>
  lastNamedInFull(c, at, (words, p) => quotable(p) && p.kind !== 'handle' && words[words.length - 1] === surname);
/** …whose first name is `given` ("Jim Dean" for "Dywedodd Jim:"). */
export const namedByGiven = (c: Context, at: number, given: string): PersonRef | undefined =>
  lastNamedInFull(c, at, (words, p) => p.kind === 'name' && words[0] === given);
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady)\.?[ \u00A0]/u;
const MALE_TITLE = /^(?:Mr|Sir|Lord)\.?[ \u00A0]/u;
/** A sentence opening on its source: "Yn ôl …", "According to …". */
const SOURCE_OPENING = new RegExp(String.raw`^[\s\u00A0]*${SOURCE_WORDS}[ \u00A0]+`, 'iu');
/** After a speech verb, a reported clause with no new speaker: "Ychwanegodd bod …", "Dywedodd fod …", "said that". */
const SAME_SPEAKER_AFTER = /^[ \u00A0]+(?:bod|fod|mai|nad|na|ei[ \u00A0]+(?:fod|bod)|eu[ \u00A0]+bod|that)(?![\p{L}])/iu;
/** Before it, a pronoun as the speaker: "She added …", "He said …". */
const SAME_SPEAKER_BEFORE = /(?:^|[^\p{L}])(?:he|she)[ \u00A0]+$/iu;

/** A person a quote can be given to: titled, a handle, a name starting with a known given name. */
export const quotable = (p: PersonRef): boolean => p.kind === 'titled' || p.kind === 'handle' || (p.kind === 'name' && p.given === true);

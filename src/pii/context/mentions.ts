/**
 * Other mentions of a person found by the person finder (people.ts): the person a pronoun
 * points back to, and the later mentions of a person introduced once.
 */
import { escapeRegExp, firstNotBefore } from '../../model/index.js';
import { OFFICIAL_TITLES, TITLES } from './lexicon.js';
import { GIVEN_NAMES, SURNAMES } from './names.js';
import { findPeople, type FindOptions, type Lexicon, type PersonRef } from './people.js';
import { sentenceBefore } from './sentences.js';
import { loadWelshWords } from '../../language/welsh-words.js';
import { isWelshWord } from '../../language/welsh-spelling.js';

/** Each lexicon's pronoun pattern, global, compiled once. */
const ALL_PRONOUNS = new WeakMap<RegExp, RegExp>();

/**
 * The person a sentence's pronoun may point back to ("Thanks to Sian Evans. She is in
 * hospital."): when text[from, to) has a third-person pronoun, the last person of the sentence
 * before it, in the same paragraph (no blank line between). Addressees are not antecedents.
 */
export function antecedent(text: string, from: number, to: number, lex: Lexicon, options: FindOptions = {}): PersonRef | undefined {
  const sentence = text.slice(from, to);
  if (!lex.pronouns.test(sentence)) return undefined;
  // Someone unnamed brought in before a pronoun is whom it means: "… to help a female walker who
  // had fallen and injured her back", "… i helpu dyn oedd wedi anafu ei goes", also past an earlier
  // pronoun of the sentence's own subject ("… ddefnyddio ceir eu hunain er mwyn cyrraedd dyn oedd
  // wedi ei anafu"): read up to the last pronoun.
  let last = 0;
  let all = ALL_PRONOUNS.get(lex.pronouns);
  if (!all) ALL_PRONOUNS.set(lex.pronouns, (all = new RegExp(lex.pronouns.source, 'giu')));
  for (const m of sentence.matchAll(all)) last = m.index! + m[0].length;
  if (UNNAMED_BEFORE.test(sentence.slice(0, last))) return undefined;
  const before = sentenceBefore(text, from, 1);
  if (!before) return undefined;
  const people = findPeople(text, before.start, before.end, lex, { account: options.account });
  return people.filter((p) => p.kind !== 'addressee').pop();
}

/** People by what they are or do, not by name, in Welsh ("cerddwr", "claf") and then in English too (singular and plural). */
const PERSON_NOUNS_CY = String.raw`(?:dyn|ddyn|menyw|fenyw|dynes|ddynes|bachgen|merch|ferch|cerddwr|gerddwr|beiciwr|feiciwr|gyrrwr|yrrwr|nofiwr|claf|glaf|berson|pherson)`;
export const PERSON_NOUNS = String.raw`(?:m[ae]n|wom[ae]n|boys?|girls?|walkers?|climbers?|hikers?|cyclists?|drivers?|motorists?|swimmers?|teenagers?|persons?|people|pedestrians?|passengers?|residents?|patients?|casualty|casualties|child|children|riders?|runners?|kayakers?|paddlers?|fisherm[ae]n|anglers?|surfers?|${PERSON_NOUNS_CY})`;

/** A person brought in unnamed: "a female walker", "one injured man", Welsh "dyn", "menyw" with no article. */
const UNNAMED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:a|an|another|one)[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+){0,2}${PERSON_NOUNS}|(?<!(?:\by|\byr|['’]r)[ \u00A0])${PERSON_NOUNS_CY}(?:[ \u00A0]+(?:ifanc|lleol|oedrannus|hŷn))?)(?![\p{L}])`,
  'iu',
);

/**
 * A surname standing alone in text[from, to) that repeats the surname of a person named in full
 * before it, within MENTION_REACH, as news and court reports go on to name someone ("Keith
 * Morgan, 61, … Cardiff Crown Court heard Morgan laundered the money"): that person, at the
 * surname. `people` are the text's people in order (found once per text: a long one is then
 * read in time proportional to its length). Not a sentence's first word, where a capital
 * proves nothing, nor a word right before another capitalised word ("Morgan Ward").
 */
export function surnameMention(text: string, from: number, to: number, people: readonly PersonRef[]): PersonRef | undefined {
  const surnames = new Set<string>();
  for (let i = firstNotBefore(people.length, (k) => people[k]!.end <= from) - 1; i >= 0 && people[i]!.start >= from - MENTION_REACH; i--) {
    const words = people[i]!.kind === 'name' ? people[i]!.text.split(/[ \u00A0]+/) : [];
    if (words.length >= 2) surnames.add(words[words.length - 1]!);
  }
  for (const surname of surnames) {
    if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) continue;
    for (let at = text.indexOf(surname, from); at >= 0 && at < to; at = text.indexOf(surname, at + surname.length)) {
      const end = at + surname.length;
      if (/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[end] ?? '')) continue;
      if (!/\S/.test(text.slice(from, at)) || /^[ \u00A0]+\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      return { start: at, end, kind: 'name', text: surname, given: false };
    }
  }
  return undefined;
}

/**
 * A given name standing alone in text[from, to) that opens a full name said before it, within
 * MENTION_REACH: "Happy 100th birthday to Gwen Example! Gwen was born on …" (a name that is also a
 * word, "Gwen", is one here, as the full name vouches for it). `people` are the text's people in order.
 */
export function givenNameMention(text: string, from: number, to: number, people: readonly PersonRef[]): PersonRef | undefined {
  for (let i = firstNotBefore(people.length, (k) => people[k]!.end <= from) - 1; i >= 0 && people[i]!.start >= from - MENTION_REACH; i--) {
    const words = people[i]!.kind === 'name' ? people[i]!.text.split(/[ \u00A0]+/) : [];
    const given = words.length >= 2 ? words[0]! : '';
    if (given.length < 3 || !/^\p{Lu}\p{Ll}/u.test(given)) continue;
    const at = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(given)}(?![\\p{L}\\p{M}])(?![ \\u00A0]+\\p{Lu})`, 'u').exec(text.slice(from, to));
    if (at) return { start: from + at.index, end: from + at.index + given.length, kind: 'name', text: given, given: true };
  }
  return undefined;
}

/**
 * Whether some other mention of `person` in text[from, to) (outside `skip`, the sentence being
 * judged) passes `test`: the role given where the person is introduced holds for the later
 * mentions ("Paul Mears, our Chief Executive, wrote … Paul added: “…”"). A mention is a
 * capitalised word of the name (three letters or more, not a title), standing as a whole word;
 * `test` gets its offsets. Only mentions within MENTION_REACH of the person count: a post is
 * far shorter, and a long document (a page of minutes, 1 MB of pasted text) naming the same
 * person thousands of times is then read in time proportional to its length, not its square.
 */
export function mentionedWith(
  text: string, from: number, to: number, person: PersonRef, test: (start: number, end: number) => boolean, skip: [number, number] = [person.start, person.end],
): boolean {
  from = Math.max(from, person.start - MENTION_REACH);
  to = Math.min(to, person.end + MENTION_REACH);
  const all = person.text.replace(/^@/, '').split(/[ \u00A0]+/);
  const names = all.filter((w) => w.length >= 3 && /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
  // Accents folded, the same length: "Sian" is "Siân" written without the circumflex (real-text-blind302).
  const window = foldAccents(text.slice(from, to));
  for (const name of names) {
    const i = all.indexOf(name);
    const folded = foldAccents(name);
    for (let k = window.indexOf(folded); k >= 0; k = window.indexOf(folded, k + name.length)) {
      const at = from + k;
      if (at >= skip[0] && at < skip[1]) continue;
      if (/[\p{L}\p{M}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{M}]/u.test(text[at + name.length] ?? '')) continue;
      // Another person with the same surname or given name ("Osian Jones" and "Cynghorydd Alun
      // Lloyd Jones"): a different capitalised name word right beside the mention.
      const before = /(\p{Lu}[\p{L}\p{M}'’-]*)[ \u00A0]+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1];
      const after = /^[ \u00A0]+(\p{Lu}[\p{L}\p{M}'’-]*)/u.exec(text.slice(at + name.length, at + name.length + 30))?.[1];
      const other = (w: string | undefined, own: string | undefined) => w !== undefined && w !== own && isNameWord(w);
      const confirmed = (before !== undefined && before === all[i - 1]) || (after !== undefined && after === all[i + 1]);
      // "Mr Regan" is "George Regan" too: a title stands where the given name would.
      const titled = i > 0 && TITLE_WORDS.has(all[i - 1]!.toLowerCase().replace(/\.$/, ''));
      // After a given name, a surname no list or dictionary knows is another person's too: "David
      // Thomas" is not "y Cynghorydd David Yeowell".
      const otherSurname = i < all.length - 1 && after !== undefined && after !== all[i + 1] && unknownWord(after);
      if (all.length > 1 && !confirmed && ((!titled && other(before, all[i - 1])) || other(after, all[i + 1]) || otherSurname)) continue;
      if (test(at, at + name.length)) return true;
    }
  }
  return false;
}

/** Welsh and other accented vowels to their plain letter, one code unit for one (offsets kept). */
const foldAccents = (s: string): string => (/[\u00C0-\u017F]/u.test(s) ? s.replace(/[\u00C0-\u017F]/gu, (c) => c.normalize('NFD')[0]!) : s);

/** How far from a person another mention of them is looked for (characters, either side). */
export const MENTION_REACH = 3000;

const TITLE_WORDS = new Set([...TITLES, ...OFFICIAL_TITLES].map((t) => t.toLowerCase()));
const NAME_WORDS = new Set([...GIVEN_NAMES, ...SURNAMES]);
/** A known given name or surname: beside a mention, it makes the mention part of another person's name. */
const isNameWord = (w: string) => NAME_WORDS.has(w.toLowerCase().replace(/['’]s$/, ''));
/** A word of three letters or more that is no title and no English or Welsh word: a surname, as like as not. */
function unknownWord(w: string): boolean {
  const lower = w.toLowerCase().replace(/['’]s$/, '');
  if (lower.length < 3 || TITLE_WORDS.has(lower.replace(/\.$/, ''))) return false;
  const words = loadWelshWords();
  return !words.english?.has(lower) && !isWelshWord(lower, words);
}


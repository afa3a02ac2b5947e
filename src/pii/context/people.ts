/**
 * The person-reference finder of the context rules: what makes a sentence about an
 * identifiable person. It looks only within [from, to) (one sentence), so a rule calls it only
 * around its own trigger words and a post without them costs nothing here.
 *
 * A person reference is one of:
 * - a courtesy title and a name: "Mrs Davies", "Dr Rhian Evans", "Mr J. Jones", "Mrs Davies's";
 * - an elected member or officer: "Cllr Sian Evans", "Cyng. Dai Jones" (`official`);
 * - an @handle (up to 30 characters), unless it is the post's own account or an organisation's
 *   ("@CarmsCouncil"; a place word alone does not make "@lowri_pembs84" one: handles.ts);
 * - a role pointing at one member of the public: "our resident", "the tenant", "y preswylydd";
 * - a name: a run of capitalised words starting with a known given name ("Sian", "Sian Morgan";
 *   a given name that is also a word, "Hope", needs a surname), or two or three capitalised
 *   words not at the start of a sentence and none of them a place, organisation or calendar
 *   word ("Jo Bloggs", not "Cancer Research", "Ysgol Dewi Sant", "Cross Hands");
 * - in a sentence written all in lower case, a title and a word ("mrs edwards"), or a known
 *   given name after thanks or before a surname ("well done poppy", "emma rowlands": lower-case.ts);
 * - optionally, second person ("your", "eich"): in a public reply, the person replied to.
 */
import { WORD_END, WORD_START } from '../text.js';
import {
  ADDRESSEE, LEADING_WORDS, LOWER_CASE_NAME_AFTER, LOWER_CASE_NOT_NAMES, LOWER_CASE_TITLES, NOT_NAMES, NOT_NAME_PHRASES, OFFICIAL_TITLES,
  ORGANISATION_HANDLE_WORDS, PLACE_HANDLE_WORDS, PRONOUNS, ROLES, TITLES, COMPASS,
} from './lexicon.js';
import { AMBIGUOUS_NAMES, CHARACTER_PHRASES, CHARACTER_WORDS, GIVEN_NAMES, SURNAMES, isListedName, onsNames } from './names.js';
import { DOMAIN_END, HANDLE, isOrganisationHandle } from './handles.js';
import { findLowerCaseNames, isGivenName, isNotName } from './lower-case.js';
import { danceStyle, GREETED, inListedPhrase, INTRODUCED, isCharacter, ORG_HEADS, PLACE_BEFORE, PLACE_COMPOUND, SAINT_BEFORE, SEAT_BEFORE, VERB_ENDING } from './name-cues.js';
import { alternation, wordSet } from './phrases.js';
import { atSentenceStart } from './sentences.js';
import { englishWord, welshOnlyWord } from './word-kinds.js';
import { capsLede, isAllCaps } from './caps-lede.js';
import { nameBeforeOrganisation, ownsNext, possessiveAlone, titleLead, type Word } from './run-cues.js';

export { isOrganisationHandle } from './handles.js';
export { isNotName } from './lower-case.js';

export type PersonKind = 'titled' | 'official' | 'handle' | 'role' | 'name' | 'addressee';

export interface PersonRef {
  start: number;
  end: number;
  kind: PersonKind;
  /** The reference as written, possessive 's removed ("Mrs Davies", "@sian_123"). */
  text: string;
  /**
   * For a name: it starts with a known given name ("Sian Morgan") or ends with a known surname
   * ("Gwenno Jones"), not just capitals ("Jo Bloggs").
   */
  given?: boolean;
}

/** `params.people` of the context rules: additions to the default lists. */
export interface PeopleParams {
  'given-names'?: string[];
  'not-names'?: string[];
  roles?: string[];
  'organisation-handle-words'?: string[];
}

export const PEOPLE_PARAMS_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  description: 'Additions to the person-reference finder’s default word lists (English and Welsh).',
  properties: {
    'given-names': { type: 'array', items: { type: 'string', minLength: 1 } },
    'not-names': { type: 'array', items: { type: 'string', minLength: 1 } },
    roles: { type: 'array', items: { type: 'string', minLength: 1 } },
    'organisation-handle-words': { type: 'array', items: { type: 'string', minLength: 1 } },
  },
} as const;

export interface Lexicon {
  given: Set<string>;
  ambiguous: Set<string>;
  surnames: Set<string>;
  characterWords: Set<string>;
  pronouns: RegExp;
  notNames: Set<string>;
  notNamePhrases: string[];
  leading: Set<string>;
  orgHandleWords: string[];
  placeHandleWords: Set<string>;
  lowerAfter: Set<string>;
  lowerNotNames: Set<string>;
  roles: RegExp;
  addressee: RegExp;
  titled: RegExp;
}

const NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’-]\p{L}[\p{Ll}\p{M}]*)*(?:['’]s)?`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*`;
const CAPITALISED = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_@'’.-])${NAME_WORD}`, 'gu');
/** A title written in lower case and the word after it: "mrs edwards", "cllr jones". */
const LOWER_TITLED = new RegExp(`(?<![\\p{L}\\p{M}])(${LOWER_CASE_TITLES.join('|')})\\.?[ \\u00A0]+([\\p{L}][\\p{Ll}\\p{M}'’-]+)`, 'gu');
/** No article comes before a Welsh person's name ("Carchar y Berwyn", "i'r Aran"), nor a prison's
 * or a base's initials ("CEM Berwyn", "HMP Berwyn"): a place's. */
const WELSH_ARTICLE_BEFORE = /(?:(?:^|[^\p{L}])(?:y|yr|HMP|CEM|HMYOI|RAF|HMS)|\p{L}['’]r)[ \u00A0]$/u;
const CONNECTORS = new Set(['ap', 'ab', 'van', 'von', 'de', 'le', 'la', 'du', 'da', 'di']);
const POSSESSIVE = /['’]s$/;

const cache = new WeakMap<object, Lexicon>();
const DEFAULT_KEY = {};

const byContent = new Map<string, Lexicon>();

/**
 * The compiled lexicon: defaults plus `extra`, built once per distinct list. The context rules
 * share one `people:` list in the pack (a YAML anchor), but the compiled pack holds a copy per
 * rule, so equal lists are recognised by content, not identity.
 */
export function lexicon(extra?: PeopleParams): Lexicon {
  const key = extra ?? DEFAULT_KEY;
  let lex = cache.get(key);
  if (lex) return lex;
  const content = JSON.stringify(extra ?? null);
  lex = byContent.get(content);
  if (lex) {
    cache.set(key, lex);
    return lex;
  }
  const titles = [...TITLES, ...OFFICIAL_TITLES].map((t) => `${t}\\.?`).join('|');
  const notNames = wordSet(NOT_NAMES.filter((w) => !w.includes(' ')), extra?.['not-names']?.filter((w) => !w.includes(' ')));
  const leading = wordSet(LEADING_WORDS);
  // The ONS names, less any the lists or the pack call a place or a leading word.
  const ons = onsNames();
  const fit = (list: string[]) => list.filter((w) => !notNames.has(w) && !leading.has(w));
  const wordNames = fit(ons.wordNames);
  lex = {
    given: wordSet(GIVEN_NAMES, fit(ons.names), wordNames, extra?.['given-names']),
    ambiguous: wordSet(AMBIGUOUS_NAMES, wordNames),
    surnames: wordSet(SURNAMES),
    characterWords: wordSet(CHARACTER_WORDS),
    pronouns: new RegExp(`${WORD_START}(?:${alternation(PRONOUNS)})${WORD_END}`, 'iu'),
    notNames,
    notNamePhrases: [...NOT_NAME_PHRASES, ...CHARACTER_PHRASES, ...NOT_NAMES.filter((w) => w.includes(' ')), ...(extra?.['not-names'] ?? []).filter((w) => w.includes(' '))].map((p) => p.toLowerCase()),
    leading,
    orgHandleWords: [...ORGANISATION_HANDLE_WORDS, ...(extra?.['organisation-handle-words'] ?? [])].map((w) => w.toLowerCase()),
    placeHandleWords: wordSet(PLACE_HANDLE_WORDS),
    lowerAfter: wordSet(LOWER_CASE_NAME_AFTER),
    lowerNotNames: wordSet(LOWER_CASE_NOT_NAMES),
    // A role may start at a Welsh elided article glued to the word before ("i'r preswylydd").
    roles: new RegExp(`(?:${WORD_START}|(?=['’]))(?:${alternation([...ROLES, ...(extra?.roles ?? [])])})${WORD_END}`, 'giu'),
    addressee: new RegExp(`${WORD_START}(?:${alternation(ADDRESSEE)})${WORD_END}`, 'giu'),
    // Title, optional initials, then one or two capitalised words (the second only when it
    // follows directly: "Dr Rhian Evans"), each possibly possessive.
    titled: new RegExp(
      `${WORD_START}(?:${titles})[ \\u00A0]+(?:\\p{Lu}\\.?[ \\u00A0]+){0,2}${NAME}(?:[ \\u00A0]+${NAME})?`,
      'gu',
    ),
  };
  cache.set(key, lex);
  byContent.set(content, lex);
  return lex;
}

export interface FindOptions {
  /** Count second person ("your", "eich") as a person: the one replied to. */
  addressee?: boolean;
  /** The post's own account (front matter `account`): never a person. */
  account?: string;
}

const OFFICIAL_START = new RegExp(`^(?:${OFFICIAL_TITLES.join('|')})\\b`, 'i');

/**
 * The answers for the last text searched, by lexicon and (from, to, options), and the search
 * behind them before adjacent references are merged (key "from to base account"): several rules ask
 * about the same sentence of the same post, and a long document has thousands of sentences.
 */
const answers = { text: undefined as string | undefined, byLexicon: new WeakMap<Lexicon, Map<string, readonly PersonRef[]>>() };

/**
 * Every person reference in text[from, to), in order; `from` should be a sentence start. The
 * answer is shared by every caller asking the same question: it is frozen.
 */
export function findPeople(text: string, from: number, to: number, lex: Lexicon, options: FindOptions = {}): readonly PersonRef[] {
  if (answers.text !== text) {
    answers.text = text;
    answers.byLexicon = new WeakMap();
  }
  let known = answers.byLexicon.get(lex);
  if (!known) answers.byLexicon.set(lex, (known = new Map()));
  const key = `${from} ${to} ${options.addressee ? 1 : 0} ${options.account ?? ''}`;
  let found = known.get(key);
  if (found) return found;
  // Second person only adds its words to the same search: one search serves both questions.
  const baseKey = `${from} ${to} base ${options.account ?? ''}`;
  let base = known.get(baseKey) as PersonRef[] | undefined;
  if (!base) known.set(baseKey, (base = search(text, from, to, lex, options.account)));
  const refs = options.addressee ? withAddressee(text, from, to, lex, base) : base;
  known.set(key, (found = Object.freeze(mergeAdjacent(text, refs).map((r) => Object.freeze(r)))));
  return found;
}

/** Second person ("your", "eich") added to a search's references, in order. */
function withAddressee(text: string, from: number, to: number, lex: Lexicon, base: PersonRef[]): PersonRef[] {
  const part = text.slice(from, to);
  const out = [...base];
  lex.addressee.lastIndex = 0;
  for (let m = lex.addressee.exec(part); m; m = lex.addressee.exec(part)) {
    // Capitalised after a word, or inside a listed name ("Ti a Fi", a parent and toddler group), it is part of a name.
    if (/^\p{Lu}/u.test(m[0]) && (/[\p{L}\p{N}][ \u00A0]+$/u.test(part.slice(Math.max(0, m.index - 3), m.index)) || inListedPhrase(part, m.index, m[0], lex.notNamePhrases))) continue;
    const clean = m[0].replace(POSSESSIVE, '');
    out.push({ start: from + m.index, end: from + m.index + clean.length, kind: 'addressee', text: clean });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The references in text[from, to), sorted, not yet merged. */
function search(text: string, from: number, to: number, lex: Lexicon, account: string | undefined): PersonRef[] {
  const part = text.slice(from, to);
  const out: PersonRef[] = [];
  const covered = (s: number, e: number) => out.some((r) => s < r.end && e > r.start);
  const push = (s: number, e: number, kind: PersonKind, given?: boolean) => {
    const raw = text.slice(s, e);
    const clean = raw.replace(POSSESSIVE, '');
    out.push({ start: s, end: s + clean.length, kind, text: clean, ...(given !== undefined ? { given } : {}) });
  };

  lex.titled.lastIndex = 0;
  for (let m = lex.titled.exec(part); m; m = lex.titled.exec(part)) {
    push(from + m.index, from + m.index + m[0].length, OFFICIAL_START.test(m[0]) ? 'official' : 'titled');
  }
  if (part.includes('@')) {
    HANDLE.lastIndex = 0;
    for (let m = HANDLE.exec(part); m; m = HANDLE.exec(part)) {
      if (!DOMAIN_END.test(m[1]) && !isOrganisationHandle(m[1], lex, account)) push(from + m.index, from + m.index + m[0].length, 'handle');
    }
  }
  // A post written in lower case: "thanks mrs edwards", "cllr jones".
  LOWER_TITLED.lastIndex = 0;
  for (let m = LOWER_TITLED.exec(part); m; m = LOWER_TITLED.exec(part)) {
    const word = m[2].toLowerCase();
    if (lex.leading.has(word) || isNotName(word, lex) || covered(from + m.index, from + m.index + m[0].length)) continue;
    push(from + m.index, from + m.index + m[0].length, OFFICIAL_START.test(m[1]) ? 'official' : 'titled');
  }
  lex.roles.lastIndex = 0;
  for (let m = lex.roles.exec(part); m; m = lex.roles.exec(part)) {
    if (!covered(from + m.index, from + m.index + m[0].length)) push(from + m.index, from + m.index + m[0].length, 'role');
  }
  findNames(text, from, part, lex, covered, push);
  if (!/\p{Lu}/u.test(part.replace(/(?<![\p{L}])I(?![\p{L}])/gu, ''))) findLowerCaseNames(text, from, part, lex, covered, push);
  return out.sort((a, b) => a.start - b.start);
}

/** "our resident Sian", "local boy Tom": a role followed by a name is one reference. */
function mergeAdjacent(text: string, refs: PersonRef[]): PersonRef[] {
  const out: PersonRef[] = [];
  for (const r of refs) {
    const last = out[out.length - 1];
    if (last && last.kind === 'role' && r.kind === 'name' && /^[ \u00A0]+$/.test(text.slice(last.end, r.start))) {
      out[out.length - 1] = { ...r, start: last.start, text: text.slice(last.start, r.end) };
    } else out.push(r);
  }
  return out;
}

/** One lower-case word between two capitalised ones ("Prys ap Gwilym"): a connector if listed. */
const LOWER_GAP = /^[ \u00A0](\p{Ll}+)[ \u00A0]$/u;

/** Groups capitalised words into runs (single spaces, name connectors) and judges each run. */
function findNames(
  text: string,
  from: number,
  part: string,
  lex: Lexicon,
  covered: (s: number, e: number) => boolean,
  push: (s: number, e: number, kind: PersonKind, given?: boolean) => void,
): void {
  let run: Word[] = [];
  const flush = () => {
    if (run.length) judgeRun(text, from, run.slice(0, nameBeforeOrganisation(run, lex)), lex, covered, push);
    run = [];
  };
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(part); m; m = CAPITALISED.exec(part)) {
    const word: Word = { start: from + m.index, end: from + m.index + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") };
    if (isAllCaps(m[0])) {
      flush();
      const length = capsLede(text, word.start, word.lower, lex, (w) => isNotName(w, lex));
      if (length && !covered(word.start, word.start + length)) {
        push(word.start, word.start + length, 'name', true);
        CAPITALISED.lastIndex = word.start - from + length;
      }
      continue;
    }
    if (run.length && ORG_HEADS.has(word.lower)) flush();
    if (run.length) {
      const gap = text.slice(run[run.length - 1].end, word.start);
      const joined = /^[ \u00A0]$/.test(gap) || (LOWER_GAP.test(gap) && CONNECTORS.has(gap.trim()));
      if (!joined || POSSESSIVE.test(run[run.length - 1].lower)) flush();
    }
    run.push(word);
  }
  flush();
}

function judgeRun(
  text: string,
  sentenceStart: number,
  words: Word[],
  lex: Lexicon,
  covered: (s: number, e: number) => boolean,
  push: (s: number, e: number, kind: PersonKind, given?: boolean) => void,
): void {
  let run = words;
  let trimmed = false;
  while (run.length && lex.leading.has(run[0].lower)) {
    run = run.slice(1);
    trimmed = true;
  }
  const lead = titleLead(run, lex);
  if (lead) {
    run = run.slice(lead);
    trimmed = true;
  }
  // The pronoun "I" ends no name ("May I remind you", "Will I need…"): an initial has its full stop.
  const pronoun = (w: Word) => w.lower === 'i' && text[w.start] === 'I' && text[w.end] !== '.';
  while (run.length > 1 && pronoun(run[run.length - 1]!)) run = run.slice(0, -1);
  if (!run.length || run.length > 4) return;
  const start = run[0].start;
  const end = run[run.length - 1].end;
  if (covered(start, end) || SEAT_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || WELSH_ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 7), start))) return;
  const bare = (w: Word) => w.lower.replace(POSSESSIVE, '');
  // A listed phrase ("Cross Hands"), a saint ("St. Teilo's") or a character ("Wil the Road Safety
  // Dragon") is not a person: asked only of a run about to be taken (most are not).
  let excluded: boolean | undefined;
  const isExcluded = () => {
    const phrase = ` ${run.map(bare).join(' ')} `;
    // (Also ending a listed phrase whose first words are not capitalised as a name's: "Stoke on Trent".)
    const wider = ` ${text.slice(Math.max(0, start - 12), end).toLowerCase().replace(/[^\p{L}\p{N}'’-]+/gu, ' ').trim()} `;
    return lex.notNamePhrases.some((p) => phrase.includes(` ${p} `) || wider.endsWith(` ${p} `)) || SAINT_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || isCharacter(text, start, end, lex.characterWords) || danceStyle(text, start, end);
  };
  const take: typeof push = (s, e, kind, given) => {
    if (!(excluded ??= isExcluded())) push(s, e, kind, given);
  };
  const first = bare(run[0]);
  // A compass point first names a place: "East Kilbride", "Gogledd Cymru"; so does a Welsh place-name compound ("Porthdinllaen Bay").
  if (run.length > 1 && (COMPASS.has(first) || (PLACE_COMPOUND.test(first) && !lex.given.has(first)))) return;
  // A double-barrelled surname counts when its last part is known ("Manzini-Hughes").
  const last = run.length > 1 ? bare(run[run.length - 1]) : '';
  const surname = run.length > 1 && (lex.surnames.has(last) || (last.includes('-') && lex.surnames.has(last.slice(last.lastIndexOf('-') + 1))));
  if (isGivenName(first, lex, text.slice(run[0].start, run[0].end).replace(POSSESSIVE, ''))) {
    if (run.slice(1).some((w) => isNotName(bare(w), lex)) || (run.length === 1 && possessiveAlone(text, run[0]))) return;
    // A name the ONS lists call a word or a town, before words that are not a known surname:
    // a place or a thing ("Chester Zoo", "Summer Fair").
    if (run.length > 1 && lex.ambiguous.has(first) && !isListedName(first) && !surname) return;
    if (run.length === 1 && lex.ambiguous.has(first) && !ownsNext(text, run[0], first) && !GREETED.test(text.slice(Math.max(sentenceStart, start - 40), start))) return;
    // A name only the ONS lists know, alone after "in", "at", "yng" or an article: a place ("in
    // Paris", "yn Sydney", "yr Aran").
    if (run.length === 1 && !isListedName(first) && PLACE_BEFORE.test(text.slice(Math.max(sentenceStart, start - 12), start))) return;
    take(start, end, 'name', true);
    return;
  }
  if (run.some((w) => isNotName(bare(w), lex))) return;
  if (!trimmed && atSentenceStart(text, sentenceStart, start)) {
    // A capital that only starts the sentence ("Cafodd Dai Morgan", "Dywedodd Sian"): the rest
    // of the run is a name only when it starts with a given name or ends with a surname;
    // "Gwenno Jones is…" is a name from its first word.
    const givenSecond = run.length > 1 && isGivenName(bare(run[1]), lex, text.slice(run[1].start, run[1].end).replace(POSSESSIVE, ''));
    if (givenSecond || (run.length > 2 && surname)) judgeRun(text, sentenceStart, run.slice(1), lex, covered, take);
    else if (run.length === 2 && surname && !VERB_ENDING.test(first)) take(start, end, 'name', true);
    // Words no dictionary knows, introduced as news introduces a person ("Marzio Sturaro, of
    // Old Fallings Crescent, appeared...", "Dai Xyz, 56, o Lanelli").
    else if (INTRODUCED.test(text.slice(end, end + 12))) {
      const name = run.length > 2 && VERB_ENDING.test(first) ? run.slice(1) : run; // "Plediodd Marzio Sturaro, o..."
      if (name.length <= 3 && !name.some((w) => englishWord(bare(w)) || welshOnlyWord(bare(w)))) take(name[0].start, end, 'name', false);
    }
    return;
  }
  if (run.length < 2 || run.length > 3) return;
  // Title Case words with no known given name or surname among them are a heading or a thing,
  // not a person: "Lateral Flow Tests", "Road Closure Update".
  // So is a run ending in a common word with no given name in it, whatever its other words:
  // "Convention of Scottish Local Authorities" ("Scottish" is no common word, "Authorities" is).
  if (!surname && (run.every((w) => englishWord(bare(w))) || (englishWord(bare(run[run.length - 1])) && !run.some((w) => lex.given.has(bare(w)))))) return;
  // Title Case Welsh words are a thing or a scheme even when the last is also a surname:
  // "Bathodyn Glas" (Blue Badge), "Cerdyn Llwyd". A person's first word is a given name.
  const welsh = run.map((w) => welshOnlyWord(bare(w)));
  if (welsh.some(Boolean) && run.every((w, i) => welsh[i] || englishWord(bare(w)))) return;
  // A Welsh common word first and no known given name or surname: a place, as Welsh place names
  // start ("Morfa Nefyn", "Porth Neigwl", "Coed Duon").
  if (welsh[0] && !surname && !run.some((w) => lex.given.has(bare(w)))) return;
  take(start, end, 'name', surname);
}

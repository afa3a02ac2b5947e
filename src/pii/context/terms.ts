/**
 * Judging one context-term hit ("dementia", "arrested", "Muslim") by the words around it:
 * whether it names a topic or a thing ("Cancer Research", "dementia-friendly café", "funds
 * for cancer", "people living with dementia") rather than saying something about a person.
 */
import { wordSet } from './phrases.js';

export interface TopicWords {
  /** The term is a topic when the next word is one of these ("dementia café", "cancer research"). */
  notBefore: Set<string>;
  /** ...or when the word before it is one of these ("for cancer", "about dementia"). */
  notAfter: Set<string>;
  /** ...or when one of these stands within three words before it ("people living with dementia"). */
  groups: Set<string>;
  /** ...or when "on" or "ar" follows one of these right before it ("a talk on diabetes", "sgwrs ar ddementia"). */
  topicNouns: Set<string>;
  /** But not a word of `notAfter` after one of these: a patient's treatment ("treatment for leukaemia", "triniaeth am ganser"). */
  treated: Set<string>;
  /** ...or, when one of these, after an article with no noun after it: people as a group ("the elderly and disabled", "yr anabl"). */
  groupAdjectives: Set<string>;
}

/** "on" and Welsh "ar": what a talk or a leaflet is about. */
const ON = new Set(['on', 'ar', 'upon']);

const cache = new WeakMap<object, TopicWords>();

export function topicWords(params: { 'not-before'?: string[]; 'not-after'?: string[]; groups?: string[]; 'topic-nouns'?: string[]; 'treated-words'?: string[]; 'group-adjectives'?: string[] }): TopicWords {
  let t = cache.get(params);
  if (!t) {
    t = {
      notBefore: wordSet(params['not-before']),
      notAfter: wordSet(params['not-after']),
      groups: wordSet(params.groups),
      topicNouns: wordSet(params['topic-nouns']),
      treated: wordSet(params['treated-words']),
      groupAdjectives: wordSet(params['group-adjectives']),
    };
    cache.set(params, t);
  }
  return t;
}

const WORD_AFTER = /^[ \u00A0]*(-)?[ \u00A0]*([\p{L}\p{M}'’]+)/u;
// Up to four names of one or two words each ("Gypsy, Traveller, Travelling Showpeople and Boat
// Dweller Accommodation"), read with each name as short and as long as it can be.
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const listedAfter = (two: string) =>
  new RegExp(String.raw`^(?:(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+(?:and|or|a|ac|neu|&)[ \u00A0]+|\/)${NAME}(?:[ \u00A0]${NAME})${two}){1,4}[ \u00A0]+([\p{L}\p{M}'’-]+)`, 'u');
const LISTED_AFTER = [listedAfter('??'), listedAfter('?')];
const WORDS_BEFORE = /([\p{L}\p{M}'’]+)[^\p{L}\p{M}'’]*$/u;

/** Welsh names of care places, which lead with the noun: "Ysbyty Glangwili", "Hosbis Tŷ Gobaith". */
const WELSH_NAME_HEAD = /^(?:Ysbyty|Hosbis)$/u;

/** An article before a describing word used as a noun ("the disabled", "a'r anabl"), and what joins two such words. */
const ARTICLES = new Set(['the', 'y', 'yr', "a'r", "neu'r"]);
const CONJUNCTIONS = new Set(['and', 'or', 'a', 'ac', 'neu', '&']);
/** What may follow such a word used as a noun: a conjunction or a preposition ("the disabled in the county", "yr anabl yn y sir"). */
const AFTER_GROUP = new Set([...CONJUNCTIONS, 'in', 'at', 'of', 'across', 'throughout', 'among', 'from', 'yn', 'ym', 'yng', 'o', 'ledled', 'ymhlith']);

/** Plurals of people by their ending: Welsh agents ("pysgotwyr", "gyrwyr", "ymwelwyr"), English agents and members ("anglers", "visitors", "residents"). */
const PEOPLE_PLURAL_CY = /^\p{Ll}{3,}(?:wyr|wragedd)$/u;
const PEOPLE_PLURAL_EN = /^\p{Ll}{2,}(?:ers|ors|ists|ants|ents|ees|ians)$/u;

/** Possessives that make a group word someone's family ("her children", "ei phlant"). */
const OWNER = new Set(['her', 'his', 'their', 'my', 'ei', 'eu', 'fy']);

/** Words that open a clause about the group before them. */
const RELATIVE = new Set(['who', 'with', 'that', 'living', 'affected', 'sydd', "sy'n", 'gyda', 'â', 'efo', 'yn', 'oedd', 'fu']);

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** The up-to-`n` words before `at` within [from, at), nearest first, lower case. */
export function wordsBefore(text: string, from: number, at: number, n: number): string[] {
  const out: string[] = [];
  let rest = text.slice(Math.max(from, at - 80), at);
  for (let i = 0; i < n; i++) {
    const m = WORDS_BEFORE.exec(rest);
    if (!m) break;
    out.push(m[1].toLowerCase().replace(/’/g, "'"));
    rest = rest.slice(0, m.index);
  }
  return out;
}

/** Capitalised words right before a term, as written ("Acute Lymphoblastic " before "Leukaemia"). */
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]+)+$/u;

/** Words before a treatment that make it any patient's, not one person's: "a new treatment for …", "the treatment for …". */
const GENERIC_TREATMENT = new Set(['a', 'an', 'the', 'new', 'better', 'possible', 'potential', 'effective', 'pioneering', 'any', 'no']);

/**
 * Whether the words before a preposition ("for", "am"; nearest first) are a patient's
 * treatment: "being treated for", "undergone treatment for", "ei drin am"; not a generic one
 * ("a new treatment for leukaemia") nor one that is itself a topic ("research into treatment for").
 */
function patientsTreatment(before: readonly string[], words: TopicWords): boolean {
  const [treatment, previous = ''] = before;
  return treatment !== undefined && words.treated.has(treatment) && !GENERIC_TREATMENT.has(previous) && !words.notAfter.has(previous);
}

/**
 * Whether the term at [start, end) is used as a topic or inside a name, not about a person.
 * `sentenceStart` marks where capitals stop proving a name.
 */
export function isTopic(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, words: TopicWords): boolean {
  // "Gypsy/Traveller site": the word after a slash pair is the word after the term.
  const pair = text[end] === '/' ? /^\/[\p{L}\p{M}'’]+/u.exec(text.slice(end, end + 30)) : null;
  if (pair) end += pair[0].length;
  const after = WORD_AFTER.exec(text.slice(end, Math.min(sentenceEnd, end + 40)));
  if (after) {
    if (after[1] && after[0].indexOf('-') < 2) return true; // dementia-friendly, cancer-free
    if (words.notBefore.has(after[2].toLowerCase())) return true;
  }
  // Past a list of capitalised names of the same kind: "Gypsy, Roma and Traveller families",
  // "Gypsy and Traveller Accommodation Assessment".
  const rest = text.slice(end, Math.min(sentenceEnd, end + 100));
  if (LISTED_AFTER.some((re) => words.notBefore.has(re.exec(rest)?.[1]?.toLowerCase() ?? ''))) return true;
  // Eight words back, read once: the nearest three for most tests, all eight for a group's
  // clause ("people of all ages who have sight or hearing loss").
  const far = wordsBefore(text, sentenceStart, start, 8);
  const before = far.slice(0, 3);
  // A word of the list right before, or two ("ymchwilio i anafiadau": research into injuries).
  const listed = words.notAfter.has(before[0] ?? '') || (before.length > 1 && words.notAfter.has(`${before[1]} ${before[0]}`));
  if (before.length && listed && !patientsTreatment(before.slice(1), words)) return true;
  if (before.length > 1 && ON.has(before[0]) && words.topicNouns.has(before[1])) return true;
  if (words.groupAdjectives.has(text.slice(start, end).toLowerCase())) {
    // People as a group, a describing word after an article with no noun after it: "affect the
    // elderly and disabled", "yr henoed a'r anabl", "the blind and partially sighted".
    const article = ARTICLES.has(before[0] ?? '') || (CONJUNCTIONS.has(before[0] ?? '') && ARTICLES.has(before[2] ?? ''));
    if (article && (!after || AFTER_GROUP.has(after[2].toLowerCase()))) return true;
    // ...or beside a plural of people, who are then any such people: "pysgotwyr anabl", "disabled anglers".
    if (PEOPLE_PLURAL_CY.test(before[0] ?? '') || (after !== null && !after[1] && PEOPLE_PLURAL_EN.test(after[2]))) return true;
  }
  // "people living with dementia" is a topic; "her children have autism" is about her family.
  if (before.some((w, i) => words.groups.has(w) && !OWNER.has(before[i + 1] ?? '') && !(before[i + 1] ?? '').endsWith("'s"))) return true;
  // Further back, a group with its own relative clause: "people of all ages who have sight
  // loss", "pobl o bob oed sydd â dementia".
  // Nobody named between them ("Pupils visited Mr Jones, who has dementia" is about him).
  for (let i = 3; i < far.length; i++) {
    if (!words.groups.has(far[i]) || OWNER.has(far[i + 1] ?? '') || !far.slice(0, i).some((w) => RELATIVE.has(w))) continue;
    const span = text.slice(Math.max(sentenceStart, start - 80), start);
    const at = span.toLowerCase().replace(/’/g, "'").lastIndexOf(far[i]);
    if (at >= 0 && !/\p{Lu}/u.test(span.slice(at + far[i].length))) return true;
  }
  // A term ending in a capitalised word that a capitalised word follows ends inside a name: "access
  // to Hospital Cave", "to Hospital Road". Not a Welsh hospital's name, which leads with the noun
  // ("yn Ysbyty Glangwili" is a stay).
  const last = text.lastIndexOf(' ', end - 1) + 1;
  if (last > start && isCapitalised(text[last]!) && !WELSH_NAME_HEAD.test(text.slice(last, end)) && after && !after[1] && /^[ \u00A0]$/.test(text[end] ?? '') && isCapitalised(after[2])) return true;
  // A capitalised term inside a run of capitalised words is part of a name: "Cancer Research
  // UK", "Alzheimer's Society", "St Mary's Catholic Church", "Christian Aid".
  if (isCapitalised(text[start])) {
    const next = after && !after[1] && /^[ \u00A0]$/.test(text.slice(end, end + 1)) ? after[2] : '';
    const prevGap = text.slice(Math.max(sentenceStart, start - 1), start);
    // The word before, past a join inside a name ("Service Delivery for Mental Health and Learning Disabilities").
    const prevRun = prevGap === ' ' || prevGap === '\u00A0' ? /([\p{L}\p{M}'’]+)(?:[ \u00A0]+(?:and|&|a|ac))?$/u.exec(text.slice(Math.max(sentenceStart, start - 40), start - 1)) : null;
    const prev = prevRun?.[1] ?? '';
    if ((next && isCapitalised(next)) || (prev && isCapitalised(prev) && start - prevRun![0].length - 1 > sentenceStart)) {
      // Unless the run is a condition's name after a patient's treatment ("treatment for Acute
      // Lymphoblastic Leukaemia"): it names no organisation.
      const run = CAPITALISED_RUN.exec(text.slice(Math.max(sentenceStart, start - 80), start))?.[0] ?? '';
      const [preposition, ...rest] = wordsBefore(text, sentenceStart, start - run.length, 3);
      return !(preposition !== undefined && words.notAfter.has(preposition) && patientsTreatment(rest, words));
    }
  }
  return false;
}

import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { capitalised, dropOverlaps, findPhrases, norm, prepareLists, type Span, startsSentence, stringList, thanksWithin, type Word, wordsAfter, wordsBefore, wordSet } from './lib/text.js';
import { lineNear } from '../../model/index.js';

interface Params {
  /** Insults for a person ("idiot", "clown", "twpsyn", "ffŵl"), mutated forms written out. */
  nouns: string[];
  /** Insulting adjectives ("useless", "pathetic", "twp", "dwp"). */
  adjectives?: string[];
  /** People and groups an adjective can be aimed at ("contractors", "councillors", "pobl"). */
  people?: string[];
  /** Words just before an insult noun that aim it at someone ("you", "what", "only", "pha", "chi'n"). */
  aimed?: string[];
  /** Words allowed between such a word and the insult ("a", "an", "absolute", "so", "mor"). */
  fillers?: string[];
  /**
   * Relative words after "the <noun>" that make it a person ("who", "that", "sy"), or two words
   * ("a yrrodd": Welsh "a" alone is also "and", as in "y moron a seleri", the carrots and celery).
   */
  relatives?: string[];
  /** Words after an insult that turn it on the speaker ("I am", "oeddwn i"): "What a fool I was." */
  'self-after'?: string[];
  /** Words before an adjective that make it said of a person ("you're", "paid", "chi'n"). */
  subjects?: string[];
  /** A line holding one of these may end in an insult on its own ("To everyone ...: pathetic."). */
  addressees?: string[];
  /** Words after a noun that make it a thing's name ("clown workshop", "Ffŵl Ebrill"). */
  'not-before'?: string[];
  /**
   * Adjectives said only of people ("incompetent", "lazy", "diog"): these may be aimed through a
   * pronoun ("they are absolutely incompetent", "maen nhw'n rhy ddiog"), which "useless" may not
   * ("the new bins? they are useless").
   */
  'of-people'?: string[];
  /** Pronouns for a group that such an adjective is said of ("they", "they're", "nhw'n"). */
  'group-pronouns'?: string[];
  /**
   * Nouns that are also someone's trade or a thing ("clown", "muppet"): thanked ("Thanks to the
   * clown who entertained the children"), they are that trade, not an insult.
   */
  'also-trades'?: string[];
}

/**
 * `conduct/abusive-language`: an insult aimed at a person or group (Behavioural Standards:
 * courtesy). A word alone is never enough: an insult noun needs an addressee or a target
 * ("you idiot", "what a clown", "only an idiot ...", "the clown who ...", "pha hurtyn",
 * "Rydych chi'n hurtyn", ", y twpsyn."), an insult adjective a person or group ("useless
 * contractors", "you're pathetic", "Paid â bod mor dwp"), or a line addressed to people ending
 * in it ("To everyone moaning in the comments: pathetic."). So "a clown workshop", "The
 * Idiot by Dostoevsky", "pathetic fallacy" and "the old bins were useless" are not reported.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['nouns'],
    properties: {
      nouns: stringList,
      adjectives: stringList,
      people: stringList,
      aimed: stringList,
      fillers: stringList,
      relatives: stringList,
      'self-after': stringList,
      subjects: stringList,
      addressees: stringList,
      'not-before': stringList,
      'of-people': stringList,
      'group-pronouns': stringList,
      'also-trades': stringList,
    },
  },
  prepare(params) {
    prepareLists([params.nouns, params.adjectives, params.addressees]);
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const text = post.prose;
    const hits: Span[] = [];
    const notBefore = wordSet(params['not-before']);
    // Capitals only: an acronym ("DWP", the Department for Work and Pensions), not "dwp".
    const acronym = (s: Span) => /^[\p{Lu}\d]{2,6}$/u.test(text.slice(s.start, s.end));
    for (const n of findPhrases(post, params.nouns)) {
      if (acronym(n)) continue;
      const next = wordsAfter(post, n.end, 1)[0];
      if (text[n.end] === "'" || text[n.end] === '’') continue; // "Idiot's Guide"
      if (next && next.start === n.end + 1 && notBefore.has(norm(next.word))) continue;
      if (capitalised(text, n.start) && !startsSentence(text, n.start)) continue; // a title: "The Idiot"
      const from = aimedNoun(post, n, params);
      if (from !== undefined && !saidOfSelf(post, n.end, params)) hits.push({ start: from, end: n.end });
    }
    const people = wordSet(params.people);
    const subjects = wordSet(params.subjects);
    const ofPeople = wordSet(params['of-people']);
    const relatives = wordSet(params.relatives);
    const pronouns = wordSet(params['group-pronouns']);
    for (const a of findPhrases(post, params.adjectives)) {
      if (acronym(a)) continue;
      const next = wordsAfter(post, a.end, 1)[0];
      if (next && next.start === a.end + 1 && people.has(norm(next.word))) {
        hits.push({ start: a.start, end: next.end });
        continue;
      }
      // Welsh puts the adjective after the noun: "staff diwerth", "gyrwyr twp".
      const previous = wordsBefore(post, a.start, 1)[0];
      if (previous && previous.end === a.start - 1 && people.has(norm(previous.word))) {
        hits.push({ start: previous.start, end: a.end });
        continue;
      }
      // "you're so useless", "Paid â bod mor dwp": a subject, with only fillers between; a group
      // as the subject of "are" ("The contractors are absolutely incompetent", "the people who
      // are doing the work are incompetent", "mae'r bobl sy'n gwneud y gwaith yn anobeithiol");
      // or a pronoun for a group, before an adjective said only of people ("they are incompetent").
      const ofPeopleOnly = ofPeople.has(norm(text.slice(a.start, a.end)));
      const fillers = wordSet(params.fillers);
      let subject: Span | undefined;
      let copula = false;
      let last: Word | undefined;
      for (const w of wordsBefore(post, a.start, 5)) {
        const word = norm(w.word);
        if (subjects.has(word) || (copula && people.has(word) && !afterPreposition(post, w)) || (ofPeopleOnly && pronouns.has(word))) subject = w;
        if (subject || !fillers.has(word)) {
          last = w;
          break;
        }
        copula ||= COPULAS.has(word);
      }
      if (!subject && copula && last) subject = groupWithRelative(post, last.end, people, relatives);
      if (subject) {
        hits.push({ start: subject.start, end: a.end });
        continue;
      }
      if (endsAddressedLine(post, a, params)) hits.push(a);
    }
    return dropOverlaps(hits).map((h): Match => ({ start: h.start, end: h.end }));
  },
};

/** Where an insult noun's aim starts ("you", "what a", "the ... who", ", y"), or undefined. */
function aimedNoun(post: PostDocument, n: Span, params: Params): number | undefined {
  const text = post.prose;
  const fillers = wordSet(params.fillers);
  const aimed = wordSet(params.aimed);
  const before = wordsBefore(post, n.start, 4);
  for (let i = 0; i < before.length; i++) {
    const pair = before[i + 1] && aimed.has(`${norm(before[i + 1].word)} ${norm(before[i].word)}`);
    if (pair) return before[i + 1].start; // "dim ond ffŵl", "bunch of idiots"
    if (aimed.has(norm(before[i].word))) return before[i].start;
    if (!fillers.has(norm(before[i].word))) break;
  }
  // "the clown who drove ...", "y twpsyn sy'n ...": a definite noun with a relative clause.
  const [next, second] = wordsAfter(post, n.end, 2);
  // The article may be joined to a preposition: "i'r lembo a …" (to the idiot who …), "o'r".
  const article = before[0] && (['the', 'y', 'yr', "'r"].includes(norm(before[0].word)) || /^\p{L}{1,2}['’]r$/iu.test(before[0].word));
  const relatives = wordSet(params.relatives);
  // Welsh "a" before a verb in the past ("a ddympiodd", "a adawodd") is "who"; before anything else it may be "and".
  const pastRelative = next && second && norm(next.word) === 'a' && /odd$/.test(norm(second.word));
  // A trade thanked ("Thanks to the clown who entertained …", "Diolch i'r clown a …") is no insult.
  const trade = before[0] && wordSet(params['also-trades']).has(norm(text.slice(n.start, n.end))) && thanksWithin(text, wordsBefore(post, before[0].start, 4).at(-1)?.start ?? before[0].start, before[0].start);
  if (article && next && !trade && (relatives.has(norm(next.word)) || pastRelative || (second && relatives.has(`${norm(next.word)} ${norm(second.word)}`)))) return before[0].start;
  // Addressed to them, opening a sentence: "To the clowns in the comments …", "I'r ffyliaid sy'n …".
  const to = before[0] && norm(before[0].word) === 'the' && before[1] && norm(before[1].word) === 'to' ? before[1] : before[0] && norm(before[0].word) === 'ir' ? before[0] : undefined;
  // ("And to the clowns …", "Ac i'r ffyliaid …": a joining word may open the sentence before it.)
  const joined = to && before[before.indexOf(to) + 1];
  const opener = joined && JOINING.has(norm(joined.word)) ? joined : to;
  if (to && opener && !trade && startsSentence(text, opener.start)) return opener.start;
  // Said to someone at the end of a sentence: ", idiot!", ", y twpsyn.", ", y twpsyn 🙄 https://…".
  if (SENTENCE_ENDS.test(text.slice(n.end, lineNear(text, n.end)[1]))) {
    const from = before[0] && ['y', 'yr'].includes(norm(before[0].word)) ? before[0].start : n.start;
    if (/,\s*$/.test(text.slice(Math.max(0, from - 3), from))) return from;
  }
  return undefined;
}

/** Fillers that join a subject to an adjective said of it: "are", "were", Welsh "yn". */
const COPULAS = new Set(['are', 'were', 'yn']);
/** Words before a group that make it another's ("the rota for staff is useless"). */
const PREPOSITIONS = new Set(['for', 'of', 'to', 'with', 'by', 'from', 'about', 'i', 'o', 'gan', 'ar', 'am', 'at', 'gyda', 'efo']);
const afterPreposition = (post: PostDocument, w: Word) => {
  const before = wordsBefore(post, w.start, 2).map((x) => norm(x.word));
  return PREPOSITIONS.has(before[0] ?? '') || (['the', 'y', 'yr'].includes(before[0] ?? '') && PREPOSITIONS.has(before[1] ?? ''));
};

/** A group with a relative clause, up to twelve words back in the sentence: "the people who are carrying out the work" (are incompetent). */
function groupWithRelative(post: PostDocument, at: number, people: Set<string>, relatives: Set<string>): Word | undefined {
  const words = wordsBefore(post, at, 12);
  for (let i = 1; i < words.length; i++) {
    if (people.has(norm(words[i]!.word)) && relatives.has(norm(words[i - 1]!.word)) && !afterPreposition(post, words[i]!)) return words[i];
  }
  return undefined;
}

/** Words that may open a sentence before "to the …": "And to the clowns …", "Ac i'r ffyliaid …". */
const JOINING = new Set(['and', 'but', 'also', 'so', 'ac', 'a', 'ond', 'hefyd']);

/** What may end a sentence after an insult said to someone: a stop, emoji, a link, the line's end. */
const SENTENCE_ENDS = /^[\s\p{Extended_Pictographic}\u200d\ufe0f]*(?:[.!?]|(?:https?:\/\/\S+[\s\p{Extended_Pictographic}\u200d\ufe0f]*)?$)/u;

/** "What a fool I was", "Dyna ffŵl oeddwn i": the insult is the speaker's of themself. */
function saidOfSelf(post: PostDocument, end: number, params: Params): boolean {
  const after = wordsAfter(post, end, 2);
  // Only words right after it: "You idiot, I am furious" is still aimed at someone.
  if (!after.length || !/^[ \u00A0]+$/.test(post.prose.slice(end, after[0].start))) return false;
  const words = after.map((w) => norm(w.word));
  const self = wordSet(params['self-after']);
  return self.has(words[0]) || (words.length > 1 && self.has(`${words[0]} ${words[1]}`));
}

/** "To everyone moaning in the comments: pathetic." — an adjective alone after a colon or dash ending a line addressed to people. */
function endsAddressedLine(post: PostDocument, a: Span, params: Params): boolean {
  const text = post.prose;
  const [lineStart] = lineNear(text, a.start);
  const [, lineEnd] = lineNear(text, a.end);
  if (!/[:–—-]\s*$/.test(text.slice(lineStart, a.start)) || !/^\s*[.!?]*\s*$/u.test(text.slice(a.end, lineEnd))) return false;
  return findPhrases(post, params.addressees, lineStart, a.start).length > 0 || /(?:^|\s)@[A-Za-z0-9_]/.test(text.slice(lineStart, a.start));
}

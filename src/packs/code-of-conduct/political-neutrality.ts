import { electionAt } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { findPeople, lexicon } from '../../pii/context/people.js';
import { sentenceAt } from '../../pii/context/sentences.js';
import { timeNotDeath } from '../../pii/context/deaths.js';
import { capitalised, dropOverlaps, findExact, findPhrases, hasPhrase, norm, prepareLists, type Span, stringList, thanksWithin, wordsAfter, wordsBefore, wordSet } from './lib/text.js';

interface Params {
  /** Party names that are never anything else, any case (English and Welsh, mutated forms written out). */
  parties: string[];
  /** Party names that are also ordinary words in lower case ("Labour", "Llafur", "Propel"): matched as written. */
  'capitalised-parties'?: string[];
  /** Words that, just after a capitalised name, make it an ordinary word ("Labour market"). */
  'not-before'?: string[];
  /** Words that, just before a capitalised name, make it an ordinary word ("Bowling Greens"). */
  'not-after'?: string[];
  /** Party adjectives ("Conservative", "Labour") that count only before a political noun ("Conservative cuts"). */
  'party-adjectives'?: string[];
  /** Welsh party adjectives, after the noun ("Aelod Ceidwadol", "llywodraeth Lafur"): they count only after a political noun. */
  'party-adjectives-after'?: string[];
  'political-nouns'?: string[];
  /** "vote", "vote for", "pleidleisiwch": political when a party or a person follows. */
  vote?: string[];
  /** Words between a vote word and its party ("for", "dros", "the"). */
  'vote-fillers'?: string[];
  /** A person as the object of a vote ("her", "drosti"). */
  'vote-persons'?: string[];
  slogans?: string[];
  /** Titles of politicians ("MS", "Cllr", "Aelod o'r Senedd"), matched as written. */
  politicians?: string[];
  /**
   * Of the politicians' titles, those that name one only where there is an election to stand
   * in ("candidates", "ymgeiswyr"): exam, job and school-council candidates are no politicians.
   */
  'contest-titles'?: string[];
  /** What makes a post about an election ("by-election", "etholiad", "ward"), beside any party named. */
  'election-words'?: string[];
  /** Elections that are practice, not politics ("mock election", "etholiad ffug", "school council election"): their candidates are no politicians. */
  'mock-elections'?: string[];
  /** Praise or attack of a politician ("brilliant", "shame on", "gwych"). */
  'praise-or-attack'?: string[];
  /**
   * Words that mark a death ("passed away", "bu farw", "y diweddar"): a post holding one is a
   * tribute, where praise of the politician who died is no party politics.
   */
  tributes?: string[];
  /** Statutory election notices: a post holding one may list the parties. */
  'election-notices'?: string[];
  /** Titles of councillors, named during a pre-election period ("Cllr", "Y Cynghorydd"). */
  councillors?: string[];
}

/** After a slogan, words that make it a place: "ar ochr Cymru ger …", "o'r ffin", "of the border", "near". */
const PLACE_AFTER = /^[ \u00A0]+(?:ger|o['’]r|i['’]r|yn[ \u00A0]+(?:ymyl|agos)|near|of[ \u00A0]+the|by[ \u00A0]+the|along)(?![\p{L}])/iu;

type What = 'party' | 'vote' | 'slogan' | 'politician' | 'councillor';
const WHAT: Record<What, [string, string]> = {
  party: ['a political party named', "enw plaid wleidyddol"],
  vote: ['a call to vote for a party or person', 'galwad i bleidleisio dros blaid neu berson'],
  slogan: ['a party campaign slogan', 'slogan ymgyrch plaid'],
  politician: ['praise or criticism of a politician', 'canmol neu feirniadu gwleidydd'],
  councillor: ['a councillor named in publicity', 'cynghorydd wedi’i enwi mewn cyhoeddusrwydd'],
};

interface Hit extends Span { what: What }

/**
 * `conduct/political-neutrality`: party political content in a council post. A party named
 * (outside a statutory election notice, which lists every party), a call to vote for a party
 * or person, a party slogan, or praise or criticism of a named politician. Each is a warning,
 * and an error when the post is published inside a configured pre-election period; inside a
 * period, naming a councillor is a warning too. Praise in a tribute to a politician who has
 * died is not reported. Ambiguous names count only as written
 * ("Labour" but not "labour market"; "Conservative cuts" but not "conservative estimate").
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['parties'],
    properties: {
      parties: stringList,
      'capitalised-parties': stringList,
      'not-before': stringList,
      'not-after': stringList,
      'party-adjectives': stringList,
      'party-adjectives-after': stringList,
      'political-nouns': stringList,
      vote: stringList,
      'vote-fillers': stringList,
      'vote-persons': stringList,
      slogans: stringList,
      politicians: stringList,
      'contest-titles': stringList,
      'election-words': stringList,
      'mock-elections': stringList,
      'praise-or-attack': stringList,
      tributes: stringList,
      'election-notices': stringList,
      councillors: stringList,
    },
  },
  prepare(params) {
    prepareLists([params['election-notices'], params.slogans, params.tributes, params['praise-or-attack'], params.parties, params.vote, params['election-words'], params['mock-elections']], [params.politicians, params.councillors, params['capitalised-parties'], params['party-adjectives'], params['party-adjectives-after']]);
  },
  detect(doc, params, ctx) {
    const post = doc as PostDocument;
    const text = post.prose;
    const parties = partyMentions(post, params);
    const hits: Hit[] = [];
    const notice = hasPhrase(post, params['election-notices'], 0, text.length);
    if (!notice) for (const p of parties) hits.push({ ...p, what: 'party' });
    hits.push(...votes(post, params, parties));
    // A slogan that is also plain words of place ("ar ochr Cymru ger y mynediadau", "on Wales's side of the border") is the place.
    for (const s of findPhrases(post, params.slogans)) if (!PLACE_AFTER.test(text.slice(s.end, s.end + 24))) hits.push({ ...s, what: 'slogan' });
    // A tribute to a politician who has died praises them; that is no party politics (parties,
    // votes and slogans in it are still reported, and so is a councillor named in a period).
    const tribute = findPhrases(post, params.tributes).some((t) => !timeNotDeath(text, t.end));
    const contest = wordSet(params['contest-titles']);
    let contested: boolean | undefined;
    let mock: boolean | undefined;
    const noElection = () => !(contested ??= parties.length > 0 || hasPhrase(post, params['election-words'], 0, text.length));
    for (const t of tribute ? [] : findExact(post, params.politicians)) {
      // Candidates of a mock election (a school's, a youth council's) are pupils, not politicians.
      if (contest.size && contest.has(norm(text.slice(t.start, t.end))) && (noElection() || (mock ??= hasPhrase(post, params['mock-elections'], 0, text.length)))) continue;
      // Within two words either side ("our brilliant MS", "Aelod o'r Senedd gwych", "shame on
      // Cllr Jones"): a whole sentence would take in a councillor quoted praising a building.
      const before = wordsBefore(post, t.start, 3);
      const after = wordsAfter(post, t.end, 3);
      const from = before.length ? before[before.length - 1].start : t.start;
      const to = after.length ? after[after.length - 1].end : t.end;
      for (const w of findPhrases(post, params['praise-or-attack'], from, to)) {
        hits.push({ start: Math.min(t.start, w.start), end: Math.max(t.end, w.end), what: 'politician' });
      }
    }
    const election = electionAt(doc, ctx);
    // A statutory notice or a declared result names the candidates and who was elected: that is
    // the returning officer's duty, not publicity for them.
    if (election && !notice) {
      for (const c of findExact(post, params.councillors)) {
        const name = wordsAfter(post, c.end, 1)[0];
        if (name && capitalised(text, name.start)) hits.push({ start: c.start, end: name.end, what: 'councillor' });
      }
    }
    const period = election ? ` during the pre-election period (${election.name})` : '';
    const periodCy = election ? ` yn ystod y cyfnod cyn yr etholiad (${election.name})` : '';
    // Outside a pre-election period, a party named in a tribute is the life of the person who
    // died ("ei waith yng nghangen leol Plaid Cymru"): information, to check, not a warning.
    // Thanked or praised there ("Huge thanks to Welsh Labour"), it is still a warning.
    const thanked = (h: Span) => {
      const before = wordsBefore(post, h.start, 4);
      const from = before.length ? before[before.length - 1].start : h.start;
      return thanksWithin(text, from, h.start) || findPhrases(post, params['praise-or-attack'], from, h.start).length > 0;
    };
    const biographical = (h: (typeof hits)[number]) => tribute && !election && h.what === 'party' && !thanked(h);
    const severityOf = (h: (typeof hits)[number]) => (election && h.what !== 'councillor' ? {} : { severity: biographical(h) ? ('info' as const) : ('warning' as const) });
    return dropOverlaps(hits).map((h): Match => ({
      start: h.start,
      end: h.end,
      data: { what: WHAT[h.what][0], 'what-cy': WHAT[h.what][1], period, 'period-cy': periodCy },
      ...severityOf(h),
    }));
  },
};

/** Parties named: unambiguous names in any case, ambiguous ones as written and not followed by an ordinary noun. */
function partyMentions(post: PostDocument, params: Params): Span[] {
  const text = post.prose;
  const out: Span[] = findPhrases(post, params.parties);
  const notBefore = wordSet(params['not-before']);
  const political = wordSet(params['political-nouns']);
  const notAfter = wordSet(params['not-after']);
  for (const c of findExact(post, params['capitalised-parties'])) {
    const next = wordsAfter(post, c.end, 1)[0];
    if (next && next.start === c.end + 1 && notBefore.has(norm(next.word))) continue;
    // A word before it, or before its article, that makes it another thing's name: "bowling
    // greens", "Cyfnewidfa Lafur", "Heol y Blaid" (a street).
    const [previous, second] = wordsBefore(post, c.start, 2);
    if (previous && notAfter.has(norm(previous.word))) continue;
    if (previous && second && ['y', 'yr'].includes(norm(previous.word)) && notAfter.has(norm(second.word))) continue;
    // At the start of a sentence a capital proves nothing ("Propel your career"): there the
    // name needs a capitalised word, a political noun or punctuation after it.
    const [sentenceStart] = sentenceAt(text, c.start);
    if (!/[\p{L}\p{N}]/u.test(text.slice(sentenceStart, c.start))) {
      const ok = !next || next.start > c.end + 1 || capitalised(text, next.start) || political.has(norm(next.word));
      if (!ok) continue;
    }
    out.push(c);
  }
  for (const a of findExact(post, params['party-adjectives'])) {
    const next = wordsAfter(post, a.end, 1)[0];
    if (next && political.has(norm(next.word).replace(/^-/, ''))) out.push({ start: a.start, end: next.end });
  }
  for (const a of findExact(post, params['party-adjectives-after'])) {
    const previous = wordsBefore(post, a.start, 1)[0];
    if (previous && political.has(norm(previous.word))) out.push({ start: previous.start, end: a.end });
  }
  return dropOverlaps(out);
}

/** An office right before "Elect": "President Elect", "Chair Elect", "Maer Etholedig". */
const ELECT_TITLE = /(?:President|Chair|Chairman|Chairwoman|Chairperson|Mayor|Leader|Cadeirydd|Llywydd|Maer)[ \u00A0]+$/u;

/** "Vote for Plaid Cymru", "vote Propel", "vote for her", "re-elect Cllr Jones", "pleidleisiwch drosti hi". */
function votes(post: PostDocument, params: Params, parties: Span[]): Hit[] {
  const text = post.prose;
  const fillers = wordSet(params['vote-fillers']);
  const persons = wordSet(params['vote-persons']);
  const titles = findExact(post, params.politicians);
  const out: Hit[] = [];
  for (const v of findPhrases(post, params.vote)) {
    // A title's "Elect" ("County President Elect), Helen …", "Chair Elect, Sian …"): no call to vote.
    if (/^[ \u00A0]*[),;:]/u.test(text.slice(v.end, v.end + 3)) || ELECT_TITLE.test(text.slice(Math.max(0, v.start - 16), v.start))) continue;
    const after = wordsAfter(post, v.end, 3);
    let i = 0;
    while (i < after.length - 1 && fillers.has(norm(after[i].word))) i++;
    const object = after[i];
    if (!object) continue;
    const party = parties.find((p) => p.start === object.start);
    const title = titles.find((t) => t.start === object.start);
    if (party) out.push({ start: v.start, end: party.end, what: 'vote' });
    else if (title) out.push({ start: v.start, end: title.end, what: 'vote' });
    else if (persons.has(norm(object.word))) out.push({ start: v.start, end: object.end, what: 'vote' });
    else if (capitalised(text, object.start)) {
      // A person by full name or title ("vote for Eleri Bowen", "pleidleisiwch dros Mrs Bowen");
      // a first name alone may be a competition's ("vote for Grace in Reader of the Year").
      const [, to] = sentenceAt(text, object.start);
      const person = findPeople(text, object.start, to, lexicon()).find((p) => p.start === object.start);
      if (person && (person.kind !== 'name' || (person.given && /[ \u00A0]/.test(person.text)))) out.push({ start: v.start, end: person.end, what: 'vote' });
    }
  }
  return out;
}

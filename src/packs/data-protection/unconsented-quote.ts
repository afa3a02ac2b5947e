import type { BuiltinDetector, Match, PostDocument, Quote } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, isOrganisationHandle, lexicon, type Lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { bySeatOrParty, FORMER_BEFORE } from '../../pii/context/lexicon.js';
import { mentionedWith } from '../../pii/context/mentions.js';
import { allMatches, matchesWithin, phraseRegex, wordSet, type FoldedRegex } from '../../pii/context/phrases.js';
import { lineAt, sentenceAt, sentenceBefore } from '../../pii/context/sentences.js';
import { attributionAfter, attributionBefore, continuedSpeaker, lineDashes, orphanClosings, RETWEET, unquotedAttributions, type Attribution, type Context } from './lib/quote-attribution.js';
import { QUOTE } from './lib/quote-marks.js';
import { fromOrganisation, organisationBefore, titledAfter } from './lib/organisation-speaker.js';

export interface UnconsentedQuoteParams {
  /** Verbs that attribute quoted words: said, says, told us, tweeted, meddai, dywedodd, yn ôl. */
  'speech-verbs': string[];
  /** Verbs that attribute words with no quotation marks: meddai, according to, yn ôl. */
  'unquoted-verbs'?: string[];
  /** Roles that make the speaker an elected member or officer, not a member of the public. */
  officials?: string[];
  /** Words of an organisation's name, mutated forms written out: "Jo from Example Tenants Association" speaks for it. */
  'organisation-words'?: string[];
  /** Words that describe a member of the public before a quote ("Dywedodd Melaney, un o'r cleifion: …"). */
  'public-words'?: string[];
  /**
   * Offices one person holds ("First Minister", "Prif Weinidog", "council leader"): such an office
   * speaking, unnamed, in the sentence before is the person then named as speaking
   * ("… said Wales' First Minister in his festive message. “…,” said Mark Drakeford.").
   */
  'single-offices'?: string[];
  /** Words that make a quote literature: poem, novel, cerdd, nofel, emyn. */
  'literature-words'?: string[];
  /** Writers whose published words are quoted (dead poets and authors): Dylan Thomas, Waldo Williams. */
  writers?: string[];
  people?: PeopleParams;
}

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/** A colon ending the line before, perhaps with a blank line after it. */
const INTRODUCED = /[:,][ \u00A0]*\r?\n(?:[ \t\u00A0]*\r?\n)?$/;

/** An author in front matter `quotes:` with no permission recorded. */
const LISTED_NOTE = {
  note: 'The author is listed in front matter quotes: but with no permission: record where and when they gave it.',
  noteCy: "Mae'r awdur wedi'i restru yn quotes: yn y front matter, ond heb ganiatâd: cofnodwch ble a phryd y rhoddodd ganiatâd.",
};

/**
 * `dp/unconsented-quote`: words attributed to a member of the public, by name or handle, whose
 * author is not in front matter `quotes:` with a `permission`. Attributed means quoted words
 * next to a speech verb and the speaker ("“…”, said Sian Morgan", "said resident Sian", "Sian
 * Morgan, a resident, said: “…”", "Dywedodd Sian: “…”", "“…” meddai @sian_123"), a dash
 * ("“…” – @sian_123", "… - Sian, Burry Port" ending a line), interview style at the start of a
 * line ("@sian_123: “…”"), a retweet ("RT @sian_123: …"), "meddai", "Yn ôl" or "According to"
 * with a name and no quotation marks, or an author listed in `quotes:` with no permission.
 * Councillors and officers (Cllr, Cyng., "Cabinet Member", spokesperson, a name given such a
 * role anywhere in the post), organisations, anonymous speakers ("one resident"), literature
 * (a known writer, or a poem, book or hymn named beside the quote) are not reported.
 */
export const detector: BuiltinDetector<UnconsentedQuoteParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['speech-verbs'],
    properties: {
      'speech-verbs': { ...stringList, minItems: 1 },
      'unquoted-verbs': stringList,
      officials: stringList,
      'organisation-words': stringList,
      'public-words': stringList,
      'single-offices': stringList,
      'literature-words': stringList,
      writers: stringList,
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params, ctx) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const quotes = post.frontMatter.quotes;
    const hasQuoteMark = /["“‘«„]|(?<![\p{L}\p{N}])'\p{L}/u.test(text);
    const hasRetweet = text.includes('RT @');
    const hasDash = /[–—-]/.test(text);
    const unquoted = phraseRegex(params['unquoted-verbs']);
    const hasUnquotedVerb = matchesWithin(unquoted, text, post.bodyStart, text.length);
    if (!hasQuoteMark && !hasRetweet && !hasDash && !hasUnquotedVerb && !quotes?.length) return [];
    const organisation = ctx.organisation.name?.toLowerCase();
    const officials = phraseRegex(params.officials);
    const offices = phraseRegex(params['single-offices']);
    const organisations = wordSet(params['organisation-words']);
    const c: Context = { text, verbs: phraseRegex(params['speech-verbs']), lex: lexicon(params.people), account: post.frontMatter.account, publicWords: wordSet(params['public-words']), officials, organisations };
    const literature = phraseRegex(params['literature-words']);
    const writers = wordSet(params.writers);
    const consented = consentedAuthors(quotes);
    const listed = listedAuthors(quotes);
    const out: Match[] = [];
    const reported = new Set<string>();
    // `quote`: the quotation's span, whose words are the speaker's, not a description of them.
    const report = (a: Attribution, quote?: [number, number]) => {
      if (a.person.kind === 'official' || a.person.kind === 'addressee' || a.person.kind === 'role') return;
      // Around the person, within the attribution and the person's own sentence (a speaker
      // pointed back to is described where named: "Prif Weithredwr Tai Gogledd Cymru, Paul …").
      // (Further back after "and": the role may stand before a list, "Adjudicators Dr Richard …, of Cardiff University, and Eirian …".)
      // (And for a long role set off after the speech verb: "Dywedodd y Cyfarwyddwr Gweithredol ar gyfer Therapïau a Gwyddorau Iechyd, Adrian …".)
      const back = JOINED_LAST.test(text.slice(Math.max(0, a.person.start - 6), a.person.start)) || VERB_THEN_ROLE.test(text.slice(Math.max(0, a.person.start - 110), a.person.start)) ? 100 : 60;
      const around: [number, number] = [Math.max(Math.min(a.windowStart, sentenceAt(text, a.person.start)[0]), a.person.start - back), Math.min(a.windowEnd, a.person.end + 60)];
      if (officialWithin(officials, text, ...around, a.person.start, quote, c.lex)) return;
      // The role heading the next paragraph, the page's layout having split "Meddai X, Aelod Cabinet …, “…”" (real-text-blind291).
      const below = ROLE_BELOW.exec(text.slice(a.person.end, a.person.end + 8));
      if (below && allMatches(officials, text, a.person.end + below[0].length, a.person.end + below[0].length + 60).some(([s]) => s === a.person.end + below[0].length)) return;
      if (isElected(text, a.person.end, a.person.start) || fromOrganisation(text, a.person.end, organisations, c.publicWords) || organisationBefore(text, a.person.start, organisations)) return;
      // Speaking for a body: "Speaking on behalf of the campaign group, Carl …", "Ar ran y grŵp, dywedodd Carl …".
      if (ON_BEHALF.test(text.slice(Math.max(sentenceAt(text, a.person.start)[0], a.person.start - 80), a.person.start))) return;
      // Another mention of them in a role, or named right after their office spoke unnamed ("Mae arweinydd plaid … wedi dweud … Dywedodd Nathan Example …").
      const official = (s: number, e: number) => {
        const [from, to] = sentenceAt(text, s);
        // A role set off before the name reaches further: "Mae'r aelod cabinet sydd â chyfrifoldeb dros gyllid yng nghyngor …, Bob Example,".
        const reach = /,[ \u00A0]*(?:\p{Lu}[\p{L}'’-]*[ \u00A0]+)?$/u.test(text.slice(Math.max(0, s - 30), s)) ? 100 : 60;
        // A given name mentioned alone ("dywedodd Siân a Hywel", "meddai Huw") is read with the surname it had ("Siân Example AS", "Huw Example, Trysorydd Menter …").
        const named = e + (/^(?:[ \u00A0]+\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}/u.exec(text.slice(e, e + 40))?.[0].length ?? 0);
        if (named > e && (isElected(text, named, s) || titledAfter(text, named, organisations))) return true;
        return officialWithin(officials, text, Math.max(from, s - reach), Math.min(to, e + 60), s, undefined, c.lex) || isElected(text, e, s) || fromOrganisation(text, e, organisations, c.publicWords) || officeSpokeBefore(c, offices, { start: s, end: e, kind: 'name', text: text.slice(s, e) }, s);
      };
      if (mentionedWith(text, post.bodyStart, text.length, a.person, official)) return;
      if (officeSpokeBefore(c, offices, a.person, Math.min(a.person.start, quote?.[0] ?? a.windowStart))) return;
      const author = normaliseAuthor(a.person.text);
      // A writer by full name or by the one name they are known by ("Waldo"); "Huw Bevan" is not Aneurin Bevan.
      if (writers.has(author) || writers.has(firstAndLast(author)) || matchesWithin(literature, text, ...around)) return;
      if (organisation && ` ${organisation} `.includes(` ${author} `)) return;
      if (consented.some((q) => sameAuthor(q, author))) return;
      if (out.some((o) => o.start === a.person.start)) return;
      const listedOnly = listed.some((q) => sameAuthor(q, author));
      reported.add(author);
      out.push({ start: a.person.start, end: a.person.end, sensitive: true, ...(listedOnly ? LISTED_NOTE : {}) });
    };
    if (hasRetweet) {
      RETWEET.lastIndex = 0;
      for (let m = RETWEET.exec(text); m; m = RETWEET.exec(text)) {
        if (isOrganisationHandle(m[1], c.lex, c.account)) continue;
        const start = m.index + 3;
        report({ person: { start, end: start + m[1].length + 1, kind: 'handle', text: `@${m[1]}` }, windowStart: m.index, windowEnd: start + m[1].length + 1 });
      }
    }
    if (hasQuoteMark) {
      QUOTE.lastIndex = 0;
      let previousEnd = 0;
      for (let m = QUOTE.exec(text); m; m = QUOTE.exec(text)) {
        const qStart = m.index;
        const qEnd = qStart + m[0].length;
        const [lineStart, lineEnd] = lineAt(text, qStart);
        // A quote opening its line after a line that ends with a colon or a comma, or after that
        // line and a blank one, is introduced there ("Dywedodd ef:⏎“…”", "Courtney Gray added:⏎⏎"…"",
        // "Dywedodd Mared, sy'n ddisgybl ym mlwyddyn 5,⏎⏎"…"").
        const introduced = lineStart > 0 && !/\S/.test(text.slice(lineStart, qStart)) && INTRODUCED.test(text.slice(Math.max(0, lineStart - 12), lineStart));
        const from = introduced ? lineAt(text, Math.max(text.lastIndexOf(':', lineStart - 1), text.lastIndexOf(',', lineStart - 1)))[0] : lineStart;
        const a = attributionAfter(c, qEnd, lineEnd, qStart) ?? attributionBefore(c, Math.max(from, previousEnd), qStart) ?? continuedSpeaker(c, lineStart, qStart, qEnd, lineEnd);
        previousEnd = qEnd;
        if (a) report(a, [qStart, qEnd]);
      }
    }
    // A closing mark with no opening on its line ends a quote that began on the line before.
    if (hasQuoteMark) for (const a of orphanClosings(c, post.bodyStart)) report(a);
    if (hasDash) for (const a of lineDashes(c, post.bodyStart)) report(a);
    if (hasUnquotedVerb) for (const a of unquotedAttributions(c, unquoted, post.bodyStart)) report(a);
    // An author listed in quotes: with no permission is quoted whether or not the quote was found.
    for (const q of quotes ?? []) {
      const author = normaliseAuthor(q.author ?? '');
      if (!author || (q.permission && q.permission.trim()) || [...reported].some((r) => sameAuthor(r, author))) continue;
      const at = locateAuthor(post, q.author);
      if (at) out.push({ ...at, sensitive: true, ...LISTED_NOTE });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** "on behalf of …," or "ar ran …," (a body, not a family) opening the clause before the speaker, and nothing after its comma but a verb. */
const ON_BEHALF = /(?:^|[^\p{L}])(?:on[ \u00A0]+behalf[ \u00A0]+of|speaking[ \u00A0]+for|ar[ \u00A0]+ran)[ \u00A0]+(?!(?:his|her|their|my|ei|eu|fy|the[ \u00A0]+family|y[ \u00A0]+teulu)(?![\p{L}]))[^.!?;:“”"\n]{1,60},[ \u00A0]*(?:(?:dywedodd|meddai|said)[ \u00A0]+)?$/iu;

/** An infinitive or a modal right before a role word: the word is a verb ("used to nurse", "will chair"). */
const VERB_BEFORE = /(?:^|[^\p{L}])(?:to|will|would|could|can|did|does|do)[ \u00A0]+$/iu;
/** Between such a verb and its object: a space and perhaps a courtesy title ("nurse Mrs Morgan"). */
const OBJECT_GAP = /^[ \u00A0]+(?:(?:mr|mrs|ms|miss|mx|dr)\.?[ \u00A0]+)?$/iu;

/**
 * An official's role word in text[from, to) said of the person at `person`, not one inside
 * their own quotation ("‘The nurses know Milo’s name, not mine,’ Helen said") nor one used as a
 * verb whose object the person is ("Annie Morris, who used to nurse Mrs Morgan": Mrs Morgan was
 * nursed, she is no nurse; "Sian Morgan, who will coach the team" still holds the role).
 */
function officialWithin(officials: FoldedRegex, text: string, from: number, to: number, person: number, quote?: [number, number], lex?: Pick<Lexicon, 'given' | 'ambiguous'>): boolean {
  if (!matchesWithin(officials, text, from, to)) return false;
  const at: RoleAt = { text, person, quote, lex, officials };
  return allMatches(officials, text, from, to).some(([s, e]) => !NOT_THEIR_ROLE.some((notTheirs) => notTheirs(s, e, at)));
}

/** A colon after the name, then a new line (a blank one between, perhaps). */
const ROLE_BELOW = /^[ \u00A0]*:[ \u00A0]*\r?\n(?:[ \t\u00A0]*\r?\n)?/u;

/** A speech verb, then "the" and a role up to a comma right before the name: "said the Executive Director of …, ". */
const VERB_THEN_ROLE = /(?:^|[^\p{L}])(?:dywedodd|meddai|ychwanegodd|said|says|added)[ \u00A0]+(?:y|yr|the)[ \u00A0]+[^,.;:!?"“”\n]{3,90},[ \u00A0]*$/iu;

interface RoleAt { text: string; person: number; quote?: [number, number]; lex?: Pick<Lexicon, 'given' | 'ambiguous'>; officials?: FoldedRegex }

/** A role word at [s, e) that is not the person's: each test names why. */
const NOT_THEIR_ROLE: ReadonlyArray<(s: number, e: number, at: RoleAt) => boolean> = [
  // Inside their own quotation: "‘The nurses know Milo’s name, not mine,’ Helen said".
  function inTheirQuote(s, e, { quote }) {
    return quote !== undefined && s >= quote[0] && e <= quote[1];
  },
  // A verb whose object the person is: "who used to nurse Mrs Morgan".
  function verbOfThem(s, e, { text, person }) {
    return e <= person && OBJECT_GAP.test(text.slice(e, person)) && VERB_BEFORE.test(text.slice(Math.max(0, s - 12), s));
  },
  // Another person's, joined after theirs: "Freya and the Leader", "Freya a'r Aelod Cynulliad".
  function joinedAfter(s, _e, { text, person }) {
    return s > person && JOINED_BEFORE.test(text.slice(Math.max(person, s - 12), s));
  },
  // Another named person's, before theirs: "Yn fodryb i'r rheolwr Shan Meyor, mae Mair …".
  // (Not a plural role over a list of names: "Adjudicators Dr Richard …, of …, and Eirian …".)
  function someoneElseNamed(s, e, { text, person, lex, officials }) {
    return e <= person && lex !== undefined && otherNamed(text.slice(e, person), lex) && !pluralRole(text.slice(s, e), officials);
  },
  // Another's, owned by a thing after the person: "bryder fod penderfyniad yr Ombwdsmon …", "the decision of the Ombudsman", "the Ombudsman's report".
  function ownedAfter(s, e, { text, person }) {
    if (ONE_OF_BEFORE.test(text.slice(Math.max(0, s - 16), s))) return false; // "one of the directors"
    return s > person && (GENITIVE_BEFORE.test(text.slice(Math.max(person, s - 30), s)) || /^['’]s(?!\p{L})/u.test(text.slice(e, e + 3)));
  },
  // A rank's letters that are other things too ("DC", "PC", "DS"): a rank only right before the
  // name or opening it ("said DC Gareth …", "meddai PC Jones"; not "lives in Washington DC").
  function lettersAway(s, e, { text, person }) {
    return RANK_LETTERS.test(text.slice(s, e)) && s !== person && !(e <= person && /^[ \u00A0]+$/.test(text.slice(e, person)));
  },
  // Held once: "retired teacher", "cyn-athrawes", "a teacher before retiring".
  function heldOnce(s, e, { text }) {
    const before = text.slice(Math.max(0, s - 50), s);
    return FORMER_BEFORE.test(before.slice(-12)) || FORMER_WORDS_BEFORE.test(before.slice(-40)) || WORKED_AS.test(before) || FORMER_AFTER.test(text.slice(e, e + 40));
  },
  // A plural role is a group's, the person's only as one of them or in a list of its members:
  // "un o'r beirniaid", "The adjudicators were Aled …, Elan …"; not "While the judges deliberated,
  // the audience were entertained by … Richard and Adam".
  function pluralAway(s, e, { text, person, officials }) {
    if (!pluralRole(text.slice(s, e), officials) || ONE_OF_BEFORE.test(text.slice(Math.max(0, s - 16), s))) return false;
    return e <= person && !NAMES_BETWEEN.test(text.slice(e, person));
  },
  // A relative's, named after the person: "said Richard …, whose father was a deacon", "Huw …, a'i wraig yn ficer".
  function kinsRole(s, _e, { text, person }) {
    return s > person && KIN_BETWEEN.test(text.slice(person, s));
  },
  // The subject's, with the person in the clause it governs: "Roedd y beirniaid yn unfrydol mai
  // Esyllt … oedd yn fuddugol", "the judges agreed that Esyllt … had won".
  function clauseBetween(_s, e, { text, person }) {
    return e <= person && CLAUSE_WORD.test(text.slice(e, person));
  },
];
const KIN_BETWEEN = /(?:^|[^\p{L}])(?:whose|his|her|their|ei|eu|a['’]i|a['’]u)[ \u00A0]+(?:late[ \u00A0]+|diweddar[ \u00A0]+)?(?:father|mother|dad|mum|husband|wife|son|daughter|brother|sister|grandfather|grandmother|grandad|partner|uncle|aunt|tad|dad|thad|fam|mam|gŵr|wraig|mab|fab|merch|ferch|brawd|frawd|chwaer|taid|nain|ewythr|modryb)(?![\p{L}])[^.!?;:\n]{0,40}$/iu;
/** A role word in the plural: Welsh endings, or an English "-s" whose singular is a role too ("judges"; not "athrawes"). */
const pluralRole = (word: string, officials: FoldedRegex | undefined) =>
  PLURAL_ROLE.test(word) || (/s$/iu.test(word) && officials !== undefined && [word.slice(0, -1), word.slice(0, -2)].some((w) => matchesWithin(officials, w, 0, w.length)));
/** A Welsh role word in the plural: "-iaid", "-wyr", "-ion" ("beirniaid", "ymddiriedolwyr", "perchnogion"). */
const PLURAL_ROLE = /(?:iaid|wyr|ion)$/iu;
const ONE_OF_BEFORE = /(?:one[ \u00A0]+of|un[ \u00A0]+o|among|ymhlith)(?:[ \u00A0]+the|['’]r)?[ \u00A0]+$/iu;
/**
 * Between a plural role and a name, only a copula, names and their joins, each name perhaps with
 * its body: "were Aled …, Elan … and", "Dr Richard …, of Cardiff University, and".
 */
const NAMES_BETWEEN = /^[ \u00A0]*(?:(?:were|are|yw|oedd|ydy|ydi)[ \u00A0]+|[:,][ \u00A0]*)?(?:(?:\p{Lu}[\p{L}'’-]*|and|a|ac|&|(?:of|from|o)(?=[ \u00A0]+\p{Lu}))[ \u00A0,]*)*$/u;
/** A word opening a clause that states something ("mai", "fod", "that"). */
const CLAUSE_WORD = /(?:^|[^\p{L}'’])(?:mai|taw|fod|bod|that)[ \u00A0]/iu;
/** Police ranks' letters that are also a place's, a computer's or a sound system's. */
const RANK_LETTERS = /^(?:dc|ds|dci|pc|sgt)$/iu;
/** Before a role, a noun it follows in a genitive ("penderfyniad yr", "adroddiad y") or "of the", "by the". */
const GENITIVE_BEFORE = /(?:(?:^|[^\p{L}])\p{Ll}{3,}[ \u00A0]+(?:y|yr)|(?:^|[^\p{L}])(?:of|by)[ \u00A0]+the)[ \u00A0]+$/u;
/** "Retired" or "former" a word or two before the role: "a retired maths teacher", "a former primary school teacher". */
const FORMER_WORDS_BEFORE = /(?:^|[^\p{L}])(?:[Rr]etired|[Ff]ormer)[ \u00A0]+(?:\p{Ll}[\p{L}'’-]*[ \u00A0]+){1,2}$/u;
/** A job told in the past: "Mrs … worked as a clerk", "used to work as", "had been a", "bu'n gweithio fel", "Bu Mrs … yn gweithio fel". */
const WORKED_AS = /(?:^|[^\p{L}])(?:(?:worked|used[ \u00A0]+to[ \u00A0]+work|bu['’]n[ \u00A0]+gweithio|arferai[ \u00A0]+weithio)[ \u00A0]+(?:as|fel)(?:[ \u00A0]+(?:a|an))?|had[ \u00A0]+been[ \u00A0]+(?:a|an)|(?:bu|roedd)(?![\p{L}])[^.!?\n]{0,30}?[ \u00A0]yn[ \u00A0]+gweithio[ \u00A0]+fel)[ \u00A0]+(?:\p{Ll}[\p{L}'’-]*[ \u00A0]+){0,2}$/iu;
/** After a role, what makes it one held once: "athrawes cyn ymddeol", "athro mathemateg wedi ymddeol", "a teacher before retiring". */
const FORMER_AFTER = /^[ \u00A0]+(?:(?:\p{Ll}[\p{L}'’-]*[ \u00A0]+)?wedi[ \u00A0]+ymddeol|cyn[ \u00A0]+(?:ymddeol|iddi[ \u00A0]+ymddeol|iddo[ \u00A0]+ymddeol)|before[ \u00A0]+(?:retiring|(?:she|he)[ \u00A0]+retired)|until[ \u00A0]+(?:she|he)[ \u00A0]+retired)(?![\p{L}])/iu;
/** A role followed by someone else's name (a known given name first) before the person's: "Yn fodryb i'r rheolwr Shan Meyor, mae Mair …". */
const otherNamed = (gap: string, lex: Pick<Lexicon, 'given' | 'ambiguous'>) => {
  // Any word of the run but its last ("UAC Ian Rickman,": a body's letters, then the name).
  const words = OTHER_NAMED.exec(gap)?.[0].replace(/[,;.\s\u00A0]+$/u, '').trim().split(/[ \u00A0]+/).slice(0, -1) ?? [];
  return words.some((w) => lex.given.has(w.toLowerCase()) && !lex.ambiguous.has(w.toLowerCase()));
};
const OTHER_NAMED = /^[ \u00A0]+(\p{Lu}[\p{L}'’-]+)(?:[ \u00A0]+\p{Lu}[\p{L}'’-]+)*[ \u00A0]*[,;.]/u;
/** The last of a list of names: right after "and", "ac", "a", "&". */
const JOINED_LAST = /[ \u00A0,](?:and|ac|a|&)[ \u00A0]+$/u;
/** A role after "and (the)", "a'r": another person's ("mae Freya a'r Aelod Cynulliad Neil …", "Freya and the Leader"). */
const JOINED_BEFORE = /(?:^|[^\p{L}])(?:and|&|ac|a['’]r|with|gyda|efo)[ \u00A0]+(?:the[ \u00A0]+|y[ \u00A0]+|yr[ \u00A0]+)?$/iu;

/**
 * An office one person holds, speaking unnamed in the sentence before the person's, with no one
 * named there and nothing in the person's sentence making them a member of the public: the
 * person named next is its holder ("… said Wales' First Minister. “…,” said Mark Drakeford.").
 */
function officeSpokeBefore(c: Context, offices: FoldedRegex, person: PersonRef, from: number): boolean {
  const { text } = c;
  const end = sentenceAt(text, person.start)[1];
  if (text.slice(sentenceAt(text, from)[0], end).toLowerCase().split(/[^\p{L}\p{M}]+/u).some((w) => c.publicWords.has(w))) return false;
  // The sentence before the attribution's (its quote's, when the quote comes first), or before
  // its line (a quote of several sentences: "“Nadolig Llawen i bawb. I wish you …,” said …").
  return [sentenceAt(text, from)[0], lineAt(text, from)[0]].some((start) => {
    const before = sentenceBefore(text, start, 2);
    // Speaking or announcing: "Mae prif weithredwr Cyngor … wedi cyhoeddi y bydd yn ymddeol. Yn ôl Bronwen …".
    if (!before || !matchesWithin(offices, text, before.start, before.end) || !(matchesWithin(c.verbs, text, before.start, before.end) || ANNOUNCED.test(text.slice(before.start, before.end)))) return false;
    return !findPeople(text, before.start, before.end, c.lex, { account: c.account }).some((p) => p.kind !== 'role');
  });
}

/** An office announcing, the sentence before its holder is named: "has announced", "wedi cyhoeddi". */
const ANNOUNCED = /(?<![\p{L}])(?:announced|announces|announcing|cyhoeddi|cyhoeddodd|gyhoeddi|gyhoeddodd)(?![\p{L}])/iu;

/** "dylan marlais thomas" as "dylan thomas"; a one-word name as it is. */
function firstAndLast(author: string): string {
  const words = author.split(' ');
  return words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : author;
}

/** An elected member's letters (case-sensitive: "am" and "as" are words), not the condition ("MS patient"). */
const MEMBER = String.raw`(?:AS|MS|MP|AoS|ASau|MSs|MPs|AM|AC|MEP)(?![\p{L}\p{N}])(?![ \u00A0]+(?:patients?|sufferers?|diagnosis|symptoms|nurse|claf|cleifion)(?![\p{L}]))`;
/** The letters right after the name, or in an apposition about them: "Elin Jones AS", "Samuel Kurtz, MS for …", "Mr Gruffydd, Plaid Cymru’s North Wales AM,", "Simon …, the MP for the Chirk area,". */
const MEMBER_AFTER = new RegExp(String.raw`^(?:(?:[ \u00A0]+|,[ \u00A0]*)${MEMBER}|,[ \u00A0]*(?!(?:who|whose|which|sy['’]n|sydd|a[ \u00A0]+(?:oedd|fu|wnaeth))(?![\p{L}]))[^,.;:!?“”"\n]{0,50}[ \u00A0]${MEMBER}(?:[ \u00A0]+(?:for|dros)[^,.;:!?“”"\n]{1,50})?[ \u00A0]*,)`, 'u');
/** The letters right before the name, as a title, perhaps with the seat: "Plaid Cymru AM Llyr Gruffydd", "AS Arfon, Sian Example", "AM for Arfon, Sian Example". */
const MEMBER_BEFORE = new RegExp(String.raw`(?<![\p{L}])${MEMBER}(?:[ \u00A0]+(?:lleol|leol|local))?(?:[ \u00A0]+(?:for|dros))?(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]*){0,3},?[ \u00A0]+$`, 'u');

/** The given names before a surname ("Llyr " in "AM Llyr Example"): the letters stand before them. */
const GIVEN_BEFORE = /(?:\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*[ \u00A0]+)*$/u;

/** An elected member, by the letters about the name (or a word of it) at [start, end). */
function isElected(text: string, end: number, start = end): boolean {
  return MEMBER_AFTER.test(text.slice(end, end + 80)) || MEMBER_BEFORE.test(text.slice(Math.max(0, start - 40), start).replace(GIVEN_BEFORE, '')) || bySeatOrParty(text, start, end);
}


/** Where a listed author appears: in the body, else their front matter value. */
function locateAuthor(post: PostDocument, author: string): { start: number; end: number } | undefined {
  const body = post.text.slice(post.bodyStart).toLowerCase();
  const at = body.indexOf(author.toLowerCase());
  if (at >= 0) return { start: post.bodyStart + at, end: post.bodyStart + at + author.length };
  const head = post.text.slice(0, post.bodyStart).indexOf(author);
  return head >= 0 ? { start: head, end: head + author.length } : undefined;
}

const TITLE = /^(?:mr|mrs|ms|miss|mx|dr|prof|rev|parch)\.?\s+/;

function normaliseAuthor(author: string): string {
  return author.toLowerCase().replace(/’/g, "'").replace(/^@/, '').replace(TITLE, '').replace(/\s+/g, ' ').trim();
}

/** "Sian" in the post is covered by permission recorded for "Sian Morgan", and the other way round. */
function sameAuthor(a: string, b: string): boolean {
  if (!a || !b) return false;
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

function consentedAuthors(quotes: Quote[] | undefined): string[] {
  return (quotes ?? []).filter((q) => q.permission && q.permission.trim()).map((q) => normaliseAuthor(q.author));
}

function listedAuthors(quotes: Quote[] | undefined): string[] {
  return (quotes ?? []).map((q) => normaliseAuthor(q.author));
}

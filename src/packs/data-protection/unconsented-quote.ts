import type { BuiltinDetector, Match, PostDocument, Quote } from '../../model/index.js';
import {
  PEOPLE_PARAMS_SCHEMA, findPeople, isNotName, isOrganisationHandle, lexicon, mentionedWith, type Lexicon, type PeopleParams, type PersonRef,
} from '../../pii/context/people.js';
import { matchesWithin, phraseRegex, wordSet, type FoldedRegex } from '../../pii/context/phrases.js';
import { endsSentence, lineAt, sentenceAt } from '../../pii/context/sentences.js';

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
  /** Words that make a quote literature: poem, novel, cerdd, nofel, emyn. */
  'literature-words'?: string[];
  /** Writers whose published words are quoted (dead poets and authors): Dylan Thomas, Waldo Williams. */
  writers?: string[];
  people?: PeopleParams;
}

/**
 * Curly, straight, single curly (an inner ’ before a letter is an apostrophe), guillemets,
 * low-9, and straight single: opening before a letter where no letter precedes, closing after
 * a letter or a stop where none follows, apostrophes inside ("'Mae'r criw yn wych.'", "'it's
 * great'") skipped. A curly quote opened and not closed on its line is a quotation that runs on
 * into the next paragraph, as news writes a long one ("Eglurodd John: “Rwy'n byw yn lleol …").
 */
const QUOTE = /“[^”\n]{1,500}”|“[^”\n]{1,500}(?=\n|$)|"[^"\n]{1,500}"|‘(?:[^‘’\n]|’(?=\p{L})){1,500}’|«[^»\n]{1,500}»|„[^“”\n]{1,500}[“”]|(?<![\p{L}\p{N}'’])'(?=\p{L})(?:[^'\n]|'(?=\p{L})){1,500}?[\p{L}\p{N}.!?,…)]'(?![\p{L}\p{N}])/gu;
/** A retweet quotes its author whether or not there are quotation marks. */
const RETWEET = /(?<![\p{L}\p{N}_])RT @([A-Za-z0-9_]{2,15}):/gu;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*`;
const NAME_AFTER = new RegExp(`^[ \\u00A0]+(${WORD}(?:[ \\u00A0]+${WORD}){0,2})`, 'u');
const SENTENCE_END = /[.!?;](?=\s|$)/u;
/** A dash after a quote, or at the end of a testimonial line: "“…” – @sian_123", "… - Sian, Burry Port". */
const DASH = /^[ \u00A0,.!?\p{Extended_Pictographic}\u200D\uFE0F]{0,12}(?:[–—]|-{1,2})[ \u00A0]*/u;
const LINE_DASH = /[ \u00A0](?:[–—]|-{1,2})[ \u00A0]*(?=[@\p{Lu}])/gu;
/** Descriptions between a verb and the speaker: "said resident Sian", "said Burry Port mum-of-two Sian". */
const DESCRIPTION = /^[ \u00A0]+(?:(?:[\p{Ll}\p{N}][\p{L}\p{N}'’-]*|\p{Lu}[\p{L}'’-]*)[ \u00A0]+){0,4}$/u;

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

interface Attribution { person: PersonRef; windowStart: number; windowEnd: number }
interface Context { text: string; verbs: FoldedRegex; lex: Lexicon; account?: string; publicWords: Set<string> }

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
    const c: Context = { text, verbs: phraseRegex(params['speech-verbs']), lex: lexicon(params.people), account: post.frontMatter.account, publicWords: wordSet(params['public-words']) };
    const officials = phraseRegex(params.officials);
    const organisations = wordSet(params['organisation-words']);
    const literature = phraseRegex(params['literature-words']);
    const writers = wordSet(params.writers);
    const consented = consentedAuthors(quotes);
    const listed = listedAuthors(quotes);
    const out: Match[] = [];
    const reported = new Set<string>();
    const report = (a: Attribution) => {
      if (a.person.kind === 'official' || a.person.kind === 'addressee' || a.person.kind === 'role') return;
      const around: [number, number] = [Math.max(a.windowStart, a.person.start - 60), Math.min(a.windowEnd, a.person.end + 60)];
      if (matchesWithin(officials, text, ...around)) return;
      if (isElected(text, a.person.end) || fromOrganisation(text, a.person.end, organisations) || organisationBefore(text, a.person.start, organisations)) return;
      const official = (s: number, e: number) => {
        const [from, to] = sentenceAt(text, s);
        return matchesWithin(officials, text, Math.max(from, s - 60), Math.min(to, e + 60)) || isElected(text, e) || fromOrganisation(text, e, organisations);
      };
      if (mentionedWith(text, post.bodyStart, text.length, a.person, official)) return;
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
        const a = attributionAfter(c, qEnd, lineEnd) ?? attributionBefore(c, Math.max(lineStart, previousEnd), qStart);
        previousEnd = qEnd;
        if (a) report(a);
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

/** Between the speaker and a colon before the quote: nothing, or where they are from ("in Llandeilo", "o Landysul"). */
const SPEAKER_COLON = /^((?:[ \u00A0]+(?:in|from|of|at|o|yn|ym|ger|near)[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}\p{M}'’-]*)?)?)[ \u00A0]*:[ \u00A0]*$/u;
/** Words that introduce what follows as someone's words: "words from", "this from", "message from", "geiriau … gan", "neges gan". */
const SOURCE_BEFORE = /(?:^|[^\p{L}])(?:from|by|gan|oddi[ \u00A0]+wrth|wrth)[ \u00A0]*$/iu;

/** "dylan marlais thomas" as "dylan thomas"; a one-word name as it is. */
function firstAndLast(author: string): string {
  const words = author.split(' ');
  return words.length > 2 ? `${words[0]} ${words[words.length - 1]}` : author;
}

/** "Gwion o Fenter Iaith Sir Ddinbych", "Jo from the Example Tenants Association": a capitalised name after "from" or "o" holding an organisation word. */
function fromOrganisation(text: string, end: number, words: Set<string>): boolean {
  if (!words.size) return false;
  // A Title Case job title and organisation after the name: "Deborah Owen, Prif Lyfrgellydd
  // Cyngor Sir Ddinbych", "Sian Evans, Head of Libraries, Example Council".
  const titled = TITLED_ROLE.exec(text.slice(end, end + 100));
  if (titled?.[1].split(/[ \u00A0,]+/u).some((w) => words.has(w.toLowerCase()))) return true;
  const m = /^[ \u00A0]*,?[ \u00A0]*(?:from|of|at|with|on[ \u00A0]+behalf[ \u00A0]+of|o|gyda|efo|ar[ \u00A0]+ran)[ \u00A0]+(?:the[ \u00A0]+|y[ \u00A0]+|yr[ \u00A0]+)?(\p{Ll}+[ \u00A0]+)?((?:\p{Lu}[\p{L}'’&-]*[ \u00A0]*){1,6})/u.exec(text.slice(end, end + 80));
  return m !== null && (words.has(m[1]?.trim() ?? '') || m[2]!.split(/[ \u00A0]+/).some((w) => words.has(w.toLowerCase())));
}

const TITLE_WORD = String.raw`(?:\p{Lu}[\p{L}'’&-]*|of|for|and|the|y|yr|a|ac|dros)`;
const TITLED_ROLE = new RegExp(String.raw`^[ \u00A0]*,[ \u00A0]*(${TITLE_WORD}(?:,?[ \u00A0]+${TITLE_WORD}){1,9})`, 'u');

/** "ar ran tîm Pêl-rwyd …", "on behalf of the club", "tîm …": an organisation's name, not a person's. */
function organisationBefore(text: string, start: number, words: Set<string>): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  if (/(?:ar[ \u00A0]+ran|on[ \u00A0]+behalf[ \u00A0]+of)[ \u00A0]+(?:the[ \u00A0]+|y[ \u00A0]+|yr[ \u00A0]+)?(?:[\p{L}'’-]+[ \u00A0]+)?$/iu.test(before)) return true;
  const previous = /([\p{L}'’-]+)[ \u00A0]+$/u.exec(before)?.[1]?.toLowerCase();
  return previous !== undefined && words.has(previous);
}

/** "Elin Jones AS", "Jane Dodds MS", "Sian Evans MP": an elected member's letters after the name. */
function isElected(text: string, end: number): boolean {
  return /^[ \u00A0]+(?:AS|MS|MP|AoS|ASau|MSs|MPs|AM|MEP)(?![\p{L}\p{N}])/u.test(text.slice(end, end + 8));
}

/** The speaker found at `at` (a name, a title, a handle), or a capitalised word there that is no place: "said Bob". */
function speakerAt(c: Context, people: PersonRef[], at: number, to: number): PersonRef | undefined {
  const person = people.find((p) => p.start === at);
  if (person) return person;
  const named = NAME_AFTER.exec(' ' + c.text.slice(at, to));
  if (!named) return undefined;
  const words = named[1].toLowerCase().split(/\s+/).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  if (c.lex.leading.has(words[0]) || /^i(?:['’]|$)/u.test(words[0]) || words.some((w) => isNotName(w, c.lex))) return undefined;
  return { start: at, end: at + named[1].length, kind: 'name', text: named[1] };
}

/** "“…”, said Sian Morgan" / "“…” Sian said" / "“…” meddai @sian_123" / "“…” – @sian_123". */
function attributionAfter(c: Context, from: number, lineEnd: number): Attribution | undefined {
  const { text } = c;
  let to = Math.min(lineEnd, from + 80);
  const next = text.slice(from, to).search(/["“‘«„]/u);
  if (next >= 0) to = from + next;
  const dash = DASH.exec(text.slice(from, to));
  if (dash && /[–—-]/.test(dash[0])) {
    const at = from + dash[0].length;
    const person = findPeople(text, at, to, c.lex, { account: c.account }).find((p) => p.start === at);
    return person ? { person, windowStart: from, windowEnd: to } : undefined;
  }
  const stop = SENTENCE_END.exec(text.slice(from + 2, to));
  if (stop) to = from + 2 + stop.index;
  const { re, text: window } = c.verbs.on(text.slice(from, to));
  re.lastIndex = 0;
  const verb = re.exec(window);
  if (!verb || verb.index > 30) return undefined;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const people = findPeople(text, from, to, c.lex, { account: c.account });
  const person = people.find((p) => (p.start >= verbEnd && described(c, verbEnd, p.start)) || (p.end <= verbStart && describedAfter(c, p.end, verbStart)));
  if (person) return { person, windowStart: from, windowEnd: to };
  if (people.some((p) => p.kind === 'handle')) return undefined;
  // "said Bob": a capitalised word right after the verb is the speaker, known name or not.
  const at = verbEnd + (/^[ \u00A0]+/.exec(text.slice(verbEnd, to))?.[0].length ?? 0);
  const named = at > verbEnd ? speakerAt(c, [], at, to) : undefined;
  return named ? { person: named, windowStart: from, windowEnd: to } : undefined;
}

/** Whether text[verbEnd, at) is at most a short description of the speaker: "said resident ", "said Llanelli mum ". */
function described(c: Context, verbEnd: number, at: number): boolean {
  const gap = c.text.slice(verbEnd, at);
  if (at - verbEnd <= 6 && !/[.!?;:,]/.test(gap)) return true;
  if (gap.length > 40 || !DESCRIPTION.test(gap)) return false;
  return gap.trim().split(/[ \u00A0]+/).every((w) => !/^\p{Lu}/u.test(w) || isNotName(w.toLowerCase(), c.lex));
}

/** Whether text[end, verbStart) only describes the speaker: " ", ", a resident of Llanelli, ", " from Llanelli ", ", 34, ". */
function describedAfter(c: Context, end: number, verbStart: number): boolean {
  const gap = c.text.slice(end, verbStart);
  return gap.length <= 3 || (gap.length <= 50 && !/[.!?;:“”"\n]/u.test(gap) && gap.trim().split(/[ \u00A0]+/).length <= 7);
}

/** A relative clause on the speaker, to the quote: ", who joined the walk …:", ", a ymunodd â'r digwyddiad …:". */
const RELATIVE_APPOSITION = /^[ \u00A0]*,[ \u00A0]+(?:who|whose|a|sy['’]n|sydd|oedd)[ \u00A0][^.!?;“”"\n]*[:,]?[ \u00A0]*$/iu;
/** "Sian Morgan said: “…”" / "Dywedodd Sian: “…”" / "As @sian_123 tweeted, “…”" / "@sian_123: “…”" at a line's start. */
function attributionBefore(c: Context, lineStart: number, quoteStart: number): Attribution | undefined {
  const { text } = c;
  let from = Math.max(lineStart, quoteStart - 160);
  // The sentence before ends at a stop that is not an abbreviation's ("Dywedodd y Cyng. Nia …").
  for (let i = quoteStart - 1; i >= from; i--) {
    if (/[.!?;]/.test(text[i]) && endsSentence(text, i)) {
      from = i + 1;
      break;
    }
  }
  const people = findPeople(text, from, quoteStart, c.lex, { account: c.account });
  const last = people[people.length - 1];
  // Interview style: the speaker at the start of the line or sentence, a colon, the quote; or
  // the words introduced as theirs, "Kind words from Mr Davies in Llandeilo: '…'", "Geiriau
  // hyfryd gan Huw o Landysul: '…'", "Loved this from @sian_123: “…”".
  const colon = last && SPEAKER_COLON.exec(text.slice(last.end, quoteStart));
  if (colon) {
    const lead = text.slice(from, last.start);
    if (SOURCE_BEFORE.test(lead) || (!colon[1] && !/[\p{L}\p{N}]/u.test(lead))) {
      return last.kind !== 'name' || last.given ? { person: last, windowStart: from, windowEnd: quoteStart } : undefined;
    }
  }
  const { re, text: window } = c.verbs.on(text.slice(from, quoteStart));
  re.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) verb = m;
  if (!verb) return undefined;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  // "Sian Morgan, a resident, said: “…”": the verb next to the quote. "Dywedodd Sian Morgan o
  // Borth Tywyn wrthym: “…”": the speaker after the verb, and a short description to the quote.
  // A longer gap only as a relative clause about the speaker ("Said Richard, who joined the walk …: “…”").
  const near = (at: number) => quoteStart - at <= 25 || (quoteStart - at <= 50 && !/[.!?;“”"]/u.test(text.slice(at, quoteStart))) || (quoteStart - at <= 130 && RELATIVE_APPOSITION.test(text.slice(at, quoteStart)));
  const person =
    people.find((p) => (p.end <= verbStart && near(verbEnd) && describedAfter(c, p.end, verbStart)) || (p.start >= verbEnd && described(c, verbEnd, p.start) && near(p.end))) ??
    unlistedAfter(c, verbEnd, quoteStart, near);
  return person ? { person, windowStart: from, windowEnd: quoteStart } : undefined;
}

/**
 * A name no list knows right after the verb, described as a member of the public before the
 * quote: "Dywedodd Melaney, un o’r cleifion: “…”". Without such words it may be a company's
 * ("Dywedodd Aldi, sy'n noddi'r digwyddiad: “…”").
 */
function unlistedAfter(c: Context, verbEnd: number, quoteStart: number, near: (at: number) => boolean): PersonRef | undefined {
  const space = /^[ \u00A0]+/u.exec(c.text.slice(verbEnd, verbEnd + 4));
  if (!space) return undefined;
  const speaker = speakerAt(c, [], verbEnd + space[0].length, quoteStart);
  if (!speaker) return undefined;
  const described = c.text.slice(speaker.end, quoteStart);
  if (!near(speaker.end) || !/^,[^.!?;“”"\n]*:?[ \u00A0]*$/u.test(described)) return undefined;
  if (!described.toLowerCase().split(/[^\p{L}\p{M}]+/u).some((w) => c.publicWords.has(w))) return undefined;
  return speaker;
}

/** “The park is lovely now.⏎Thanks to the team,” said Sian: the attribution after a closing mark whose quote began a line above. */
function orphanClosings(c: Context, bodyStart: number): Attribution[] {
  const out: Attribution[] = [];
  for (let at = c.text.indexOf('”', bodyStart); at >= 0; at = c.text.indexOf('”', at + 1)) {
    const [lineStart, lineEnd] = lineAt(c.text, at);
    if (c.text.slice(lineStart, at).includes('“')) continue;
    const a = attributionAfter(c, at + 1, lineEnd);
    if (a) out.push(a);
  }
  return out;
}

/** A testimonial line ending in a dash and its author: "Great service! – @sian_123", "… - Sian, Burry Port". */
function lineDashes(c: Context, bodyStart: number): Attribution[] {
  const { text } = c;
  const out: Attribution[] = [];
  LINE_DASH.lastIndex = bodyStart;
  for (let m = LINE_DASH.exec(text); m; m = LINE_DASH.exec(text)) {
    const at = m.index + m[0].length;
    const [lineStart, lineEnd] = lineAt(text, at);
    const tail = text.slice(at, lineEnd);
    // Words that end like something said ("…!", "….", "…”", an emoji), then the author ending
    // the line: a handle, or a name with a place ("Sian, Burry Port").
    const said = text.slice(lineStart, m.index).trim();
    if (said.split(/\s+/).length < 3 || /[\p{L}\p{N},:;]$/u.test(said)) continue;
    const handle = /^@[A-Za-z0-9_.]{2,30}[ \u00A0]*[.!]?[ \u00A0]*$/u.test(tail);
    const place = /^(\p{Lu}[\p{L}'’-]*(?:[ \u00A0]\p{Lu}[\p{L}'’-]*)?),[ \u00A0]*\p{Lu}[\p{L}'’ -]{1,30}[.!]?[ \u00A0]*$/u.exec(tail);
    let person: PersonRef | undefined;
    if (handle) person = findPeople(text, at, lineEnd, c.lex, { account: c.account }).find((p) => p.start === at && p.kind === 'handle');
    else if (place && !place[1].split(/[ \u00A0]/).some((w) => isNotName(w.toLowerCase(), c.lex))) {
      person = { start: at, end: at + place[1].length, kind: 'name', text: place[1] };
    }
    if (person) out.push({ person, windowStart: lineStart, windowEnd: lineEnd });
  }
  return out;
}

/** "meddai Sian", "Yn ôl Sian Morgan, …", "According to @sian_123, …": attributed words with no quotation marks. */
function unquotedAttributions(c: Context, unquoted: FoldedRegex, bodyStart: number): Attribution[] {
  const { text } = c;
  const out: Attribution[] = [];
  const { re, text: scan } = unquoted.on(text);
  re.lastIndex = bodyStart;
  for (let m = re.exec(scan); m; m = re.exec(scan)) {
    const end = m.index + m[0].length;
    const [, lineEnd] = lineAt(text, end);
    const to = Math.min(lineEnd, end + 120);
    const people = findPeople(text, end, to, c.lex, { account: c.account });
    const person = people.find((p) => described(c, end, p.start));
    if (!person) continue;
    // "Yn ôl Sian Morgan, …" and "According to Sian, …": the name ends its clause.
    if (!/^medd/iu.test(m[0]) && !/^[ \u00A0]*,/u.test(text.slice(person.end, person.end + 3))) continue;
    out.push({ person, windowStart: m.index, windowEnd: to });
  }
  return out;
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

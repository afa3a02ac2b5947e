import type { BuiltinDetector, Match, PostDocument, Quote } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, isNotName, isOrganisationHandle, lexicon, type Lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { matchesWithin, phraseRegex, type FoldedRegex } from '../../pii/context/phrases.js';
import { lineAt } from '../../pii/context/sentences.js';

export interface UnconsentedQuoteParams {
  /** Verbs that attribute quoted words: said, says, told us, tweeted, meddai, dywedodd, yn ôl. */
  'speech-verbs': string[];
  /** Roles that make the speaker an elected member or officer, not a member of the public. */
  officials?: string[];
  people?: PeopleParams;
}

/** Curly, straight, single curly (an inner ’ before a letter is an apostrophe), guillemets, low-9. */
const QUOTE = /“[^”\n]{1,500}”|"[^"\n]{1,500}"|‘(?:[^‘’\n]|’(?=\p{L})){1,500}’|«[^»\n]{1,500}»|„[^“”\n]{1,500}[“”]/gu;
/** A retweet quotes its author whether or not there are quotation marks. */
const RETWEET = /(?<![\p{L}\p{N}_])RT @([A-Za-z0-9_]{2,15}):/gu;
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*`;
const NAME_AFTER = new RegExp(`^[ \\u00A0]+(${WORD}(?:[ \\u00A0]+${WORD}){0,2})`, 'u');
const SENTENCE_END = /[.!?;](?=\s|$)/u;

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

interface Attribution { person: PersonRef; windowStart: number; windowEnd: number }

/**
 * `dp/unconsented-quote`: words in quotation marks attributed to a member of the public, by
 * name or handle, with a speech verb next to the quote ("“…”, said Sian Morgan", "Dywedodd
 * Sian: “…”", "“…” meddai @sian_123"), an interview-style "@sian_123: “…”", or a retweet
 * ("RT @sian_123: …"), whose author is not in front matter `quotes:` with a `permission`.
 * Councillors and officers (Cllr, Cyng., "Cabinet Member", "Leader of the Council",
 * spokesperson) speak for the council and are not reported; nor are organisations' accounts.
 * The finding is the author's name or handle.
 */
export const detector: BuiltinDetector<UnconsentedQuoteParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['speech-verbs'],
    properties: { 'speech-verbs': { ...stringList, minItems: 1 }, officials: stringList, people: PEOPLE_PARAMS_SCHEMA },
  },
  detect(doc, params, ctx) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const organisation = ctx.organisation.name?.toLowerCase();
    const hasQuoteMark = /["“‘«„]/.test(text);
    const hasRetweet = text.includes('RT @');
    if (!hasQuoteMark && !hasRetweet) return [];
    const verbs = phraseRegex(params['speech-verbs']);
    const officials = phraseRegex(params.officials);
    const lex = lexicon(params.people);
    const account = post.frontMatter.account;
    const consented = consentedAuthors(post.frontMatter.quotes);
    const listed = listedAuthors(post.frontMatter.quotes);
    const out: Match[] = [];
    const report = (a: Attribution) => {
      if (a.person.kind === 'official' || a.person.kind === 'addressee' || a.person.kind === 'role') return;
      if (matchesWithin(officials, text, Math.max(a.windowStart, a.person.start - 60), Math.min(a.windowEnd, a.person.end + 60))) return;
      const author = normaliseAuthor(a.person.text);
      if (organisation && ` ${organisation} `.includes(` ${author} `)) return;
      if (consented.some((c) => sameAuthor(c, author))) return;
      if (out.some((o) => o.start === a.person.start)) return;
      const note = listed.some((c) => sameAuthor(c, author))
        ? 'The author is listed in front matter quotes: but with no permission: record where and when they gave it.'
        : undefined;
      out.push({ start: a.person.start, end: a.person.end, sensitive: true, ...(note ? { note } : {}) });
    };
    if (hasRetweet) {
      RETWEET.lastIndex = 0;
      for (let m = RETWEET.exec(text); m; m = RETWEET.exec(text)) {
        if (isOrganisationHandle(m[1], lex, account)) continue;
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
        const a = attributionAfter(text, qEnd, lineEnd, verbs, lex, account) ?? attributionBefore(text, Math.max(lineStart, previousEnd), qStart, verbs, lex, account);
        previousEnd = qEnd;
        if (a) report(a);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};

/** "“…”, said Sian Morgan" / "“…” Sian said" / "“…” meddai @sian_123". */
function attributionAfter(text: string, from: number, lineEnd: number, verbs: FoldedRegex, lex: Lexicon, account?: string): Attribution | undefined {
  let to = Math.min(lineEnd, from + 80);
  const next = text.slice(from, to).search(/["“‘«„]/u);
  if (next >= 0) to = from + next;
  const stop = SENTENCE_END.exec(text.slice(from + 2, to));
  if (stop) to = from + 2 + stop.index;
  const { re, text: window } = verbs.on(text.slice(from, to));
  re.lastIndex = 0;
  const verb = re.exec(window);
  if (!verb || verb.index > 30) return undefined;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const people = findPeople(text, from, to, lex, { account });
  const person = people.find((p) => (p.start >= verbEnd && p.start - verbEnd <= 6) || (p.end <= verbStart && verbStart - p.end <= 3));
  if (person) return { person, windowStart: from, windowEnd: to };
  if (people.some((p) => p.kind === 'handle')) return undefined;
  // "said Bob": a capitalised word right after the verb is the speaker, known name or not.
  const named = NAME_AFTER.exec(text.slice(verbEnd, to));
  if (!named) return undefined;
  const words = named[1].toLowerCase().split(/\s+/).flatMap((w) => (w.includes('-') ? [w, ...w.split('-')] : [w]));
  if (lex.leading.has(words[0]) || words.some((w) => isNotName(w, lex))) return undefined;
  const start = verbEnd + named[0].length - named[1].length;
  return { person: { start, end: start + named[1].length, kind: 'name', text: named[1] }, windowStart: from, windowEnd: to };
}

/** "Sian Morgan said: “…”" / "Dywedodd Sian: “…”" / "As @sian_123 tweeted, “…”" / "@sian_123: “…”". */
function attributionBefore(text: string, lineStart: number, quoteStart: number, verbs: FoldedRegex, lex: Lexicon, account?: string): Attribution | undefined {
  let from = Math.max(lineStart, quoteStart - 100);
  const head = text.slice(from, quoteStart);
  const stops = [...head.matchAll(/[.!?;](?=\s)/gu)];
  if (stops.length) from += stops[stops.length - 1].index + 1;
  const people = findPeople(text, from, quoteStart, lex, { account });
  if (!people.length) return undefined;
  const last = people[people.length - 1];
  // Interview style: the speaker, a colon, the quote.
  if (/^[ \u00A0]*:[ \u00A0]*$/.test(text.slice(last.end, quoteStart))) return { person: last, windowStart: from, windowEnd: quoteStart };
  const { re, text: window } = verbs.on(text.slice(from, quoteStart));
  re.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) verb = m;
  if (!verb || window.length - (verb.index + verb[0].length) > 25) return undefined;
  const verbStart = from + verb.index;
  const verbEnd = verbStart + verb[0].length;
  const person = people.find((p) => (p.end <= verbStart && verbStart - p.end <= 3) || (p.start >= verbEnd && p.start - verbEnd <= 6));
  return person ? { person, windowStart: from, windowEnd: quoteStart } : undefined;
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

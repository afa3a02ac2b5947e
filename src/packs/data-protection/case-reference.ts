import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { answersSomeone } from '../../pii/context/correspondent.js';
import { linked } from '../../pii/context/linked.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type Lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { antecedent } from '../../pii/context/mentions.js';
import { allMatches, matchesWithin, phraseRegex, wordSet, type FoldedRegex } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';

export interface CaseReferenceParams {
  /** Words naming an individual's case: complaint, case, claim, ticket, cwyn, achos, cyfeirnod. */
  'case-words': string[];
  /** Reference words counted only inside brackets: "(ref CRM-2026-004512)", "(cyf: CMP/2026/0452)". */
  'bracket-words'?: string[];
  /** Words that may stand between the case word and the reference: number, ref, rhif, your, eich. */
  'filler-words'?: string[];
  /** Words that make a reference a public register's: planning, licensing, cynllunio. */
  'public-words'?: string[];
  /** A bracketed reference right after one of these is that thing's: "the Digital Officer post (ref. ECC-2026-0412)". */
  'public-before'?: string[];
  /** Prefixes of public register references: "PL/" (planning). */
  'public-prefixes'?: string[];
  /** Words of complaining (English and Welsh, mutated forms written out): complaint, complained, cwyn, gwyno. */
  'complaint-words'?: string[];
  /** Words that may join a person to a complaint word: from, by, 's, made, gan, wedi, i. */
  'complaint-links'?: string[];
  /** A complaint word before one of these is the service, not a person's complaint: complaints procedure, officer. */
  'complaint-not-before'?: string[];
  people?: PeopleParams;
}

interface Compiled {
  trigger: FoldedRegex; bracket: FoldedRegex; filler: Set<string>; publicWords: FoldedRegex; publicBefore: Set<string>; prefixes: string[];
  complaint: FoldedRegex; links: Set<string>; notBefore: Set<string>;
}

const cache = new WeakMap<object, Compiled>();

function compile(params: CaseReferenceParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    c = {
      trigger: phraseRegex(params['case-words']),
      bracket: phraseRegex(params['bracket-words']),
      filler: wordSet(params['filler-words'], params['case-words'], params['bracket-words']),
      publicWords: phraseRegex(params['public-words']),
      publicBefore: wordSet(params['public-before']),
      prefixes: (params['public-prefixes'] ?? []).map((p) => p.toUpperCase()),
      complaint: phraseRegex(params['complaint-words']),
      links: wordSet(params['complaint-links']),
      notBefore: wordSet(params['complaint-not-before']),
    };
    cache.set(params, c);
  }
  return c;
}

/** The next token after a case word: a word (maybe a filler) or a reference with digits. */
const TOKEN = /^[\s:#.,–-]*(?:(#?[A-Za-z]{0,6}[-/]?\d[\dA-Za-z]*(?:[-/.]\d*[\dA-Za-z]+)*)|([\p{L}\p{M}'’]+\.?))/u;
const SECOND_PERSON = new Set(['your', 'eich', 'dy', "'ch", 'ych']);
const THIRD_PERSON = new Set(['his', 'her', 'their', 'ei', 'eu']);
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * `dp/case-reference`: an individual's case in public. (1) A complaint, case, claim or ticket
 * reference that follows a case word with only filler words between ("your complaint ref
 * CMP-2026-00123", "cyfeirnod eich cwyn CMP-…", "case number 123456 for Mr Jones"), or a
 * reference word inside brackets ("(ref CRM-2026-004512)", "(cyf: CMP/2026/0452)"), with at
 * least four digits, in a post that names or addresses someone. (2) A complaint tied to a named
 * person by grammar: "Mr Price's complaint", "complaint from Mrs Hughes", "Mr Price complained",
 * "cwyn Mrs Hughes", "Ar ôl i Mrs Parry gwyno", "his complaint" beside a name, or "your
 * complaint" in a reply to a named person. Not reported: public register references (a prefix of
 * `public-prefixes`, or a public word in the sentence: "planning application"), the complaints
 * service ("complaints procedure", "how to complain"), complaints by nobody named ("complaints
 * from residents"), councillors and officers, and other senses ("in case of", "case study").
 */
export const detector: BuiltinDetector<CaseReferenceParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['case-words'],
    properties: {
      'case-words': { ...stringList, minItems: 1 },
      'bracket-words': stringList,
      'filler-words': stringList,
      'public-words': stringList,
      'public-before': stringList,
      'public-prefixes': stringList,
      'complaint-words': stringList,
      'complaint-links': stringList,
      'complaint-not-before': stringList,
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const c = compile(params);
    const lex = lexicon(params.people);
    const account = post.frontMatter.account;
    // Someone named or replied to anywhere in the post (computed once, when first needed).
    let replyTo: boolean | undefined;
    const isReply = () => (replyTo ??= post.frontMatter['in-reply-to'] !== undefined ||
      findPeople(text, post.bodyStart, text.length, lex, { account }).some((p) => p.kind === 'titled' || p.kind === 'name' || p.kind === 'handle'));
    const out: Match[] = [];
    const hits = [
      ...allMatches(c.trigger, text, 0, text.length).map(([s, e]) => ({ s, e, bracket: false })),
      ...allMatches(c.bracket, text, 0, text.length).filter(([s]) => /\([ \u00A0]*$/.test(text.slice(Math.max(0, s - 3), s))).map(([s, e]) => ({ s, e, bracket: true })),
    ].sort((a, b) => a.s - b.s);
    let sentence: [number, number] = [-1, -1];
    let personal = false;
    let skipTo = 0;
    for (const hit of hits) {
      if (hit.s < skipTo) continue;
      const ref = referenceAfter(text, hit.e, c.filler);
      if (!ref) continue;
      skipTo = ref.end;
      const value = text.slice(ref.start, ref.end);
      // At least four digits, and not a phone number or a bare year ("your claim 2026").
      if ((value.match(/\d/g)?.length ?? 0) < 4 || /^0\d{9,10}$/.test(value) || /^(?:19|20)\d\d$/.test(value)) continue;
      if (c.prefixes.some((p) => value.toUpperCase().startsWith(p))) continue;
      // An account number beside a sort code is a bank account: dp/bank-details' to report.
      if (/^\d{8}$/.test(value) && SORT_CODE_NEAR.test(text.slice(Math.max(0, ref.start - 60), ref.end + 60))) continue;
      if (hit.bracket && wordsBefore(text, hit.s).some((w) => c.publicBefore.has(w))) continue;
      if (hit.s >= sentence[1]) {
        sentence = sentenceAt(text, hit.s);
        const [s, e] = sentence;
        personal = findPeople(text, s, e, lex, { addressee: true, account }).length > 0 || (hit.bracket && isReply());
      }
      if (!personal || out.some((o) => o.start === ref.start) || publicNear(c, text, sentence, ref.end)) continue;
      // A reference number is personal data however the sentence around it is reported: a
      // complaint argued in public (conduct/complaint-handling) does not make it one finding.
      out.push({ start: ref.start, end: ref.end, sensitive: true, standalone: true });
    }
    namedComplaints(text, post, c, lex, out);
    return out.sort((a, b) => a.start - b.start);
  },
};

/**
 * A public register's word where it can describe the reference: before it in the sentence
 * ("planning application ref …"), or after it in the same clause ("2026/0123 for planning
 * permission"); not in a later clause ("your noise complaint ref …: the music stayed within its
 * licence conditions").
 */
function publicNear(c: Compiled, text: string, [start, end]: [number, number], refEnd: number): boolean {
  if (matchesWithin(c.publicWords, text, start, refEnd)) return true;
  const clause = /[,;:.!?()\n]/.exec(text.slice(refEnd, end));
  return matchesWithin(c.publicWords, text, refEnd, clause ? refEnd + clause.index : end);
}

const SORT_CODE_NEAR = /(?<!\d)\d{2}[ -]\d{2}[ -]\d{2}(?!\d)|sort[ -]?code|cod didoli/i;

/**
 * Up to three words before the bracket a reference word opens, lower case: "post" in "the
 * Digital Officer post (ref. …", "swydd" in "y swydd Swyddog Digidol (cyf. …".
 */
const wordsBefore = (text: string, at: number): string[] =>
  /((?:[\p{L}\p{M}'’]+[ \u00A0]+){0,2}[\p{L}\p{M}'’]+)[ \u00A0]*\([ \u00A0]*$/u.exec(text.slice(Math.max(0, at - 60), at))?.[1].toLowerCase().split(/[ \u00A0]+/u) ?? [];

/** A complaint tied to a named person ("Mr Price's complaint", "cwyn Mrs Hughes"), or "your complaint" in a reply to one. */
function namedComplaints(text: string, post: PostDocument, c: Compiled, lex: Lexicon, out: Match[]): void {
  const account = post.frontMatter.account;
  let sentence: [number, number] = [-1, -1];
  let people: PersonRef[] = [];
  let named: boolean | undefined;
  const namesSomeone = () => (named ??= findPeople(text, post.bodyStart, text.length, lex, { account })
    .some((p) => p.kind === 'titled' || p.kind === 'name' || p.kind === 'handle'));
  for (const [from, end] of allMatches(c.complaint, text, post.bodyStart, text.length)) {
    // "ei gwyn", "dy gwyn" are listed whole (bare "gwyn" is white): the possessive is the word before.
    const lead = /^([\p{L}]+)[ \u00A0]+(?=\p{L})/u.exec(text.slice(from, end));
    const start = lead && (THIRD_PERSON.has(lead[1]!.toLowerCase()) || SECOND_PERSON.has(lead[1]!.toLowerCase())) ? from + lead[0].length : from;
    if (start >= sentence[1]) {
      sentence = sentenceAt(text, start);
      people = findPeople(text, sentence[0], sentence[1], lex, { account }).filter((p) => p.kind === 'titled' || p.kind === 'name' || p.kind === 'handle');
    }
    // "Complaints Manager", "Gwyn Jones": a capital inside a sentence is a name or a title.
    if (/\p{Lu}/u.test(text[start]) && /[\p{L}\p{N}]/u.test(text.slice(sentence[0], start))) continue;
    const next = /^[ \u00A0]+([\p{L}\p{M}'’]+)/u.exec(text.slice(end, end + 30))?.[1]?.toLowerCase();
    if (next && c.notBefore.has(next)) continue;
    // Complaining denied: "nid yw Manon yn cwyno", "she never complains" (real-text-blind289).
    if (COMPLAIN_VERB.test(text.slice(start, end)) && NEGATED_BEFORE.test(text.slice(Math.max(sentence[0], start - 40), start))) continue;
    const before = /([\p{L}\p{M}'’]+)[ \u00A0]+$/u.exec(text.slice(Math.max(sentence[0], start - 20), start))?.[1]?.toLowerCase().replace(/’/g, "'");
    // Up to six joining words, all from the list: "cwyn ffurfiol wedi dod i law gan Mr Jones".
    const tied = people.find((p) => linked(text, p, start, end, c.links, 6));
    let match: [number, number] | undefined;
    if (tied) match = [Math.min(tied.start, start), Math.max(tied.end, end)];
    else if (before && THIRD_PERSON.has(before) && (people.length || antecedent(text, sentence[0], sentence[1], lex, { account }))) match = [start - before.length - 1, end];
    // "your complaint" is someone's in a reply: to a person named in its sentence, or a post
    // that opens with their handle or answers a message; not in guidance written to every reader.
    else if (before && SECOND_PERSON.has(before) && (people.length || (answersSomeone(post) && namesSomeone()))) match = [start - before.length - 1, end];
    // One finding per sentence: a reference already reported there says it (and "your complaint"
    // in a reply that names nobody is conduct/complaint-handling's, not personal data).
    if (!match || out.some((o) => o.start < sentence[1] && sentence[0] < o.end)) continue;
    out.push({ start: match[0], end: match[1], sensitive: true, message: NAMED_COMPLAINT, messageCy: NAMED_COMPLAINT_CY });
  }
}

const COMPLAIN_VERB = /^(?:complain|complains|complained|complaining|cwyno|gwyno|chwyno)$/iu;
const NEGATED_BEFORE = /(?<![\p{L}])(?:never|not|n['’]t|nid|nad|na|ddim|byth|heb)(?![\p{L}])[^.!?,;:]{0,30}$/iu;

/** A complaint tied to a person has no reference number: its finding says what it is. */
const NAMED_COMPLAINT = "A named person's complaint in a post: '{match}'";
const NAMED_COMPLAINT_CY = "Cwyn person a enwir mewn neges: '{match}'";

/** The reference right after a case word, skipping up to four filler words on the same line. */
function referenceAfter(text: string, from: number, filler: Set<string>): { start: number; end: number } | undefined {
  let at = from;
  for (let i = 0; i < 5; i++) {
    const rest = text.slice(at, at + 60);
    const m = TOKEN.exec(rest);
    if (!m || /\n/.test(m[0])) return undefined;
    const tokenStart = at + m[0].length - (m[1] ?? m[2]).length;
    if (m[1] !== undefined) {
      const value = m[1].replace(/[.]+$/, '');
      return { start: tokenStart, end: tokenStart + value.length };
    }
    if (!filler.has(m[2].toLowerCase().replace(/’/g, "'").replace(/\.$/, ''))) return undefined;
    at += m[0].length;
  }
  return undefined;
}

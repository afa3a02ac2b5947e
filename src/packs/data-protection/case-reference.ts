import { lowerProse } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type PeopleParams } from '../../pii/context/people.js';
import { matchesWithin, phraseRegex, wordSet, type FoldedRegex } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';

export interface CaseReferenceParams {
  /** Words naming an individual's case: complaint, case, claim, ticket, cwyn, achos, cyfeirnod. */
  'case-words': string[];
  /** Words that may stand between the case word and the reference: number, ref, rhif, your, eich. */
  'filler-words'?: string[];
  /** Words that make a reference a public register's: planning, licensing, cynllunio. */
  'public-words'?: string[];
  /** Prefixes of public register references: "PL/" (planning). */
  'public-prefixes'?: string[];
  people?: PeopleParams;
}

interface Compiled { trigger: FoldedRegex; filler: Set<string>; publicWords: FoldedRegex; prefixes: string[] }

const cache = new WeakMap<object, Compiled>();

function compile(params: CaseReferenceParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    c = {
      trigger: phraseRegex(params['case-words']),
      filler: wordSet(params['filler-words'], params['case-words']),
      publicWords: phraseRegex(params['public-words']),
      prefixes: (params['public-prefixes'] ?? []).map((p) => p.toUpperCase()),
    };
    cache.set(params, c);
  }
  return c;
}

/** The next token after a case word: a word (maybe a filler) or a reference with digits. */
const TOKEN = /^[\s:#.,–-]*(?:(#?[A-Za-z]{0,6}[-/]?\d[\dA-Za-z]*(?:[-/.]\d*[\dA-Za-z]+)*)|([\p{L}\p{M}'’]+\.?))/u;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * `dp/case-reference`: a complaint, case, claim or ticket reference that belongs to an
 * identifiable person: the reference follows a case word, with only filler words between
 * ("your complaint ref CMP-2026-00123", "cyfeirnod eich cwyn CMP-…", "case number 123456 for
 * Mr Jones"), has at least four digits, and the sentence names someone or addresses the person
 * replied to ("your", "eich"). Public register references are not reported: a prefix of
 * `public-prefixes` ("PL/05123/2026") or a public word in the sentence ("planning application").
 * Invoice and order numbers are not case words: a business document is not an individual's case.
 */
export const detector: BuiltinDetector<CaseReferenceParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['case-words'],
    properties: {
      'case-words': { ...stringList, minItems: 1 },
      'filler-words': stringList,
      'public-words': stringList,
      'public-prefixes': stringList,
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const { trigger: words, filler, publicWords, prefixes } = compile(params);
    const { re: trigger, text: scan } = words.on(text, lowerProse(post));
    const lex = lexicon(params.people);
    const out: Match[] = [];
    let sentence: [number, number] = [-1, -1];
    let personal = false;
    trigger.lastIndex = 0;
    for (let m = trigger.exec(scan); m; m = trigger.exec(scan)) {
      const ref = referenceAfter(text, m.index + m[0].length, filler);
      if (!ref) continue;
      trigger.lastIndex = ref.end;
      const value = text.slice(ref.start, ref.end);
      // At least four digits, and not a phone number or a bare year ("your claim 2026").
      if ((value.match(/\d/g)?.length ?? 0) < 4 || /^0\d{9,10}$/.test(value) || /^(?:19|20)\d\d$/.test(value)) continue;
      if (prefixes.some((p) => value.toUpperCase().startsWith(p))) continue;
      if (m.index >= sentence[1]) {
        sentence = sentenceAt(text, m.index);
        const [s, e] = sentence;
        personal = !matchesWithin(publicWords, text, s, e) &&
          findPeople(text, s, e, lex, { addressee: true, account: post.frontMatter.account }).length > 0;
      }
      if (!personal) continue;
      if (out.some((o) => o.start === ref.start)) continue;
      out.push({ start: ref.start, end: ref.end, sensitive: true });
    }
    return out;
  },
};

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

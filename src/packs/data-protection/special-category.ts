import { lowerProse } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { alternation, FoldedRegex } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';
import { isTopic, topicWords } from '../../pii/context/terms.js';

export interface SpecialCategoryParams {
  /** Each category's terms (English and Welsh, mutated forms written out); see phrases.ts for syntax. */
  categories: Array<{ name: string; terms: string[]; 'not-about-officials'?: boolean }>;
  'not-before'?: string[];
  'not-after'?: string[];
  groups?: string[];
  people?: PeopleParams;
}

interface Compiled { terms: FoldedRegex; names: string[]; officialsExempt: boolean[] }

const cache = new WeakMap<object, Compiled>();

/** One regex for every category, a named-free group per category so a hit says which. */
function compile(params: SpecialCategoryParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    const groups = (fold: boolean) => params.categories.map((cat) => `(${alternation(fold ? cat.terms.map((t) => t.toLowerCase()) : cat.terms)})`);
    c = {
      terms: new FoldedRegex((fold) => `(?<![\\p{L}\\p{M}\\p{N}_])(?:${groups(fold).join('|')})(?![\\p{L}\\p{M}\\p{N}_])`),
      names: params.categories.map((cat) => cat.name),
      officialsExempt: params.categories.map((cat) => cat['not-about-officials'] === true),
    };
    cache.set(params, c);
  }
  return c;
}

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * `dp/special-category`: a term of a special category (UK GDPR Art. 9: health, racial or ethnic
 * origin, religion, sexual orientation, political opinion, trade union membership) or of
 * criminal offence data (Art. 10) in the same sentence as an identifiable person. A term used as
 * a topic or a name is not about a person ("Cancer Research fun run", "dementia-friendly café",
 * "money for cancer", "people living with dementia"); nor is a sentence with nobody in it ("the
 * police arrested a man"). A category may exempt elected members and officers, whose party is
 * public. The finding spans the person and the term, so both are masked.
 */
export const detector: BuiltinDetector<SpecialCategoryParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['categories'],
    properties: {
      categories: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'terms'],
          properties: { name: { type: 'string' }, terms: { ...stringList, minItems: 1 }, 'not-about-officials': { type: 'boolean' } },
        },
      },
      'not-before': stringList,
      'not-after': stringList,
      groups: stringList,
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params) {
    if (doc.kind !== 'post' || !params.categories?.length) return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const { terms, names, officialsExempt } = compile(params);
    const { re, text: scan } = terms.on(text, lowerProse(post));
    const out: Match[] = [];
    const lex = lexicon(params.people);
    const words = topicWords(params);
    let sentence: [number, number] = [-1, -1];
    let people: PersonRef[] = [];
    re.lastIndex = post.bodyStart;
    for (let m = re.exec(scan); m; m = re.exec(scan)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start >= sentence[1]) {
        sentence = sentenceAt(text, start);
        people = findPeople(text, sentence[0], sentence[1], lex, { account: post.frontMatter.account });
      }
      if (!people.length || isTopic(text, sentence[0], sentence[1], start, end, words)) continue;
      const category = m.slice(1).findIndex((g) => g !== undefined);
      const candidates = people.filter((p) => (p.end <= start || p.start >= end) && !(officialsExempt[category] && p.kind === 'official'));
      if (!candidates.length) continue;
      const person = candidates.reduce((a, b) => (distance(b, start, end) < distance(a, start, end) ? b : a));
      out.push({
        start: Math.min(person.start, start),
        end: Math.max(person.end, end),
        sensitive: true,
        data: { category: names[category] },
      });
    }
    return dedupe(out);
  },
};

function distance(p: PersonRef, start: number, end: number): number {
  return p.end <= start ? start - p.end : p.start - end;
}

/** Two terms about the same person in one sentence give one finding. */
function dedupe(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (last.data && m.data && !last.data.category.split(', ').includes(m.data.category)) last.data.category += `, ${m.data.category}`;
    } else out.push(m);
  }
  return out;
}

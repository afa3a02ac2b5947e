import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, isNotName, lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { alternation, matchesWithin, phraseRegex, wordSet, type FoldedRegex } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';

export interface ChildDetailsParams {
  /** Words that place a child in a school on their own: "pupil", "disgybl", "reception class". */
  'school-words': string[];
  /** Words of a school's name, counted only when capitalised within the name ("Ysgol y Strade", "Model Primary School"). */
  'school-name-words'?: string[];
  /** Class words that take a number: "Year" (Year 4), "Blwyddyn", "Mlwyddyn", "Form". */
  'class-words'?: string[];
  /** Words that make the named person an adult at the school: "teacher", "headteacher", "pennaeth". */
  'adult-words'?: string[];
  /** Roles that are children: "local boy", "merch leol". */
  'child-roles'?: string[];
  /** Highest age that is a child's (default 17). */
  'max-age'?: number;
  people?: PeopleParams;
}

// Ages: "(7)", "(7 oed)", "aged 7", "age 7", "7 years old", "7-year-old", "7 oed", "yn 7 oed".
const AGE_SOURCE = [
  String.raw`\((\d{1,2})(?:[ \u00A0]*(?:oed|yrs?|years?))?\)`,
  String.raw`(?<![\p{L}])(?:aged?|oed)[ \u00A0]+(\d{1,2})(?!\d)`,
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:[ \u00A0-]*years?[ \u00A0-]*old|[ \u00A0]+oed|[ \u00A0-]*yr[ \u00A0-]*old)(?![\p{L}])`,
].join('|');

interface Compiled { trigger: RegExp; adult: FoldedRegex; childRoles: Set<string> }

const cache = new WeakMap<object, Compiled>();

function compile(params: ChildDetailsParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    c = {
      // Groups 1–3: an age; 4: a word of a school's name; otherwise a school word, or a class word with its number.
      trigger: new RegExp(
        `${AGE_SOURCE}|${word(params['school-name-words'], true)}|${word(params['school-words'])}` +
          (params['class-words']?.length ? `|(?<![\\p{L}\\p{M}\\p{N}_])(?:${alternation(params['class-words'])})[ \\u00A0]?\\d{1,2}(?!\\d)` : ''),
        'giu',
      ),
      adult: phraseRegex(params['adult-words']),
      childRoles: wordSet(params['child-roles']),
    };
    cache.set(params, c);
  }
  return c;
}

const word = (list: string[] | undefined, group = false) =>
  list?.length ? `(?<![\\p{L}\\p{M}\\p{N}_])${group ? '(' : '(?:'}${alternation(list)})(?![\\p{L}\\p{M}\\p{N}_])` : '(?!)';

/** "Ysgol y Strade", "Ysgol Gymraeg", "Model Primary School": the word is capitalised and so is a neighbour. */
function inSchoolName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text[start])) return false;
  return /^[ \u00A0]+(?:(?:y|yr)[ \u00A0]+)?\p{Lu}/u.test(text.slice(end, end + 6)) || /\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]+$/u.test(text.slice(Math.max(0, start - 30), start));
}

const CAPITALISED_BEFORE = /(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00A0]*,?[ \u00A0]*(?:who is[ \u00A0]+|sy'n[ \u00A0]+)?$/u;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * `dp/child-details`: a named child with an age, a school or a class (UK GDPR Art. 8 and
 * recital 38; ICO Age Appropriate Design Code). A child is named when a given name or full name
 * (no courtesy title: "Mrs Evans" at a school is staff) is in the same sentence as a school or
 * class word, or sits right by an age under 18 ("Ffion (7)", "Tom, aged 9", "9-year-old Tom",
 * "Cai, 7 oed"). Pupils without names ("Year 4 pupils at Ysgol …") are not reported, nor names
 * with an adult's role nearby ("headteacher Sian Evans").
 */
export const detector: BuiltinDetector<ChildDetailsParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['school-words'],
    properties: {
      'school-words': { ...stringList, minItems: 1 },
      'school-name-words': stringList,
      'class-words': stringList,
      'adult-words': stringList,
      'child-roles': stringList,
      'max-age': { type: 'integer', minimum: 1, maximum: 25, default: 17 },
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const { trigger, adult, childRoles } = compile(params);
    const maxAge = params['max-age'] ?? 17;
    const lex = lexicon(params.people);
    const out = new Map<number, Match>();
    let sentence: [number, number] = [-1, -1];
    let named: PersonRef[] = [];
    let pupils: PersonRef[] = [];
    const report = (child: PersonRef, from: number, to: number) => {
      const existing = out.get(child.start);
      if (existing) {
        existing.start = Math.min(existing.start, from);
        existing.end = Math.max(existing.end, to);
      } else out.set(child.start, { start: Math.min(child.start, from), end: Math.max(child.end, to), sensitive: true });
    };
    trigger.lastIndex = 0;
    for (let m = trigger.exec(text); m; m = trigger.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start >= sentence[1]) {
        sentence = sentenceAt(text, start);
        named = findPeople(text, sentence[0], sentence[1], lex, { account: post.frontMatter.account })
          .filter((p) => p.kind === 'name' || (p.kind === 'role' && childRoles.has(p.text.toLowerCase())));
        // With only a school word to go on, a name must start with a known given name ("Ffion",
        // "Tom Jones"): capitals alone are too often a place or a college in Welsh sentences.
        pupils = named.filter((p) => (p.kind === 'role' || p.given) && !isAdult(text, p, sentence, adult));
      }
      if (m[4] !== undefined && !inSchoolName(text, start, end)) continue;
      const ageText = m[1] ?? m[2] ?? m[3];
      if (ageText !== undefined) {
        if (Number(ageText) > maxAge) continue;
        // The age belongs to the name right before it ("Ffion (7)", "Tom, aged 9") or right after ("9-year-old Tom").
        const before = named.find((p) => p.end <= start && start - p.end <= 12 && /^[\s,]*(?:who is\s+|sy'n\s+)?$/u.test(text.slice(p.end, start)));
        const after = named.find((p) => p.start >= end && p.start - end <= 2);
        const child = before ?? after ?? nameRightBefore(text, sentence[0], start, lex);
        if (child) report(child, start, end);
        continue;
      }
      for (const child of pupils) report(child, child.start, child.end <= start ? end : child.end);
    }
    // Children named together ("Rhys and Cerys from Ysgol …") give one finding.
    const merged: Match[] = [];
    for (const m of [...out.values()].sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
      else merged.push(m);
    }
    return merged;
  },
};

/** "Zephyr (7)": a capitalised word right before an age is a name even when the lexicon does not know it. */
function nameRightBefore(text: string, sentenceStart: number, at: number, lex: ReturnType<typeof lexicon>): PersonRef | undefined {
  const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(sentenceStart, at - 40), at));
  if (!m) return undefined;
  const word = m[1].replace(/['’]s$/, '');
  const lower = word.toLowerCase();
  if (isNotName(lower, lex) || lex.leading.has(lower)) return undefined;
  const start = at - m[0].length;
  return { start, end: start + word.length, kind: 'name', text: word };
}

/** An adult's role within a few words of the name: "headteacher Sian Evans", "Tom, our teacher". */
function isAdult(text: string, p: PersonRef, sentence: [number, number], adult: FoldedRegex): boolean {
  return matchesWithin(adult, text, Math.max(sentence[0], p.start - 30), Math.min(sentence[1], p.end + 30));
}

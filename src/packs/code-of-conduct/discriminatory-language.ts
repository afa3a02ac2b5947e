import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { dropOverlaps, findExact, findPhrases, norm, prepareLists, type Span, startsSentence, stringList, wordsAfter, wordSet } from './lib/text.js';
import { lineNear } from '../../model/index.js';

interface Params {
  /** Demeaning or outdated terms (warnings), one a line: `term => better; better`. */
  terms: string[];
  /** Slurs (errors), in the same form. */
  slurs?: string[];
  /** Terms that are demeaning only as written ("gypsies", where "Gypsy" is the proper noun). */
  'as-written'?: string[];
  /** What `{condition}` stands for after a term ("suffers from {condition}"). */
  conditions?: string[];
  /** Words that may follow a term marked `{end}` ("the disabled in the car park"). */
  'clause-words'?: string[];
}

/**
 * A term line: the phrase, optionally ending in `{condition}` (a health condition or
 * disability must follow: "suffers from {condition}") or `{end}` (the phrase must end its
 * clause, or be followed by a word of `clause-words`: "the disabled {end}" is "for the
 * disabled in the car park" but not "the disabled toilet"); then `=>` and the considerate
 * terms, separated by `;`; one in brackets is a note, not a replacement ("(do not use)").
 */
interface Term { phrase: string; marker?: 'condition' | 'end'; suggestions: string[]; notes: string[]; slur: boolean }

const key = (s: string) => norm(s).replace(/[^\p{L}\p{N}]/gu, '');

function parse(lines: readonly string[] | undefined, slur: boolean): Term[] {
  return (lines ?? []).map((line) => {
    const [left, right = ''] = line.split('=>');
    const marker = /\{(condition|end)\}\s*$/.exec(left)?.[1] as Term['marker'];
    const parts = right.split(';').map((s) => s.trim()).filter(Boolean);
    const isNote = (s: string) => s.startsWith('(') && s.endsWith(')');
    return {
      phrase: left.replace(/\{(condition|end)\}\s*$/, '').trim(),
      marker,
      suggestions: parts.filter((s) => !isNote(s)),
      notes: parts.filter(isNote).map((s) => s.slice(1, -1)),
      slur,
    };
  });
}

/** The lists' notes in Welsh, for a run in Welsh; a note not here (a council's own) is shown as written. */
const NOTES_CY: Record<string, string> = {
  'a slur: do not use': "term sarhaus: peidiwch â'i ddefnyddio",
  'describe the behaviour instead': 'disgrifiwch yr ymddygiad yn lle hynny',
  'describe the problem instead': 'disgrifiwch y broblem yn lle hynny',
  'name the ethnicity': 'enwch yr ethnigrwydd',
};

interface Compiled { phrases: string[]; exact: string[]; byKey: Map<string, Term> }
const cache = new WeakMap<Params, Compiled>();
function compile(params: Params): Compiled {
  let c = cache.get(params);
  if (!c) {
    const folded = [...parse(params.terms, false), ...parse(params.slurs, true)];
    const exact = parse(params['as-written'], false);
    const byKey = new Map<string, Term>();
    for (const t of [...folded, ...exact]) byKey.set(key(t.phrase), t);
    c = { phrases: folded.map((t) => t.phrase), exact: exact.map((t) => t.phrase), byKey };
    cache.set(params, c);
  }
  return c;
}

/**
 * `conduct/discriminatory-language`: demeaning terms about Equality Act 2010 protected
 * characteristics, each with the considerate term as a suggestion. Terms are data; a term
 * may require what follows it, so that "suffers from" is reported before a condition only
 * and "the disabled" only as a noun. Slurs are errors; outdated or demeaning phrasing is a
 * warning, since a quotation or a name can use it.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['terms'],
    properties: { terms: stringList, slurs: stringList, 'as-written': stringList, conditions: stringList, 'clause-words': stringList },
  },
  prepare(params) {
    prepareLists([compile(params).phrases, params.conditions], [compile(params).exact]);
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const text = post.prose;
    const { phrases, exact, byKey } = compile(params);
    const found: Array<Span & { term: Term }> = [];
    for (const s of [...findPhrases(post, phrases), ...findExact(post, exact)]) {
      const term = byKey.get(key(text.slice(s.start, s.end)));
      if (!term || !follows(post, s.end, term, params)) continue;
      // Part of a name ("Cyngor yr Henoed", "Friends of the Elderly"): title case mid-sentence.
      const last = text.slice(s.start, s.end).split(/[\s-]+/).pop() ?? '';
      if (!term.slur && /^\p{Lu}\p{Ll}/u.test(last) && !startsSentence(text, s.start)) continue;
      found.push({ ...s, term });
    }
    return dropOverlaps(found).map(({ start, end, term }): Match => ({
      start,
      end,
      ...(term.suggestions.length ? { suggestions: term.suggestions, data: { suggestion: ` (say '${term.suggestions[0]}')`, 'suggestion-cy': ` (dywedwch '${term.suggestions[0]}')` } } : { data: { suggestion: '', 'suggestion-cy': '' } }),
      ...(term.notes.length ? { note: term.notes.join('; '), noteCy: term.notes.map((n) => NOTES_CY[n] ?? n).join('; ') } : {}),
      ...(term.slur ? {} : { severity: 'warning' as const }),
    }));
  },
};

/** Whether what follows the match is what the term requires. */
function follows(post: PostDocument, end: number, term: Term, params: Params): boolean {
  if (!term.marker) return true;
  const text = post.prose;
  if (term.marker === 'condition') {
    const next = wordsAfter(post, end, 1)[0];
    if (!next) return false;
    return findPhrases(post, params.conditions, next.start, lineNear(text, next.start)[1]).some((c) => c.start === next.start) || UNLISTED_CONDITION.test(text.slice(next.start, next.start + 80));
  }
  const rest = /^[ \t\u00a0]*(\S?)/u.exec(text.slice(end, end + 40))![1];
  if (!rest || !/[\p{L}\p{N}]/u.test(rest)) return true;
  const next = wordsAfter(post, end, 1)[0];
  return next !== undefined && wordSet(params['clause-words']).has(norm(next.word));
}

/**
 * A condition no list names, by its head noun after medical words only: "a rare metabolic
 * syndrome", "a chronic lung condition", "cyflwr prin ar y galon", "clefyd genetig"; not a
 * tree's or a road's ("ash dieback disease", "poor condition", "clefyd coed ynn").
 */
const UNLISTED_CONDITION = /^(?:(?:a|an)[ \u00A0]+)?(?:(?:rare|chronic|genetic|metabolic|terminal|serious|severe|long-term|lifelong|life-limiting|life-threatening|degenerative|progressive|incurable|debilitating|neurological|autoimmune|mental|heart|lung|kidney|liver|skin|blood|bone|brain|muscle-wasting|respiratory)[ \u00A0]+){1,3}(?:syndrome|disease|disorder|condition|illness|infection)(?![\p{L}])|^(?:syndrom|clefyd|glefyd|anhwylder|cyflwr|gyflwr|haint)[ \u00A0]+(?:prin|genetig|cronig|difrifol|niwrolegol|hirdymor|terfynol|anwelladwy|metabolig|ar[ \u00A0]+y[ \u00A0]+galon|ar[ \u00A0]+yr[ \u00A0]+ysgyfaint|yr[ \u00A0]+arennau|yr[ \u00A0]+afu)(?![\p{L}])/u;

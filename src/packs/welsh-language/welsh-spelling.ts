import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { postLanguages } from '../../language/post-languages.js';
import { checkWelshSpelling, loadWelshWords, normaliseWelsh } from '../../language/welsh-spelling.js';

interface Params {
  /** Words the organisation uses that the dictionary lacks (service names, loanwords). */
  'extra-words'?: string[];
}

const extraCache = new WeakMap<Params, Set<string>>();

/**
 * `welsh/spelling`: words of the Welsh parts of a post that are not in the Welsh dictionary
 * (dictionary-cy, expanded at build time into dist/welsh-words.txt so nothing costly happens
 * at start-up), with mutations (nghyngor, Gaerfyrddin) and elisions (i'r, mae'r) understood.
 * Capitalised names, @handles, #hashtags, links and numbers are skipped; English parts of the
 * post are never spell-checked as Welsh.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { 'extra-words': { type: 'array', items: { type: 'string' } } },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const welsh = postLanguages(post).segments.filter((s) => s.lang === 'cy');
    if (!welsh.length) return [];
    const words = loadWelshWords();
    let extra = extraCache.get(params);
    if (!extra) extraCache.set(params, (extra = new Set((params['extra-words'] ?? []).map(normaliseWelsh))));
    const out: Match[] = [];
    for (const segment of welsh) {
      for (const miss of checkWelshSpelling(segment.text, words)) {
        if (extra.has(normaliseWelsh(miss.word))) continue;
        const suggestions = miss.suggestions;
        out.push({
          start: segment.start + miss.start,
          end: segment.start + miss.end,
          suggestions,
          data: {
            suggestion: suggestions.length ? `: did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '',
            'suggestion-cy': suggestions.length ? `: ai ${suggestions.map((s) => `'${s}'`).join(' neu ')} oedd dan sylw?` : '',
          },
        });
      }
    }
    return out;
  },
};

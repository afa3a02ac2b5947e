import { postLanguages } from '../language/post-languages.js';
import type { LanguageSegment } from '../language/segments.js';
import { firstNotBefore, type PostDocument } from '../model/index.js';

const sortedOf = new WeakMap<readonly LanguageSegment[], LanguageSegment[]>();

/**
 * The language identifier's verdict on the text at `offset` of a post: the language of the
 * segment holding it, or undefined when it cannot tell (no segment, a mixed or unknown one).
 * The engine asks it for the language of a personal-data placeholder (LintOptions.languageAt).
 */
export function languageAt(doc: PostDocument, offset: number): 'cy' | 'en' | undefined {
  const { segments } = postLanguages(doc);
  let sorted = sortedOf.get(segments);
  if (!sorted) sortedOf.set(segments, (sorted = [...segments].sort((a, b) => a.start - b.start)));
  // The last segment starting at or before the offset (a binary search: a post may have thousands).
  const s = sorted[firstNotBefore(sorted.length, (i) => sorted[i]!.start <= offset) - 1];
  if (!s || offset >= s.end) return undefined;
  return s.lang === 'cy' || s.lang === 'en' ? s.lang : undefined;
}

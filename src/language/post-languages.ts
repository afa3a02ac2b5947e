import type { PostDocument } from '../engine/types.js';
import { splitLanguageSegments, summariseLanguages, type LanguageSegment, type LanguageSummary } from './segments.js';

export interface PostLanguages {
  segments: LanguageSegment[];
  summary: LanguageSummary;
}

const cache = new WeakMap<PostDocument, PostLanguages>();

/**
 * The language segments of a draft's prose (front matter, code and URLs excluded), computed
 * once per document however many Welsh rules ask.
 */
export function postLanguages(doc: PostDocument): PostLanguages {
  let result = cache.get(doc);
  if (!result) {
    const segments = splitLanguageSegments(doc.prose.slice(doc.bodyStart), doc.bodyStart);
    result = { segments, summary: summariseLanguages(segments) };
    cache.set(doc, result);
  }
  return result;
}

/** Whether a post, or its other-language pair file, has Welsh. */
export function hasWelshVersion(doc: PostDocument): boolean {
  return postLanguages(doc).summary.hasWelsh || (doc.pair !== undefined && postLanguages(doc.pair).summary.hasWelsh);
}

/** Where to report a language problem: the first segment of that language, else the body. */
export function firstSegment(doc: PostDocument, lang?: 'cy' | 'en'): { start: number; end: number } {
  const { segments } = postLanguages(doc);
  const seg = segments.find((s) => (lang ? s.lang === lang : s.lang !== 'unknown')) ?? segments[0];
  if (seg) return { start: seg.start, end: seg.end };
  const start = doc.bodyStart + (doc.text.slice(doc.bodyStart).search(/\S/) + 1 || 1) - 1;
  return { start, end: start };
}

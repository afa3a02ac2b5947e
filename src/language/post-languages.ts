import type { PostDocument } from '../model/index.js';
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

/** Below this share of the English, Welsh is a token ("Diolch!") rather than a version. */
export const TOKEN_SHARE = 0.3;
/** English shorter than this is too short to call its Welsh a token. */
const TOKEN_MIN_ENGLISH = 25;

/**
 * Whether a post has Welsh that is a version of its text, not just a greeting or sign-off
 * on an English post ("Diolch! Bins will be collected on Saturday.").
 */
export function hasWelshText(doc: PostDocument): boolean {
  const { hasWelsh, welshChars, englishChars } = postLanguages(doc).summary;
  return hasWelsh && (englishChars < TOKEN_MIN_ENGLISH || welshChars >= englishChars * TOKEN_SHARE);
}

/** Whether a post, or its other-language pair file, has Welsh text. */
export function hasWelshVersion(doc: PostDocument): boolean {
  if (doc.pair && postLanguages(doc.pair).summary.hasWelsh) return true;
  return hasWelshText(doc);
}

/** Where to report a language problem: the first segment of that language, else the body. */
export function firstSegment(doc: PostDocument, lang?: 'cy' | 'en'): { start: number; end: number } {
  const { segments } = postLanguages(doc);
  const seg = segments.find((s) => (lang ? s.lang === lang : s.lang !== 'unknown')) ?? segments[0];
  if (seg) return { start: seg.start, end: seg.end };
  const start = doc.bodyStart + (doc.text.slice(doc.bodyStart).search(/\S/) + 1 || 1) - 1;
  return { start, end: start };
}

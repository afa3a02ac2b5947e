import { DocMemo } from './doc-memo.js';
import type { PostDocument } from './document.js';

const lowered = new DocMemo<PostDocument, string | undefined>((doc) => {
  const lower = doc.prose.toLowerCase();
  return lower.length === doc.prose.length ? lower : undefined;
});

/**
 * The prose lower-cased, once per document, for case-insensitive word lists (matched as
 * lower-case patterns, which compile several times faster than 'iu' ones); undefined when
 * lower-casing changes the length (a rare letter such as 'İ'), so offsets would not hold.
 */
export function lowerProse(doc: PostDocument): string | undefined {
  return lowered.get(doc);
}

import type { BuiltinDetector, PostDocument } from '../../model/index.js';
import { firstSegment, hasWelshText, postLanguages } from '../../language/post-languages.js';

/**
 * `welsh/reply-language`: front matter `in-reply-to: {language: cy}` and a reply with no Welsh.
 * Someone who writes to the council in Welsh must be answered in Welsh.
 */
export const detector: BuiltinDetector = {
  appliesTo: 'post',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    const post = doc as PostDocument;
    if (post.frontMatter['in-reply-to']?.language !== 'cy') return [];
    const { summary } = postLanguages(post);
    // A reply with no words (an emoji, a link) has no language to get wrong.
    if (!summary.hasEnglish && !summary.hasWelsh) return [];
    if (hasWelshText(post)) return [];
    return [firstSegment(post)];
  },
};

import type { BuiltinDetector, PostDocument } from '../../model/index.js';
import { firstSegment, hasWelshText, postLanguages } from '../../language/post-languages.js';

/**
 * `welsh/english-first`: with `welsh.order: welsh-first` in the configuration, a bilingual
 * post whose first language is English. Position is part of "no less favourably".
 */
export const detector: BuiltinDetector = {
  appliesTo: 'post',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc, _params, ctx) {
    if (ctx.welsh.order !== 'welsh-first') return [];
    const post = doc as PostDocument;
    if (post.frontMatter['in-reply-to']?.language === 'en') return [];
    const { summary } = postLanguages(post);
    // Only a bilingual post: English with a Welsh sign-off is missing-welsh, not a question of order.
    if (!hasWelshText(post) || !summary.hasEnglish || summary.first !== 'en') return [];
    return [firstSegment(post, 'en')];
  },
};

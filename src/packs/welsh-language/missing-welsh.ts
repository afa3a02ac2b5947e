import type { BuiltinDetector, PostDocument } from '../../model/index.js';
import { firstSegment, hasWelshVersion, postLanguages } from '../../language/post-languages.js';

/**
 * `welsh/missing-welsh`: English text with no Welsh, or with only a fragment of Welsh (a
 * greeting or sign-off under 0.3 of the English and under 200 characters), in the post or in its pair file
 * (NAME.en.md / NAME.cy.md, or front matter `pair:`). Welsh-only posts are fine, and so is an
 * English reply to a message written in English (front matter `in-reply-to: {language: en}`),
 * as the standards let a reply follow the correspondent's language.
 */
export const detector: BuiltinDetector = {
  appliesTo: 'post',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    const post = doc as PostDocument;
    if (post.frontMatter['in-reply-to']?.language === 'en') return [];
    if (!postLanguages(post).summary.hasEnglish || hasWelshVersion(post)) return [];
    const at = firstSegment(post, 'en');
    const { summary } = postLanguages(post);
    const [where, whereCy] = post.pair
      ? [` (nor in ${post.pair.path})`, ` (nac yn ${post.pair.path})`]
      : summary.hasWelsh
        ? [` (the Welsh is only a fragment: ${Math.round(summary.welshChars)} characters against ${Math.round(summary.englishChars)})`, ` (dim ond darn yw'r Gymraeg: ${Math.round(summary.welshChars)} o nodau, a ${Math.round(summary.englishChars)} yn y Saesneg)`]
        : ['', ''];
    return [{ ...at, data: { where, 'where-cy': whereCy } }];
  },
};

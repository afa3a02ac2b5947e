import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { threadPosts } from '../code-of-conduct/lib/text.js';

interface Params {
  /** More emoji than this side by side (spaces between them allowed) is a finding. */
  'max-in-a-row'?: number;
  /** More emoji than this in one post (each post of a thread on its own) is a finding. */
  'max-in-a-post'?: number;
}

/**
 * One emoji as a screen reader reads it: a flag (two regional indicators, or a black flag with
 * tag characters: 🏴󠁧󠁢󠁷󠁬󠁳󠁿), a keycap, or a pictograph with its skin tone, variation selector and
 * zero-width-joined parts (👨‍👩‍👧‍👦 is one). Text-style symbols (©, ®, ™) count only with the
 * emoji variation selector.
 */
const EMOJI = /\p{RI}\p{RI}|[#*0-9]\uFE0F?\u20E3|(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}])*(?:\u200D(?:\p{Extended_Pictographic}|\p{Emoji_Presentation})(?:\p{Emoji_Modifier}|\uFE0F)*)*/gu;
const ANY = /[\p{Extended_Pictographic}\p{RI}\u20E3]/u;

/**
 * `a11y/emoji-overuse`: screen readers read every emoji out by its name ("clapping hands,
 * clapping hands, ..."), so a run of more than `max-in-a-row` emoji (default 3), or more than
 * `max-in-a-post` in a post (default 10), buries the message. Emoji are counted as a reader
 * announces them, one per flag, family or skin-toned figure, not per code point.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { 'max-in-a-row': { type: 'integer', minimum: 1 }, 'max-in-a-post': { type: 'integer', minimum: 1 } },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const text = post.prose;
    if (!ANY.test(text)) return [];
    const maxRow = params['max-in-a-row'] ?? 3;
    const maxPost = params['max-in-a-post'] ?? 10;
    const out: Match[] = [];
    for (const part of threadPosts(post)) {
      const emoji: Array<[number, number]> = [];
      EMOJI.lastIndex = part.start;
      for (let m = EMOJI.exec(text); m && m.index < part.end; m = EMOJI.exec(text)) emoji.push([m.index, m.index + m[0].length]);
      let runStart = 0;
      for (let i = 1; i <= emoji.length; i++) {
        const joined = i < emoji.length && /^[ \t\u00a0]*$/.test(text.slice(emoji[i - 1][1], emoji[i][0]));
        if (joined) continue;
        const count = i - runStart;
        if (count > maxRow) out.push({ start: emoji[runStart][0], end: emoji[i - 1][1], data: { count: String(count), where: 'in a row', 'where-cy': 'yn olynol', limit: String(maxRow) } });
        runStart = i;
      }
      if (emoji.length > maxPost && !out.some((o) => o.start === emoji[0][0])) {
        out.push({ start: emoji[0][0], end: emoji[0][1], data: { count: String(emoji.length), where: 'in the post', 'where-cy': 'yn y neges', limit: String(maxPost) } });
      }
    }
    return out;
  },
};

import { locateAttachments } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { identifyLanguage } from '../../language/identify.js';
import { hasWelshVersion } from '../../language/post-languages.js';

interface Params {
  /** Alt text that describes nothing ("image", "photo", "llun"): counted as missing. */
  placeholders?: string[];
  /** Words that mark alt text as unwritten wherever they stand in it ("Cyfieithiad i ddilyn", "Translation to follow"). */
  'placeholder-phrases'?: string[];
}

const MISSING: [string, string] = ['no alt text', 'destun amgen'];
const NO_WELSH: [string, string] = ['no Welsh alt text (alt-cy)', 'destun amgen Cymraeg (alt-cy)'];

/**
 * `a11y/image-alt-text`: an attached or inline image without alt text, or, on a post that
 * is in Welsh or bilingual (or has a Welsh pair file), without Welsh alt text: front matter
 * `alt-cy`, or alt text that is itself Welsh or bilingual. The post's languages come from the
 * Welsh pack's identifier (a Welsh greeting on an English post does not make it Welsh).
 * Attachments are located by the model: front matter entries, then Markdown images.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { placeholders: { type: 'array', items: { type: 'string' } }, 'placeholder-phrases': { type: 'array', items: { type: 'string', minLength: 1 } } },
  },
  detect(doc, params) {
    const post = doc as PostDocument;
    const located = locateAttachments(post);
    if (!located.length) return [];
    const placeholders = new Set((params.placeholders ?? []).map((p) => p.toLowerCase()));
    const phrases = (params['placeholder-phrases'] ?? []).map((p) => ` ${words(p)} `);
    const blank = (alt: string | undefined) => {
      if (!alt || !alt.trim() || placeholders.has(alt.trim().toLowerCase().replace(/[.!]+$/, ''))) return true;
      const said = ` ${words(alt)} `;
      return phrases.some((p) => said.includes(p));
    };
    const welsh = hasWelshVersion(post);
    const out: Match[] = [];
    for (const { attachment, start, end } of located) {
      let what: [string, string] | undefined;
      if (blank(attachment.alt)) what = MISSING;
      else if (welsh && blank(attachment['alt-cy']) && !['cy', 'mixed'].includes(identifyLanguage(attachment.alt!).lang)) what = NO_WELSH;
      if (what) out.push({ start, end, data: { what: what[0], 'what-cy': what[1] } });
    }
    return out;
  },
};

/** Lower-case words of a text, one space between them ("[Cyfieithiad i ddilyn]" -> "cyfieithiad i ddilyn"). */
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean).join(' ');

import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { locateAttachments } from '../../model/index.js';

/**
 * `dp/image-consent`: an attachment marked `people: true` (identifiable people in the image)
 * with no `consent:` reference in front matter. Reported at the attachment's `path` line.
 */
export const detector: BuiltinDetector<Record<string, never>> = {
  appliesTo: 'post',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    if (doc.kind !== 'post') return [];
    const out: Match[] = [];
    for (const { attachment, start, end } of locateAttachments(doc as PostDocument)) {
      if (attachment.people === true && !attachment.consent?.trim()) out.push({ start, end });
    }
    return out;
  },
};

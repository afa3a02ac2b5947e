/**
 * A post's attachments as the image rules see them: each front matter attachment, at the
 * offset of its `path` value in the front matter (found in order, so two with the same path
 * get their own lines; else the `attachments:` key, else offset 0), then each Markdown image
 * of the body (`![alt](path)`, DESIGN §2) at its path. An inline image whose path an
 * attachment already names is that attachment: its alt text counts for it, and it is not
 * listed twice. Consent and `people:` come from front matter only.
 */
import type { Attachment, PostDocument } from './document.js';

export interface LocatedAttachment { attachment: Attachment; start: number; end: number; inline: boolean }

export function locateAttachments(doc: PostDocument): LocatedAttachment[] {
  const attachments = doc.frontMatter.attachments ?? [];
  const images = doc.images ?? [];
  if (!attachments.length && !images.length) return [];
  const head = doc.text.slice(0, doc.bodyStart);
  const key = /^attachments[ \t]*:/m.exec(head);
  let cursor = key ? key.index : 0;
  const same = (a: string, b: string) => a.replace(/^\.\//, '') === b.replace(/^\.\//, '');
  const located: LocatedAttachment[] = attachments.map((a) => {
    const inlineAlt = images.find((i) => same(i.path, a.path) && i.alt.trim())?.alt;
    const attachment = a.alt === undefined && inlineAlt !== undefined ? { ...a, alt: inlineAlt } : a;
    const at = findValue(head, a.path, cursor);
    if (at < 0) return { attachment, start: key?.index ?? 0, end: (key?.index ?? 0) + (key ? 'attachments'.length : 0), inline: false };
    cursor = at + a.path.length;
    return { attachment, start: at, end: cursor, inline: false };
  });
  for (const image of images) {
    if (attachments.some((a) => same(a.path, image.path))) continue;
    // At the path inside `![alt](path)`, so a finding shows the file, as for front matter.
    const at = doc.text.lastIndexOf(image.path, image.end);
    const [start, end] = at >= image.start ? [at, at + image.path.length] : [image.start, image.end];
    located.push({ attachment: { path: image.path, alt: image.alt }, start, end, inline: true });
  }
  return located;
}

const BEFORE = new Set([' ', '\t', ':', '"', "'", '\n', '{', ',']);
const AFTER = new Set([undefined, ' ', '\t', '"', "'", '\r', '\n', ',', '}', '#']);

/** The next occurrence of `value` standing alone as a YAML value ("a.jpg" is not found inside "ba.jpg"). */
function findValue(text: string, value: string, from: number): number {
  for (let at = text.indexOf(value, from); at >= 0; at = text.indexOf(value, at + 1)) {
    if (BEFORE.has(text[at - 1]) && AFTER.has(text[at + value.length])) return at;
  }
  return -1;
}

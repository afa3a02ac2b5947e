/**
 * Where each front matter attachment is written, so image findings point at its line:
 * the offset of its `path` value in the front matter, found in order (two attachments with
 * the same path get their own lines). Falls back to the `attachments:` key, then offset 0.
 */
import type { Attachment, PostDocument } from '../../model/index.js';

export interface LocatedAttachment { attachment: Attachment; start: number; end: number }

export function locateAttachments(doc: PostDocument): LocatedAttachment[] {
  const attachments = doc.frontMatter.attachments ?? [];
  if (!attachments.length) return [];
  const head = doc.text.slice(0, doc.bodyStart);
  const key = /^attachments[ \t]*:/m.exec(head);
  let cursor = key ? key.index : 0;
  return attachments.map((attachment) => {
    const at = findValue(head, attachment.path, cursor);
    if (at < 0) return { attachment, start: key?.index ?? 0, end: (key?.index ?? 0) + (key ? 'attachments'.length : 0) };
    cursor = at + attachment.path.length;
    return { attachment, start: at, end: cursor };
  });
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

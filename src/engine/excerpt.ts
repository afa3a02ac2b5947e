import { maskSpans } from './redact.js';

const CONTEXT = 24;

/**
 * A one-line excerpt around [start, end): a few words either side, cut at spaces, with
 * every sensitive span in the window masked (not only the finding's own).
 */
export function excerpt(text: string, start: number, end: number, sensitive: Array<[number, number]>): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // One line: a match that runs onto later lines is shown to the end of its first line.
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const matchEnd = Math.min(Math.max(end, start), lineEnd);
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, matchEnd + CONTEXT);
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space >= matchEnd) to = space;
  }
  const window = text.slice(from, to);
  const spans = sensitive.map(([s, e]) => [s - from, e - from] as [number, number]);
  // HTML comments (suppressions, notes) are never published: leave them out.
  const masked = maskSpans(window, spans);
  const cutInComment = /<!--(?:(?!-->)[\s\S])*$/.test(masked);
  const body = masked
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/[\r\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return `${from > lineStart ? '…' : ''}${body}${to < lineEnd && !cutInComment ? '…' : ''}`;
}

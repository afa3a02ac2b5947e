import type { LineIndex } from '../model/index.js';
import { maskSpans, SpanIndex } from './redact.js';

const CONTEXT = 24;

/**
 * A one-line excerpt around [start, end): a few words either side, cut at spaces, with
 * every sensitive span in the window masked (not only the finding's own).
 */
export function excerpt(text: string, start: number, end: number, sensitive: SpanIndex | Array<[number, number]>, lines?: LineIndex): string {
  // The line's bounds from the document's line index when given: searching back for a line
  // break from every finding made a long one-line text quadratic.
  const line = lines?.position(start).line;
  const lineStart = line !== undefined ? lines!.lineStart(line) : text.lastIndexOf('\n', start - 1) + 1;
  // One line: a match that runs onto later lines is shown to the end of its first line.
  let lineEnd = line !== undefined ? lineStart + lines!.lineText(line).length : text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const matchEnd = Math.min(Math.max(end, start), lineEnd);
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, matchEnd + CONTEXT);
  // Cut at a space, looking only inside the context window (so a line without spaces costs no more).
  if (from > lineStart) {
    const space = text.slice(from, start).indexOf(' ');
    if (space !== -1) from += space + 1;
  }
  if (to < lineEnd) {
    const space = text.slice(matchEnd, to + 1).lastIndexOf(' ');
    if (space !== -1) to = matchEnd + space;
  }
  const window = text.slice(from, to);
  const inWindow = Array.isArray(sensitive) ? sensitive : sensitive.overlapping(from, to);
  const spans = inWindow.map(([s, e]) => [s - from, e - from] as [number, number]);
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

import type { LineIndex } from '../model/index.js';
import { maskSpans, SpanIndex } from './redact.js';

const CONTEXT = 24;
/**
 * The most of a match an excerpt shows: a finding on a whole paragraph (a language rule's) is
 * shown by its start, cut at a space and ended with "…", not repeated whole in every report.
 */
export const SHOWN = 160;

/**
 * Where to cut a text shown from `start` so that it keeps at most SHOWN characters: at the
 * last space inside them (or exactly there when the text has none), or `end` when it fits.
 */
export function shownEnd(text: string, start: number, end: number): number {
  if (end - start <= SHOWN) return end;
  const space = text.lastIndexOf(' ', start + SHOWN);
  return space > start + SHOWN / 2 ? space : start + SHOWN;
}

/**
 * A one-line excerpt around [start, end): a few words either side, cut at spaces, with
 * every sensitive span in the window masked (not only the finding's own).
 */
export function excerpt(text: string, start: number, end: number, sensitive: SpanIndex | Array<[number, number]>, lines?: LineIndex): string {
  // The line's bounds from the document's line index when given: searching back for a line
  // break from every finding made a long one-line text quadratic.
  const line = lines?.position(start).line;
  const lineStart = line !== undefined ? lines!.lineStart(line) : text.lastIndexOf('\n', start - 1) + 1;
  // One line: a match that runs onto later lines is shown to the end of its first line, and a
  // long one by its start (SHOWN).
  let lineEnd = line !== undefined ? lineStart + lines!.lineText(line).length : text.indexOf('\n', start);
  if (lineEnd === -1) lineEnd = text.length;
  const fullEnd = Math.min(Math.max(end, start), lineEnd);
  const matchEnd = shownEnd(text, start, fullEnd);
  const cutMatch = matchEnd < fullEnd;
  let from = Math.max(lineStart, start - CONTEXT);
  let to = cutMatch ? matchEnd : Math.min(lineEnd, matchEnd + CONTEXT);
  // Cut at a space, looking only inside the context window (so a line without spaces costs no more).
  if (from > lineStart) {
    const space = text.slice(from, start).indexOf(' ');
    if (space !== -1) from += space + 1;
  }
  if (to < lineEnd && !cutMatch) {
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

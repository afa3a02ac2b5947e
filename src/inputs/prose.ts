import type { Link } from '../engine/types.js';

/** Writes `source[start,end)` into a blanked buffer. */
export function reveal(prose: string[], source: string, start: number, end: number): void {
  for (let i = start; i < end; i++) prose[i] = source[i];
}

// Bare URLs and web addresses; trailing sentence punctuation is not part of the URL.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"’”]+$/;
const COMMENT_RE = /<!--[\s\S]*?-->/g;

/** Finds bare URLs in plain text, blanks them in `prose`, and returns them as links. */
export function extractBareUrls(text: string, prose: string[], from: number, to: number): Link[] {
  const links: Link[] = [];
  URL_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = URL_RE.exec(slice); m; m = URL_RE.exec(slice)) {
    const url = m[0].replace(TRAILING, '');
    const start = from + m.index;
    const end = start + url.length;
    for (let i = start; i < end; i++) prose[i] = ' ';
    links.push({ url, start, end });
  }
  return links;
}

/** Blanks HTML comments (suppression comments included) in `prose`. */
export function blankComments(text: string, prose: string[], from: number, to: number): void {
  COMMENT_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = COMMENT_RE.exec(slice); m; m = COMMENT_RE.exec(slice)) {
    const start = from + m.index;
    for (let i = start; i < start + m[0].length; i++) if (text[i] !== '\n' && text[i] !== '\r') prose[i] = ' ';
  }
}

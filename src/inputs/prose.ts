import type { Link } from '../model/index.js';

/** Writes `source[start,end)` into a blanked buffer. */
export function reveal(prose: string[], source: string, start: number, end: number): void {
  for (let i = start; i < end; i++) prose[i] = source[i];
}

// Bare URLs and web addresses; trailing sentence punctuation is not part of the URL.
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const TRAILING = /[.,;:!?)\]}'"’”]+$/;
const COMMENT_RE = /<!--[\s\S]*?-->/g;

/**
 * Plain text's prose (HTML comments and bare URLs blanked, line breaks kept) and its links, as
 * `blankComments` then `extractBareUrls` over a character array give them, built from slices:
 * a post from an export is short and one of thousands, and an array of its characters costs
 * more than everything else done to it here.
 */
export function plainProse(text: string): { prose: string; links: Link[] } {
  const blanked = text.includes('<!--') ? text.replace(COMMENT_RE, (m) => m.replace(/[^\r\n]/g, ' ')) : text;
  const links: Link[] = [];
  let prose = '';
  let last = 0;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(text); m; m = URL_RE.exec(text)) {
    const url = m[0].replace(TRAILING, '');
    const start = m.index;
    const end = start + url.length;
    prose += blanked.slice(last, start) + ' '.repeat(url.length);
    last = end;
    links.push({ url, start, end });
  }
  return { prose: last ? prose + blanked.slice(last) : blanked, links };
}

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

// Markdown marks that are not words: heading and quote markers and list bullets at the start of
// a line, and runs of * or _ that open or close emphasis (an _ inside a word or handle stays).
const LINE_MARKS = /^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+)/gm;
const EMPHASIS = /(?<![\p{L}\p{N}_*~])(?:[*_]{1,3}|~~)(?=[^\s*_~])|(?<=[^\s*_~])(?:[*_]{1,3}|~~)(?![\p{L}\p{N}_*~])/gu;

/**
 * Blanks the Markdown marks left in prose, so "**Welsh** to follow" reads "  Welsh   to
 * follow": all of them for Markdown with no code, links or HTML (which skips the parser), and
 * GFM's strikethrough after the parser (run without GFM).
 */
export function blankMarkdownMarks(prose: string[], from: number, to: number): void {
  const text = prose.slice(from, to).join('');
  for (const re of [LINE_MARKS, EMPHASIS]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      for (let i = 0; i < m[0].length; i++) if (m[0][i] !== '\n') prose[from + m.index + i] = ' ';
      if (m[0] === '') re.lastIndex++;
    }
  }
}

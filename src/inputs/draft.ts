import { UserError, type FrontMatter, type InlineImage, type Link, type PostDocument } from '../model/index.js';
import { t } from '../i18n/index.js';
import { decodeText } from './decode.js';
import { readText, type DocumentSource } from './source.js';
import { findFrontMatter, parseFrontMatter } from './front-matter.js';
import { blankComments, blankMarkdownMarks, extractBareUrls, plainProse } from './prose.js';

export interface ParsedDraft {
  doc?: PostDocument;
  errors: UserError[];
}

export const DRAFT_EXT = /\.(txt|md|markdown)$/i;
export const isMarkdown = (file: string) => /\.(md|markdown)$/i.test(file);

// Markdown constructs that change which text is prose: code spans and fences, links and
// images, HTML, and indented code. A Markdown body without any of them reads exactly like
// plain text (emphasis and heading marks are not words), so it skips marked, whose grammar
// costs ~30 ms to load and compile: most posts are plain sentences.
const MARKDOWN_CONSTRUCTS = /[`\[<~]|^(?: {4}|\t)\S/m;

/**
 * A draft's text to a PostDocument: front matter parsed and validated, and a `prose` view
 * of the body the same length as the text, so every offset is a true line:column.
 * Plain text is all prose except URLs (links) and suppression comments.
 */
export async function parseDraft(text: string, file: string, markdown = isMarkdown(file)): Promise<ParsedDraft> {
  const block = findFrontMatter(text);
  if (!block && /^---[ \t]*\r?\n/.test(text)) {
    // Read as prose, its attachments and settings would silently go unchecked.
    return { errors: [new UserError(t('draft.unclosed'), file, 1, 1)] };
  }
  let frontMatter: FrontMatter = {};
  let smpolicyKeyAt: number | undefined;
  if (block) {
    const fm = await parseFrontMatter(text, block, file);
    if (fm.errors.length) return { errors: fm.errors };
    frontMatter = fm.data;
    smpolicyKeyAt = fm.smpolicyKeyAt;
  }
  const bodyStart = block?.bodyStart ?? 0;
  let links: Link[];
  let images: InlineImage[] | undefined;
  let proseChars: string[] = [];
  // Plain text with no front matter and no thread separator: built from slices (plainProse).
  let plain: string | undefined;
  if (!markdown && bodyStart === 0 && !text.includes('---')) {
    ({ prose: plain, links } = plainProse(text));
  } else if (markdown && MARKDOWN_CONSTRUCTS.test(text.slice(bodyStart))) {
    // Indexed by UTF-16 unit, as offsets are; [...text] would split by code point.
    proseChars = Array.from({ length: text.length }, (_, i) => (text[i] === '\n' || text[i] === '\r' ? text[i] : ' '));
    // marked is loaded only for Markdown drafts.
    const { revealMarkdown } = await import('./markdown.js');
    const revealed = revealMarkdown(text, proseChars, bodyStart, text.length);
    links = revealed.links;
    if (revealed.images.length) images = revealed.images;
    // marked keeps bare URLs inside text tokens when it does not autolink them (e.g. www.).
    links.push(...extractBareUrls(proseChars.join(''), proseChars, bodyStart, text.length));
    blankMarkdownMarks(proseChars, bodyStart, text.length);
  } else {
    proseChars = text.split('');
    for (let i = 0; i < bodyStart; i++) if (text[i] !== '\n' && text[i] !== '\r') proseChars[i] = ' ';
    blankComments(text, proseChars, bodyStart, text.length);
    links = extractBareUrls(text, proseChars, bodyStart, text.length);
    if (markdown) blankMarkdownMarks(proseChars, bodyStart, text.length);
  }
  links.sort((a, b) => a.start - b.start);
  const posts = plain === undefined ? threadPosts(text, bodyStart, markdown) : undefined;
  // The separator lines are not prose: blank them.
  if (posts) for (const [, end] of posts.slice(0, -1)) blankLine(proseChars, text, end);
  const doc: PostDocument = {
    kind: 'post',
    path: file,
    where: { file, line: 1 },
    text,
    prose: plain ?? proseChars.join(''),
    links,
    ...(images ? { images } : {}),
    ...(posts ? { posts } : {}),
    frontMatter,
    bodyStart,
    ...(smpolicyKeyAt !== undefined ? { smpolicyKeyAt } : {}),
  };
  return { doc, errors: [] };
}

/**
 * Published text with no front matter or Markdown (a post from a platform export), as a draft:
 * its URLs are links, the rest prose; synchronous, for the many posts of an export.
 */
export function plainDraft(text: string, where: PostDocument['where'], frontMatter: FrontMatter = {}): PostDocument {
  const { prose, links } = plainProse(text);
  return { kind: 'post', path: where.file, where, text, prose, links, frontMatter, bodyStart: 0 };
}

const SEPARATOR = /^---[ \t]*\r?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The posts of a thread: the body parted at lines holding only `---` (never inside a fenced
 * code block of a Markdown draft). Each post runs from the start of its first line to the end
 * of its last; undefined unless there are at least two posts with text.
 */
export function threadPosts(text: string, bodyStart: number, markdown: boolean): Array<[number, number]> | undefined {
  if (!text.includes('---', bodyStart)) return undefined;
  const posts: Array<[number, number]> = [];
  let start = bodyStart;
  let fence: string | undefined;
  for (let at = bodyStart; at < text.length; ) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, end);
    const f = markdown ? FENCE.exec(line) : null;
    if (f) fence = fence === undefined ? f[1][0] : fence === f[1][0] ? undefined : fence;
    else if (fence === undefined && SEPARATOR.test(line)) {
      posts.push([start, at]);
      start = end + 1;
    }
    at = end + 1;
  }
  posts.push([start, text.length]);
  const withText = posts.filter(([s, e]) => text.slice(s, e).trim() !== '');
  return withText.length >= 2 ? withText.map(([s, e]) => trimEnd(text, s, e)) : undefined;
}

const trimEnd = (text: string, s: number, e: number): [number, number] => {
  while (e > s && /\s/.test(text[e - 1])) e--;
  return [s, e];
};

/** Blanks the separator line that follows offset `after` (the end of a post). */
function blankLine(prose: string[], text: string, after: number): void {
  const at = text.indexOf('---', after);
  if (at < 0) return;
  for (let i = at; i < at + 3; i++) prose[i] = ' ';
}

/** Drafts: .txt, .md and .markdown files, and standard input (read as Markdown). */
export const draftSource: DocumentSource = {
  name: 'draft',
  accepts: (shown) => shown === '<stdin>' || DRAFT_EXT.test(shown),
  async *read(input) {
    const { text, errors } = await readText(input, decodeText);
    yield text === undefined ? { errors } : await parseDraft(text, input.shown, input.shown === '<stdin>' ? true : undefined);
  },
};

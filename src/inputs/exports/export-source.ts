import type { PostMeta, PostDocument, Where } from '../../model/index.js';
import { plainDraft } from '../draft.js';
import type { SourceResult } from '../source.js';

/** Which columns of a CSV hold what (`smpolicy audit --text-column NAME ...`). */
export interface ExportOptions {
  textColumn?: string;
  dateColumn?: string;
  accountColumn?: string;
  idColumn?: string;
  urlColumn?: string;
  /**
   * The IANA time zone (default Europe/London) in which dates written without one (Sprout's
   * `Date`, a generic CSV's date-times) are read, and in which every post's date is written:
   * `2026-04-01T09:00+01:00`.
   */
  timeZone?: string;
}

/**
 * One export as a source reads it: streamed, never whole in memory. `open()` streams the
 * file named; for an archive folder (an X archive), `open(name)` streams a file inside it
 * ("data/account.js") and `has(name)` says whether it is there. For a file, `name` is
 * relative to the file's own folder: `data/tweets.js` reads its neighbour `data/account.js`
 * as `open('account.js')`. Each call of `open` streams from the start (a CSV source reads a
 * file again to go on after a broken quote).
 */
export interface ExportInput {
  /** The name shown to the user: a path relative to the working directory. */
  shown: string;
  open(name?: string): AsyncIterable<Uint8Array>;
  has(name: string): Promise<boolean>;
}

/**
 * A platform export: each post becomes a document with its place in the export
 * (`where.row`, and `where.post`: id, account, date, link), judged as of its own date. A
 * malformed row or record is an error naming the file and row, and the rest is still read.
 */
export interface ExportSource {
  readonly name: string;
  /** Whether this source reads an input of this name, given its first kilobytes as text (empty for a folder). */
  accepts(shown: string, head: string, o: ExportOptions): boolean;
  read(input: ExportInput, o: ExportOptions): AsyncIterable<SourceResult>;
}

/**
 * A post of an export as a document: its text is prose as written (no front matter or
 * Markdown: exports hold the published text), and its date is its publication date, so date
 * rules (elections, embargoes) judge it as of the day it went out.
 */
export function exportedPost(text: string, where: Where & { post: PostMeta }): PostDocument {
  const date = where.post.date;
  const frontMatter = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? { scheduled: date.slice(0, 16).replace(' ', 'T') } : {};
  // Its prose and links are made when first read: an audit sends the text to a worker thread,
  // which makes its own document, so the reading thread need not (~15 µs a post).
  let full: PostDocument | undefined;
  const made = () => (full ??= plainDraft(text, where, frontMatter));
  return {
    kind: 'post',
    path: where.file,
    where,
    text,
    frontMatter,
    bodyStart: 0,
    get prose() {
      return made().prose;
    },
    get links() {
      return made().links;
    },
  };
}

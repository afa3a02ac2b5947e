/** Documents: what a source makes of the user's input, and what rules read. */

export type Channel = 'twitter' | 'x' | 'facebook' | 'instagram' | 'linkedin' | 'threads' | 'bluesky' | 'other';
export type Lang = 'cy' | 'en';

/** A link found in a post: Markdown link target, autolink or bare URL. Offsets index `PostDocument.text`. */
export interface Link { url: string; start: number; end: number }

export interface Attachment { path: string; alt?: string; 'alt-cy'?: string; people?: boolean; consent?: string }

/** A Markdown image in the body (`![alt](path)`): an attachment too (DESIGN §2). Offsets index `text`. */
export interface InlineImage { path: string; alt: string; start: number; end: number }
export interface Quote { author: string; permission?: string }

/** Parsed front matter (DESIGN §2); unknown keys are rejected before this is built. */
export interface FrontMatter {
  channel?: Channel;
  account?: string;
  pair?: string;
  'in-reply-to'?: { language?: Lang };
  attachments?: Attachment[];
  quotes?: Quote[];
  scheduled?: string;
  smpolicy?: { disable?: string[]; reason?: string };
  [key: string]: unknown;
}

/** A post of a platform export: the JSON format prints it beside the findings (DESIGN §4). */
export interface PostMeta {
  id?: string;
  account?: string;
  date?: string;
  url?: string;
  /** The other-language post published with this one (its id, else its row), when `audit` paired them. */
  pair?: string;
}

/**
 * Where a document came from: the file as shown to the user, and within it the line a
 * draft starts on, the JSON Pointer of an account, or the row and post of an export.
 */
export interface Where {
  file: string;
  line?: number;
  pointer?: string;
  row?: number;
  post?: PostMeta;
}

/**
 * A draft post. `text` is the whole decoded file (front matter included) so that every
 * offset maps straight to line:column. `prose` has exactly the same length as `text`, with
 * everything that is not prose (front matter, code, HTML comments, Markdown syntax, link
 * URLs) replaced by spaces, newlines kept: detectors scan `prose` and report offsets that are
 * valid in `text`.
 */
export interface PostDocument {
  kind: 'post';
  /** The file as shown to the user (relative to the working directory when inside it). */
  path: string;
  where: Where;
  text: string;
  prose: string;
  links: Link[];
  /** Markdown images in the body, in order. */
  images?: InlineImage[];
  /**
   * The posts of a thread (DESIGN §2: a line holding only `---` after the front matter
   * separates them), as [start, end) offsets of `text`; absent for a single post.
   */
  posts?: Array<[number, number]>;
  frontMatter: FrontMatter;
  /** Offset in `text` where the body starts (after front matter). */
  bodyStart: number;
  /** The other-language version of this post, when it is a separate file (`pair:` or NAME.cy.md). */
  pair?: PostDocument;
  /** Offset of the front matter `smpolicy:` key, where file-level suppression problems point. */
  smpolicyKeyAt?: number;
}

/** A social media account configuration (`kind: social-account`). */
export interface AccountDocument {
  kind: 'account';
  path: string;
  where: Where;
  text: string;
  data: Record<string, unknown>;
  /**
   * Line and column (1-based) of the value at a JSON Pointer, or of its nearest existing
   * parent; with `key`, of that key of the mapping at the pointer.
   */
  locate(pointer: string, key?: string): { line: number; column: number };
  /**
   * What the account publishes as text (display name, bio, auto-reply, disclaimer, in each
   * language): each a draft over the same `text`, with only that value's characters as prose,
   * so the post rules read it and their findings point into the account file.
   */
  profile?: PostDocument[];
}

export type LintDocument = PostDocument | AccountDocument;

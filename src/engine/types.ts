/** Shared types of the engine, detectors and formats. Nothing here does I/O. */

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Channel = 'twitter' | 'x' | 'facebook' | 'instagram' | 'linkedin' | 'threads' | 'bluesky' | 'other';
export type Lang = 'cy' | 'en';

/** A link found in a post: Markdown link target, autolink or bare URL. Offsets index `PostDocument.text`. */
export interface Link { url: string; start: number; end: number }

export interface Attachment { path: string; alt?: string; 'alt-cy'?: string; people?: boolean; consent?: string }
export interface Quote { author: string; permission?: string }

/** Parsed front matter (DESIGN §2); unknown keys are rejected before this is built. */
export interface FrontMatter {
  channel?: Channel;
  account?: string;
  pair?: string;
  'in-reply-to'?: { language?: Lang };
  attachments?: Attachment[];
  quotes?: Quote[];
  smpolicy?: { disable?: string[]; reason?: string };
  [key: string]: unknown;
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
  path: string;
  text: string;
  prose: string;
  links: Link[];
  frontMatter: FrontMatter;
  /** Offset in `text` where the body starts (after front matter). */
  bodyStart: number;
  /** The other-language version of this post, when it is a separate file (`pair:` or NAME.cy.md). */
  pair?: PostDocument;
}

/** A social media account configuration (`kind: social-account`). */
export interface AccountDocument {
  kind: 'account';
  path: string;
  text: string;
  data: Record<string, unknown>;
  /**
   * Line and column (1-based) of the value at a JSON Pointer, or of its nearest existing
   * parent; with `key`, of that key of the mapping at the pointer.
   */
  locate(pointer: string, key?: string): { line: number; column: number };
}

export type LintDocument = PostDocument | AccountDocument;

export interface Election { name: string; from: string; to: string }

/** The part of the configuration detectors may read. */
export interface RunContext {
  /** The day date-based rules evaluate against, YYYY-MM-DD. */
  date: string;
  channel?: Channel;
  organisation: {
    name?: string;
    domains: string[];
    approvedApps: string[];
    allow: { emails: string[]; phones: string[]; addresses?: string[] };
  };
  welsh: { order: 'welsh-first' | 'any'; citation?: string };
  elections: Election[];
}

/** What a detector reports. Offsets index the document's `text`; account rules give a `pointer`. */
export interface Match {
  start: number;
  end: number;
  /** JSON Pointer into an account document, instead of offsets. */
  pointer?: string;
  /** With `pointer`: the key of the mapping there that the finding is about (shown at the key). */
  key?: string;
  /** Values for `{placeholders}` in the rule's message; `match` defaults to the matched text. */
  data?: Record<string, string>;
  /** Replaces the rule's message entirely (placeholders still filled). */
  message?: string;
  /** Overrides the rule's severity for this match (e.g. weak context lowers a checksum hit). */
  severity?: Severity;
  /** The matched text is personal data: masked in output unless --no-redact. */
  sensitive?: boolean;
  /** Keys of `data` whose values are personal data (coordinates read from a photo): masked likewise. */
  sensitiveData?: string[];
  suggestions?: string[];
  note?: string;
}

/** A builtin detector: one file in src/detectors/, registered in src/detectors/index.ts. */
export interface BuiltinDetector<P = Record<string, unknown>> {
  name: string;
  appliesTo: 'post' | 'account';
  /** JSON Schema of `detect.params` in a pack. */
  paramsSchema: Record<string, unknown>;
  detect(doc: LintDocument, params: P, ctx: RunContext): Match[] | Promise<Match[]>;
}

export interface PolicyRef { pack: string; ref: string; title: string }

/** One finding, as the JSON format prints it (DESIGN §4) plus the alex-style extras. */
export interface Finding {
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  policy: PolicyRef;
  /** The matched text, masked when personal data. */
  actual?: string;
  suggestions?: string[];
  note?: string;
  url?: string;
}

export interface FileResult {
  file: string;
  kind: 'post' | 'account';
  findings: Finding[];
}

/** A rule's metadata as formats, `rules` and `explain` see it (compiled from a pack). */
export interface RuleInfo {
  id: string;
  category: string;
  severity: Severity;
  appliesTo: 'post' | 'account';
  pack: string;
  packTitle: string;
  policy: { ref: string; title: string };
  message: string;
  remediation: string;
  why?: string;
  url?: string;
  examples: { bad: string[]; good: string[] };
}

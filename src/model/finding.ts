/** What rules report, and the metadata formats show beside it. */

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';

/** What a detector reports. Offsets index the document's `text`; account rules give a `pointer`. */
/** A fix a detector offers: replace [start, end) of the document's text with `text` (ESLint's model). */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

export interface Match {
  start: number;
  end: number;
  /** The detector's own fix, when it knows one better than the rule's `fix:` (DESIGN §5). */
  fix?: Fix;
  /** JSON Pointer into an account document, instead of offsets. */
  pointer?: string;
  /** With `pointer`: the key of the mapping there that the finding is about (shown at the key). */
  key?: string;
  /** Values for `{placeholders}` in the rule's message; `match` defaults to the matched text. */
  data?: Record<string, string>;
  /** Replaces the rule's message entirely (placeholders still filled). */
  message?: string;
  /** The same in Welsh, used when the run's language is Welsh (else `message` is). */
  messageCy?: string;
  /** Overrides the rule's severity for this match (e.g. weak context lowers a checksum hit). */
  severity?: Severity;
  /** The matched text is personal data: masked in output unless --no-redact. */
  sensitive?: boolean;
  /** Keys of `data` whose values are personal data (coordinates read from a photo): masked likewise. */
  sensitiveData?: string[];
  suggestions?: string[];
  note?: string;
  /** The note in Welsh, used when the run's language is Welsh (else `note` is). */
  noteCy?: string;
  /**
   * Reported even where a rule named in its rule's `superseded-by` covers it: the match is a
   * finding of its own kind, not another view of the same words (a case reference number inside
   * a complaint argued in public is still personal data).
   */
  standalone?: boolean;
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
  /** In a thread, which post the finding is in (1-based) and how many there are. */
  thread?: { post: number; posts: number };
  suggestions?: string[];
  note?: string;
  url?: string;
  /** A safe fix (DESIGN §4, additive): replace `range` (UTF-16 offsets into the file's text) with `text`. */
  fix?: { range: [number, number]; text: string };
  /**
   * A fix applied only when asked (additive): `personal-data` replaces the personal data with a
   * placeholder (`check --fix --fix-personal-data`, or chosen in `review`). Never in `fix`:
   * removing a phone number from a draft changes what it says, so a person decides.
   */
  suggestedFix?: { range: [number, number]; text: string; kind: 'personal-data' };
  /**
   * What makes this finding the same finding after unrelated edits (baselines, SARIF): a hash
   * of the rule, the matched text and the words around it, never its line, and never the
   * personal data in clear. The file is not in it: a baseline adds it.
   */
  fingerprint?: string;
}

/** The findings of one document, as the JSON format prints them (DESIGN §4: `results[]`). */
export interface FileResult {
  file: string;
  kind: 'post' | 'account';
  findings: Finding[];
  /** For a post of a platform export (`smpolicy audit`): its id, account, date and link (DESIGN §4, additive). */
  post?: import('./document.js').PostMeta;
  /** The row or record of the export it came from (1-based). */
  row?: number;
  /** Whether a post of an export has English and (more than a token of) Welsh: how `audit` pairs posts. No format prints it. */
  languages?: { english: boolean; welsh: boolean };
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
  /** The language of this human text, when Welsh (labels around it, e.g. in SARIF's help, follow it). */
  lang?: 'cy' | 'en';
}

/** The one signature every output format implements (DESIGN §4). */
import type { FileResult, RuleInfo } from '../model/index.js';

export interface FormatInput {
  /** Files in the order given; findings already sorted (line, column) and masked. */
  results: FileResult[];
  /** Metadata of every rule that may appear (SARIF rule descriptors and help). */
  rules: Map<string, RuleInfo>;
  /** smpolicy version, e.g. "0.1.0". */
  version: string;
  /** Stylish only: false when NO_COLOR, --no-color or not a TTY. */
  color: boolean;
  /** Working directory, to make paths relative and to build URIs. */
  cwd: string;
  /** Inputs that could not be checked (their errors went to stderr): a summary never claims success over them. */
  unchecked?: number;
  /** Stylish only: columns to wrap help text to (the terminal's width; default 100). */
  width?: number;
  /** The language of the format's own words (stylish's summary and labels; default English); rule texts come in it already. */
  lang?: 'en' | 'cy';
}

/** Renders the whole output; a non-empty result ends in "\n". Pure: no I/O, no globals. */
export type Formatter = (input: FormatInput) => string;

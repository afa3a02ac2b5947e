import type { LintDocument, UserError } from '../model/index.js';

/** One input as the run found it: a file, standard input, or an export. */
export interface SourceInput {
  /** The name shown to the user (relative path, or '<stdin>'). */
  shown: string;
  /** Reads the whole input (drafts and account files are small: the run caps their size). */
  bytes(): Promise<Uint8Array>;
}

/** A document a source made, or the problems that stopped it (one clear line each). */
export interface SourceResult {
  doc?: LintDocument;
  errors: UserError[];
}

/**
 * Turns input bytes into documents, each with a `where` (file:line for drafts, a JSON
 * Pointer for account files, a row or post for exports). The engine only ever sees
 * documents, so a new input format is a new source and nothing else.
 */
export interface DocumentSource {
  readonly name: string;
  /** Whether this source reads an input of this name, given its first kilobytes of text. */
  accepts(shown: string, head: string): boolean;
  /** Never throws for bad input: problems come back as errors. */
  read(input: SourceInput): AsyncIterable<SourceResult>;
}

/** The input decoded as text, or the one problem that stops it (unreadable, binary, bad encoding). */
export async function readText(input: SourceInput, decode: (bytes: Uint8Array, file: string) => string): Promise<{ text?: string; errors: UserError[] }> {
  try {
    return { text: decode(await input.bytes(), input.shown), errors: [] };
  } catch (e) {
    if ((e as Error).name === 'UserError') return { errors: [e as UserError] };
    throw e;
  }
}

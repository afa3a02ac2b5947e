import type { ExportOptions, ExportSource } from './export-source.js';
import { facebookSource } from './facebook.js';
import { genericCsvSource } from './generic-csv.js';
import { sproutCsvSource } from './sprout-csv.js';
import { twitterArchiveSource } from './twitter-archive.js';

export type { ExportInput, ExportOptions, ExportSource } from './export-source.js';
export { exportedPost } from './export-source.js';

/**
 * The export sources, in the order to ask them: the first that accepts an input reads it.
 * Sprout comes before the generic CSV, which takes any other `.csv`.
 */
export const EXPORT_SOURCES: readonly ExportSource[] = [twitterArchiveSource, facebookSource, sproutCsvSource, genericCsvSource];

/**
 * The source that reads an input, given its name as shown, its first kilobytes as text (empty
 * for a folder) and the audit's options; undefined for anything that is not an export (a
 * draft, an account file).
 */
export function exportSourceFor(shown: string, head: string, options: ExportOptions = {}): ExportSource | undefined {
  return EXPORT_SOURCES.find((s) => s.accepts(shown, head, options));
}

/**
 * Where something is in the user's input: a file, and line:column when known (1-based).
 * Config entries, pack rules and findings point at their source with one.
 */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
}

/** `file:line:column`, `file` or '' as much as is known. */
export function formatLocation(at: Location): string {
  if (!at.file) return '';
  return at.line ? `${at.file}:${at.line}:${at.column ?? 1}` : at.file;
}

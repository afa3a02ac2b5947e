import { isAbsolute, relative } from 'node:path';

/** A path as shown to the user: relative to the working directory when inside it, else absolute. */
export function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Whether `path` is `dir` or inside it (both absolute and resolved). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

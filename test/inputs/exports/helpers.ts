import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ExportInput, ExportOptions, ExportSource } from '../../../src/inputs/exports/export-source.js';
import type { PostDocument } from '../../../src/model/index.js';

export const FIXTURES = 'fixtures/exports';

/**
 * An export on disk as the audit will give it: a file (`open()` streams it; names are
 * relative to its folder) or a folder (`open(name)` streams a file inside it).
 */
export function diskInput(shown: string): ExportInput & { opened: string[] } {
  const folder = statSync(shown).isDirectory();
  const base = folder ? shown : dirname(shown);
  const opened: string[] = [];
  return {
    shown,
    opened,
    open(name?: string) {
      const path = name === undefined ? shown : join(base, name);
      opened.push(name ?? shown);
      return createReadStream(path, { highWaterMark: 4096 });
    },
    async has(name: string) {
      return existsSync(join(base, name));
    },
  };
}

/** An input whose bytes are generated as they are read, so not even the test holds the file. */
export function generatedInput(shown: string, chunks: () => Iterable<string | Uint8Array>, files: Record<string, () => Iterable<string>> = {}): ExportInput {
  const encoder = new TextEncoder();
  const stream = (make: () => Iterable<string | Uint8Array>) =>
    (async function* () {
      for (const c of make()) yield typeof c === 'string' ? encoder.encode(c) : c;
    })();
  return {
    shown,
    open: (name?: string) => stream(name === undefined ? chunks : files[name] ?? (() => { throw new Error(`no ${name}`); })),
    has: async (name: string) => name in files,
  };
}

/** An input holding one file's bytes. */
export const memoryInput = (shown: string, content: string | Uint8Array, files: Record<string, string> = {}): ExportInput =>
  generatedInput(shown, () => [content], Object.fromEntries(Object.entries(files).map(([k, v]) => [k, () => [v]])));

export interface Read {
  posts: Array<{ text: string; row?: number; file: string; id?: string; account?: string; date?: string; url?: string; scheduled?: string }>;
  errors: Array<{ file?: string; line?: number; message: string }>;
}

/** Everything a source reads from an input: posts (text, place, meta) and errors, in order. */
export async function readAll(source: ExportSource, input: ExportInput, o: ExportOptions = {}): Promise<Read> {
  const out: Read = { posts: [], errors: [] };
  for await (const r of source.read(input, o)) {
    for (const e of r.errors) out.errors.push({ file: e.file, line: e.line, message: e.message });
    if (r.doc) {
      const d = r.doc as PostDocument;
      out.posts.push({ text: d.text, row: d.where.row, file: d.where.file, ...d.where.post, ...(d.frontMatter.scheduled ? { scheduled: d.frontMatter.scheduled } : {}) });
    }
  }
  return out;
}

/** The first kilobytes of a file as text, as `accepts` is given them ('' for a folder). */
export const headOf = (path: string) => (statSync(path).isDirectory() ? '' : readFileSync(path).subarray(0, 4096).toString('utf8'));

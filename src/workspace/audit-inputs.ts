import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { exportSourceFor } from '../inputs/exports/index.js';
import type { ExportInput, ExportOptions, ExportSource } from '../inputs/exports/export-source.js';
import { UserError } from '../model/index.js';
import { t } from '../i18n/index.js';
import { display } from './paths.js';
import { readProblem } from './read-file.js';
import { expandTargets, type Target } from './targets.js';

/** What `smpolicy audit` reads: drafts and account files as `check` does, and platform exports. */
export type AuditItem = ({ target: Target } | { export: ExportInput; source: ExportSource }) & { size: number };

/** Bytes of the inputs read so far, for the progress bar. */
export interface ReadMeter {
  read: number;
}

const GLOB_CHARS = /[*?[\]{}]/;
const EXPORT_EXT = /\.(csv|json|js)$/i;

/** The first kilobytes of a regular file as text (how a source recognises an export), or undefined. */
async function head(path: string): Promise<string | undefined> {
  const handle = await open(path, 'r').catch(() => undefined);
  if (!handle) return undefined;
  try {
    if (!(await handle.stat()).isFile()) return undefined;
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8').replace(/^\ufeff/, '');
  } finally {
    await handle.close();
  }
}

/**
 * An export file (or an archive folder) as its source reads it: streamed, only regular files.
 * In an archive, names are relative to its root (the folder holding data/).
 */
function exportInput(path: string, cwd: string, isFolder: boolean, meter?: ReadMeter): ExportInput {
  const root = isFolder ? path : basename(dirname(path)) === 'data' ? dirname(dirname(path)) : dirname(path);
  const shown = display(cwd, path);
  const fileOf = (name?: string) => (name === undefined ? (isFolder ? join(root, 'data', 'tweets.js') : path) : join(root, name));
  return {
    shown,
    has: async (name) => stat(join(root, name)).then((s) => s.isFile(), () => false),
    async *open(name?: string) {
      const file = fileOf(name);
      const s = await stat(file).catch((e) => {
        throw new UserError(t('audit.exportUnreadable', { why: readProblem(e) }), display(cwd, file));
      });
      if (!s.isFile()) throw new UserError(t('audit.exportNotFile'), display(cwd, file));
      for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
        if (meter) meter.read += chunk.length;
        yield chunk;
      }
    },
  };
}

/** An X archive's folder: it holds data/tweets.js (or data/tweet.js). */
async function isArchive(dir: string): Promise<boolean> {
  for (const name of ['data/tweets.js', 'data/tweet.js', 'tweets.js']) if (await stat(join(dir, name)).then((s) => s.isFile(), () => false)) return true;
  return false;
}

/**
 * Expands the inputs of `audit`: an export named (or an archive folder) is read by its source;
 * a folder is walked for drafts, account files and exports; globs likewise. Ignore files and
 * config `ignore:` apply as for `check`. Each problem is an error for that input only.
 */
export async function expandAuditInputs(paths: string[], cwd: string, configDir: string, ignore: string[], o: ExportOptions, meter?: ReadMeter): Promise<{ items: AuditItem[]; errors: UserError[] }> {
  const sizeOf = async (path: string) => stat(path).then((s) => s.size, () => 0);
  const items: AuditItem[] = [];
  const errors: UserError[] = [];
  const asExport = async (abs: string): Promise<boolean> => {
    if (!EXPORT_EXT.test(abs)) return false;
    const text = await head(abs);
    const source = text === undefined ? undefined : exportSourceFor(display(cwd, abs), text, o);
    if (source) items.push({ export: exportInput(abs, cwd, false, meter), source, size: await sizeOf(abs) });
    return Boolean(source);
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const s = await stat(abs).catch(() => undefined);
    if (s?.isDirectory() && (await isArchive(abs))) {
      const source = exportSourceFor(display(cwd, abs), '', o);
      if (source) items.push({ export: exportInput(abs, cwd, true, meter), source, size: (await sizeOf(join(abs, 'data', 'tweets.js'))) || (await sizeOf(join(abs, 'data', 'tweet.js'))) });
      else errors.push(new UserError(t('audit.archiveUnread'), display(cwd, abs)));
      continue;
    }
    if (s?.isFile() && (await asExport(abs))) continue;
    if (s?.isFile() && EXPORT_EXT.test(abs) && /\.csv$/i.test(abs) && !o.textColumn) {
      errors.push(new UserError(t('audit.csvColumn'), display(cwd, abs)));
      continue;
    }
    // Drafts and account files as `check` finds them, then the exports among a folder's or glob's files.
    const expanded = await expandTargets([p], cwd, configDir, ignore);
    for (const target of expanded.targets) items.push({ target, size: await sizeOf(target.path) });
    if (s?.isDirectory() || (!s && GLOB_CHARS.test(p))) {
      const { glob } = await import('tinyglobby');
      const pattern = s?.isDirectory() ? join(p, '**/*.{csv,json,js}') : p;
      const found = await glob(pattern, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const taken = new Set(expanded.targets.map((t) => t.path));
      for (const f of found.sort()) if (!taken.has(f)) await asExport(f);
      const onlyNoMatch = expanded.errors.length === 1 && /no drafts or account files match/.test(expanded.errors[0].message);
      if (!(onlyNoMatch && items.length)) errors.push(...expanded.errors);
    } else errors.push(...expanded.errors);
  }
  return { items, errors };
}

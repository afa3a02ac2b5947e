import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../model/index.js';
import { t } from '../i18n/index.js';

/**
 * Writes the report to --output. A regular file (or a new one) is replaced atomically: a
 * temporary file beside it, then a rename, so a reader never sees half a report. A character
 * device or FIFO (/dev/null, /dev/stdout, a named pipe) is written directly: renaming over it
 * would replace the device with a file. A symbolic link is refused rather than replaced, and
 * so is any file the run reads (a draft, its pair, the configuration, a pack): the report
 * must never overwrite the user's input.
 */
/** Where a report goes: a regular file replaced atomically, or a device or pipe written straight through. */
interface Destination {
  target: string;
  device: boolean;
  mode: number;
}

/** The checks every report destination passes: not empty, not a symbolic link, not one of the inputs, not a folder. */
async function destination(cwd: string, output: string, inputs: string[]): Promise<Destination> {
  if (output === '') throw new UserError(t('opt.emptyFile', { flag: '--output' }));
  const target = resolve(cwd, output);
  const link = await lstat(target).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new UserError(t('output.symlink'), output);
  const real = await realpath(target).catch(() => target);
  const read = await Promise.all(inputs.map((i) => realpath(i).catch(() => resolve(cwd, i))));
  if (read.includes(real)) throw new UserError(t('output.isInput'), output);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw writeProblem(Object.assign(new Error('is a folder'), { code: 'EISDIR' }), output);
  return { target, device: Boolean(existing && !existing.isFile()), mode: existing ? existing.mode & 0o777 : 0o644 };
}

function writeProblem(e: unknown, output: string): UserError {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? t('why.folderMissing') : code === 'EACCES' || code === 'EPERM' ? t('why.permission') : code === 'EISDIR' ? t('why.isFolder') : code === 'ENOSPC' ? t('why.noSpace') : (code ?? (e as Error).message);
  return new UserError(t('output.cannotWrite', { why }), output);
}

export async function writeReport(cwd: string, output: string, text: string, inputs: string[]): Promise<void> {
  const sink = await openReportFile(cwd, output, inputs);
  try {
    await sink.write(text);
    await sink.finish();
  } catch (e) {
    await sink.abort();
    throw e;
  }
}

/**
 * Characters written at a time. The JSON report of a 5 MB draft with tens of thousands of
 * findings runs to over 100 MB: encoded in one piece it was a 300 MB Buffer on a heap already
 * large, and writing it took four times as long per MB as at 1 MB.
 */
export const WRITE_CHUNK = 1 << 20;

/** A report written piece by piece; `finish` makes it appear whole, `abort` leaves no trace. */
export interface ReportSink {
  write(text: string): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Opens --output for a report written as it is made (`audit`): a temporary file beside the
 * target, renamed over it by `finish`, so a reader never sees half a report and a failed run
 * leaves the old one in place. A device or FIFO is written directly.
 */
export async function openReportFile(cwd: string, output: string, inputs: string[]): Promise<ReportSink> {
  const d = await destination(cwd, output, inputs);
  const temp = d.device ? d.target : join(dirname(d.target), `.${randomBytes(6).toString('hex')}.smpolicy.tmp`);
  let handle: FileHandle;
  try {
    handle = d.device ? await open(temp, constants.O_WRONLY) : await open(temp, 'wx', d.mode);
  } catch (e) {
    throw writeProblem(e, output);
  }
  let pending = '';
  let closed = false;
  const flush = async () => {
    if (!pending) return;
    const text = pending;
    pending = '';
    for (let at = 0; at < text.length; ) {
      let end = Math.min(text.length, at + WRITE_CHUNK);
      // Never between the two halves of a surrogate pair: each half would be written as U+FFFD.
      const last = text.charCodeAt(end - 1);
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
      await handle.write(text.slice(at, end));
      at = end;
    }
  };
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    async write(text) {
      pending += text;
      if (pending.length < 1 << 16) return;
      try {
        await flush();
      } catch (e) {
        throw writeProblem(e, output);
      }
    },
    async finish() {
      try {
        await flush();
        await close();
        if (!d.device) await rename(temp, d.target);
      } catch (e) {
        if (!d.device) await unlink(temp).catch(() => undefined);
        throw writeProblem(e, output);
      }
    },
    async abort() {
      await close().catch(() => undefined);
      if (!d.device) await unlink(temp).catch(() => undefined);
    },
  };
}

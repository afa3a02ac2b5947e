import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../model/index.js';

/**
 * Writes the report to --output. A regular file (or a new one) is replaced atomically: a
 * temporary file beside it, then a rename, so a reader never sees half a report. A character
 * device or FIFO (/dev/null, /dev/stdout, a named pipe) is written directly: renaming over it
 * would replace the device with a file. A symbolic link is refused rather than replaced, and
 * so is any file the run reads (a draft, its pair, the configuration, a pack): the report
 * must never overwrite the user's input.
 */
export async function writeReport(cwd: string, output: string, text: string, inputs: string[]): Promise<void> {
  if (output === '') throw new UserError("--output '': give a file name, or leave --output out to print the report");
  const target = resolve(cwd, output);
  const link = await lstat(target).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new UserError('is a symbolic link: give the file it points to, so it is not replaced by accident', output);
  const real = await realpath(target).catch(() => target);
  const read = await Promise.all(inputs.map((i) => realpath(i).catch(() => resolve(cwd, i))));
  if (read.includes(real)) throw new UserError('is one of the files being checked: the report would overwrite it; choose another --output file', output);
  const existing = await stat(target).catch(() => undefined);
  try {
    if (existing && !existing.isFile() && !existing.isDirectory()) {
      // A device or pipe: write straight through it (a FIFO blocks until a reader opens it).
      const handle = await open(target, constants.O_WRONLY);
      try {
        await handle.writeFile(text);
      } finally {
        await handle.close();
      }
      return;
    }
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.smpolicy.tmp`);
    try {
      await writeFile(temp, text, { flag: 'wx', mode: existing ? existing.mode & 0o777 : 0o644 });
      await rename(temp, target);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : code === 'ENOSPC' ? 'no space left on the device' : (code ?? (e as Error).message);
    throw new UserError(`cannot write report: ${why}; check --output`, output);
  }
}

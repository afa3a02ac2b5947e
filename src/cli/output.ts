import { randomBytes } from 'node:crypto';
import { rename, writeFile, unlink } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../model/index.js';
import type { Io } from './io.js';

/** Colour only for a terminal, and never with --no-color, NO_COLOR or --output. */
export function useColor(io: Io, flag: boolean, toFile: boolean): boolean {
  if (!flag || toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

/** Writes the report to --output atomically (temporary file, then rename), or to stdout. */
export async function emit(io: Io, text: string, output?: string): Promise<void> {
  if (!output) {
    io.stdout.write(text);
    return;
  }
  const target = resolve(io.cwd, output);
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text);
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new UserError(`cannot write report: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; check the --output folder exists and is writable`, output);
  }
}

export function printErrors(io: Io, errors: UserError[]): void {
  for (const e of errors) io.stderr.write(`${e.file ? '' : 'smpolicy: '}${e.format()}\n`);
}

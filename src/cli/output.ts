import type { UserError } from '../model/index.js';
import { writeReport } from './output-file.js';
import type { Io } from './io.js';

/** Colour only for a terminal, and never with --no-color, NO_COLOR or --output. */
export function useColor(io: Io, flag: boolean, toFile: boolean): boolean {
  if (!flag || toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

/** Prints the report, or writes it to --output (see output-file.ts); `inputs` are the files the run read. */
export async function emit(io: Io, text: string, output: string | undefined, inputs: string[] = []): Promise<void> {
  if (output === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeReport(io.cwd, output, text, inputs);
}

export function printErrors(io: Io, errors: UserError[]): void {
  for (const e of errors) io.stderr.write(`${e.file ? '' : 'smpolicy: '}${e.format()}\n`);
}

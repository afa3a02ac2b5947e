import { normaliseConfig, runContext } from '../engine/config.js';
import { printable, type UserError } from '../model/index.js';
import { maskText } from '../workspace/privacy.js';
import { today, type Io } from './io.js';
import { writeReport } from './output-file.js';

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

/**
 * One line per problem on stderr, each through the one masking path every line the CLI
 * prints about a user's input takes: personal data a message echoes (a bad front matter
 * value, a pack example, an unknown rule in a suppression) is masked unless --no-redact, and
 * control characters (a file name holding a line break) cannot split or forge a line.
 */
export async function printErrors(io: Io, errors: UserError[], o: { redact?: boolean } = {}): Promise<void> {
  if (!errors.length) return;
  const ctx = runContext(normaliseConfig({}), { date: today() });
  for (const e of errors) {
    const line = printable(`${e.file ? '' : 'smpolicy: '}${e.format()}`);
    io.stderr.write(`${o.redact === false ? line : await maskText(line, ctx)}\n`);
  }
}

import { UserError, type Channel } from '../model/index.js';
import { fixTarget, writeFileAtomically, type FixOutcome } from '../workspace/fix-run.js';
import type { Setup } from '../workspace/setup.js';
import type { Target } from '../workspace/targets.js';
import { printable } from '../model/index.js';
import type { Io } from './io.js';

export interface FixRun {
  /** The targets to check afterwards: for a dry run, each changed one with its fixed text in memory. */
  targets: Target[];
  errors: UserError[];
  files: number;
  fixes: number;
}

/**
 * `check --fix` and `--fix-dry-run`: every draft's safe fixes, applied in passes until none is
 * left. `--fix` writes each changed file atomically; `--fix-dry-run` prints a unified diff
 * of what would change and writes nothing (on stdout before a stylish report, on stderr when
 * stdout carries a machine format). Either way the report that follows is of the fixed
 * text, so it says what is left to do by hand.
 */
export async function runFixes(targets: Target[], s: Setup, o: { cwd: string; date: string; channel?: Channel; write: boolean; diffTo: 'stdout' | 'stderr' }, io: Io): Promise<FixRun> {
  const errors: UserError[] = [];
  const out: Target[] = [];
  let files = 0;
  let fixes = 0;
  const { createTwoFilesPatch } = await import('diff');
  for (const target of targets) {
    const r: FixOutcome | UserError = await fixTarget(target, s, o);
    if (r instanceof UserError) {
      errors.push(r);
      out.push(target);
      continue;
    }
    if (r.after === r.before) {
      if (r.note && !r.note.startsWith('account')) io.stderr.write(`${printable(target.shown)}: ${r.note}\n`);
      out.push(target);
      continue;
    }
    files++;
    fixes += r.applied;
    if (o.write) {
      try {
        await writeFileAtomically(target.path, r.bytes);
      } catch (e) {
        errors.push(new UserError(`cannot write the fixed file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}; it is unchanged`, target.shown));
      }
      out.push(target);
    } else {
      const name = printable(target.shown);
      io[o.diffTo].write(createTwoFilesPatch(name, name, r.before, r.after, undefined, undefined, { context: 2 }).replace(/^Index: .*\n=+\n/, ''));
      out.push({ ...target, content: r.bytes });
    }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : w.endsWith('x') ? 'es' : 's'}`;
  if (o.write) io.stderr.write(`smpolicy: fixed ${plural(fixes, 'problem')} in ${plural(files, 'file')}${fixes ? '' : ' (nothing had a safe fix)'}\n`);
  else io.stderr.write(`smpolicy: ${plural(fixes, 'fix')} in ${plural(files, 'file')} would be applied; run with --fix to apply ${fixes === 1 ? 'it' : 'them'}\n`);
  return { targets: out, errors, files, fixes };
}

/** `smpolicy check … --format json --date 2026-11-23 --jobs 1` run in-process, for the evaluation scripts. */
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export const DATE = '2026-11-23';

export interface Finding { ruleId: string; severity: string; line: number; message: string; excerpt: string }
export interface Report { results: Array<{ file: string; findings: Finding[] }> }

export async function check(args: string[], cwd: string, date = DATE): Promise<{ report?: Report; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true) },
    readStdin: async () => new Uint8Array(),
    cwd,
    env: {},
  };
  await run(['check', ...args, '--format', 'json', '--date', date, '--jobs', '1'], io);
  return { report: stdout ? (JSON.parse(stdout) as Report) : undefined, stderr };
}

/** A finding that counts: warning or error (info is a prompt to check, not an alarm). */
export const alarm = (f: Finding) => f.severity === 'warning' || f.severity === 'error';

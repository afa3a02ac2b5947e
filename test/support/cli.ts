/** Running the CLI in-process, and temporary folders for its tests. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { nonCoreOff } from './engine.js';

/** The repository root: tests that use the shipped packs or fixtures run from here. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface RunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  /** The whole environment the CLI sees (default: empty, so NO_COLOR/FORCE_COLOR of the host never leak in). */
  env?: Record<string, string>;
  /** Whether stdout claims to be a terminal (default false). */
  tty?: boolean;
  /** Whether stderr claims to be a terminal (default false): where `audit` draws its progress bar. */
  stderrTty?: boolean;
  /**
   * For `check`: turn off every built-in rule except CORE_RULES (with --rule ID=off), so a
   * test's exact expectations do not change when other rules are added to the packs.
   */
  coreRulesOnly?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as bin/smpolicy.js does, with a fake Io. */
export async function runCli(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (opts.coreRulesOnly && argv[0] === 'check') argv = [...argv, ...(await nonCoreOff())];
  let stdout = '';
  let stderr = '';
  let stdinReads = 0;
  const io: Io = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
      isTTY: opts.tty ?? false,
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
      isTTY: opts.stderrTty ?? false,
    },
    readStdin: async () => {
      stdinReads++;
      if (stdinReads > 1) throw new Error('standard input read twice');
      const s = opts.stdin ?? '';
      return typeof s === 'string' ? new TextEncoder().encode(s) : s;
    },
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export interface TempDir {
  /** Absolute path of the folder. */
  path: string;
  /** Absolute path of a file inside it. */
  join(...parts: string[]): string;
  /** Writes a file (creating folders); returns its absolute path. */
  write(rel: string, content: string | Uint8Array): string;
  remove(): void;
}

/**
 * A fresh folder under the OS temp dir, with optional files. Removed when the current test
 * finishes (or by calling `remove()` when used outside a test).
 */
export function tempDir(files: Record<string, string | Uint8Array> = {}, { autoRemove = true } = {}): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'smpolicy-test-'));
  const dir: TempDir = {
    path,
    join: (...parts) => join(path, ...parts),
    write(rel, content) {
      const file = join(path, rel);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
  for (const [rel, content] of Object.entries(files)) dir.write(rel, content);
  if (autoRemove) onTestFinished(() => dir.remove());
  return dir;
}

/** Parses `--format json` output, failing the test with the output when it is not JSON. */
export function parseJson(stdout: string): any {
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`not JSON:\n${stdout}`);
  }
}

/** Findings of every file in a JSON report, flattened as "file line:col ruleId". */
export function findingKeys(report: any): string[] {
  return report.results.flatMap((r: any) => r.findings.map((f: any) => `${r.file} ${f.line}:${f.column} ${f.ruleId}`));
}

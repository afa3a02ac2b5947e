/**
 * A content repository for the CI recipes' tests (test/ci/): a temporary git repository, the
 * real built bin run as a separate process, and the drafts the recipes are tried on.
 */
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { ROOT, tempDir, type TempDir } from './cli.js';

export { ROOT };

/** The bin the `smpolicy` command stands for (it runs the bundle `npm run build` made). */
export const BIN = join(ROOT, 'bin', 'smpolicy.js');

/** A personal phone number (Ofcom's reserved range) in a bilingual draft: exit 1. */
export const PHONE_DRAFT = 'Ffoniwch Mrs Davies ar 07700 900123 os gwelsoch chi’r ci.\n\nCall Mrs Davies on 07700 900123 if you saw the dog.\n';
/** A clean Welsh and English draft: exit 0. */
export const CLEAN_DRAFT = 'Mae Llyfrgell Caerfyrddin ar agor tan 7pm heno.\n\nCarmarthen Library is open until 7pm tonight.\n';

/**
 * The environment of a person's shell with none of this machine's git configuration (no
 * global or system config, a fixed author) and none of the npm_* variables `npm test` sets.
 */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|GIT_|SMPOLICY|GITHUB_)/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  return {
    ...env,
    NO_COLOR: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Siân Prawf',
    GIT_AUTHOR_EMAIL: 'sian@example.org',
    GIT_COMMITTER_NAME: 'Siân Prawf',
    GIT_COMMITTER_EMAIL: 'sian@example.org',
    ...extra,
  };
}

export function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = userEnv(), input?: string): SpawnSyncReturns<string> {
  const r = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return r;
}

/** git in `cwd`, failing the test with git's output when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = sh('git', args, cwd);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** A new git repository on branch main, with the files given (not yet staged). */
export function gitRepo(files: Record<string, string> = {}): TempDir {
  const dir = tempDir(files);
  git(dir.path, 'init', '-q', '-b', 'main');
  return dir;
}

/**
 * An executable `smpolicy` command in `dir`: a shell script running the built bin with this
 * Node.js, appending its arguments (one line per call) to `calls.log` beside it.
 */
export function smpolicyCommand(dir: TempDir): { path: string; calls: () => string[] } {
  const path = dir.write('tools/smpolicy', `#!/bin/sh\nprintf '%s\\n' "$*" >> "$(dirname "$0")/calls.log"\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(path, 0o755);
  const log = dir.join('tools', 'calls.log');
  return { path, calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []) };
}

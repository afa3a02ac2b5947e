import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '../model/index.js';
import { t } from '../i18n/index.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/**
 * The files `--changed [REF]` checks: those changed against REF (default HEAD) in the work
 * tree, plus staged and untracked ones (not ignored), as absolute paths; deleted files are
 * left out. Outside a git repository, without git, or with a REF git does not know: one
 * clear error.
 */
export async function changedFiles(cwd: string, ref = 'HEAD'): Promise<Set<string>> {
  let root: string;
  try {
    root = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UserError(missing ? t('git.missing') : t('git.notRepo'));
  }
  try {
    await git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
  } catch {
    throw new UserError(t('git.badRef', { ref, hint: ref === 'HEAD' ? t('git.noCommits') : t('git.giveRef') }));
  }
  const lists = await Promise.all([
    git(root, ['diff', '--name-only', '-z', '--diff-filter=ACMRTU', ref]),
    git(root, ['diff', '--name-only', '-z', '--diff-filter=ACMRTU', '--cached', ref]),
    git(root, ['ls-files', '-z', '--others', '--exclude-standard']),
  ]);
  const out = new Set<string>();
  for (const list of lists) for (const name of list.split('\0')) if (name) out.add(resolve(root, name));
  return out;
}

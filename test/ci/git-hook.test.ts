/**
 * scripts/hooks/pre-commit, installed as the README says (copied to .git/hooks, executable) in
 * a temporary repository, with real `git commit`s. SMPOLICY points at a small command that
 * runs the built bin and logs each call, so a test can tell whether smpolicy ran at all.
 */
import { chmodSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TempDir } from '../support/cli.js';
import { CLEAN_DRAFT, PHONE_DRAFT, ROOT, git, gitRepo, sh, smpolicyCommand, userEnv } from '../support/ci-repo.js';

const HOOK = join(ROOT, 'scripts', 'hooks', 'pre-commit');

/** A repository with the hook installed and one first commit (so HEAD exists). */
function repoWithHook() {
  const repo = gitRepo({ 'README.md': 'Scheduled posts.\n' });
  copyFileSync(HOOK, repo.join('.git', 'hooks', 'pre-commit'));
  chmodSync(repo.join('.git', 'hooks', 'pre-commit'), 0o755);
  git(repo.path, 'add', 'README.md');
  const smpolicy = smpolicyCommand(repo);
  // The first commit holds only the README, so the hook has nothing to check.
  expect(commit(repo, smpolicy.path, 'first').status).toBe(0);
  expect(smpolicy.calls()).toEqual([]);
  return { repo, smpolicy };
}

/** `git commit`: git sends the hook's standard output to standard error, so `output` is both. */
function commit(repo: TempDir, smpolicy: string, message: string, extra: Record<string, string> = {}) {
  const r = sh('git', ['commit', '-q', '-m', message], repo.path, userEnv({ SMPOLICY: smpolicy, ...extra }));
  return { status: r.status, output: r.stdout + r.stderr };
}

/** The hook run as git runs it (from the top folder), without committing. */
const runHook = (repo: TempDir, extra: Record<string, string>) => sh(join(repo.path, '.git', 'hooks', 'pre-commit'), [], repo.path, userEnv(extra));

const committed = (repo: TempDir) => git(repo.path, 'log', '--format=%s').trim().split('\n');

describe('scripts/hooks/pre-commit', () => {
  it('is a POSIX shell script that git can run', () => {
    expect(readFileSync(HOOK, 'utf8')).toMatch(/^#!\/bin\/sh\n/);
    expect(sh('sh', ['-n', HOOK], ROOT).status).toBe(0);
  });

  it('stops the commit of a draft with a personal phone number, saying why', () => {
    const { repo, smpolicy } = repoWithHook();
    repo.write('drafts/ci.md', PHONE_DRAFT);
    git(repo.path, 'add', 'drafts/ci.md');
    const r = commit(repo, smpolicy.path, 'lost dog');
    expect(r.status).toBe(1);
    expect(r.output).toContain('drafts/ci.md');
    expect(r.output).toContain('dp/phone-number');
    expect(r.output).not.toContain('900123');
    expect(r.output).toContain('smpolicy: commit stopped. Fix the findings above, suppress a checked one with a reason, or commit with --no-verify.');
    expect(committed(repo)).toEqual(['first']);
    expect(smpolicy.calls()).toEqual(['check drafts/ci.md']);
  });

  it('lets a clean Welsh and English draft through, checking only staged drafts', () => {
    const { repo, smpolicy } = repoWithHook();
    repo.write('drafts/llyfrgell.md', CLEAN_DRAFT);
    repo.write('drafts/not-staged.md', PHONE_DRAFT);
    repo.write('CHANGELOG.md', 'English only.\n');
    repo.write('.github/workflows/x.yml', 'on: push\n');
    git(repo.path, 'add', 'drafts/llyfrgell.md', 'CHANGELOG.md', '.github');
    const r = commit(repo, smpolicy.path, 'library');
    expect(r.output).toBe('✔ 1 file checked, no problems\n');
    expect(r.status).toBe(0);
    expect(committed(repo)).toEqual(['library', 'first']);
    expect(smpolicy.calls()).toEqual(['check drafts/llyfrgell.md']);
  });

  it('passes file names with spaces and Welsh letters intact, and SMPOLICY_ARGS as options', () => {
    const { repo, smpolicy } = repoWithHook();
    const name = 'drafts/Gŵyl Dewi – neges â’r ysgol.md';
    repo.write(name, CLEAN_DRAFT);
    repo.write('accounts/cyngor sir gâr.yaml', 'kind: social-account\nplatform: twitter\n');
    git(repo.path, 'add', '.');
    // The account file is incomplete: the hook checks it too, and stops the commit.
    const stopped = runHook(repo, { SMPOLICY: smpolicy.path, SMPOLICY_ARGS: '--max-warnings 0 --format json' });
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toMatch(/^smpolicy: commit stopped\./);
    const report = JSON.parse(stopped.stdout);
    expect(report.results.map((x: { file: string }) => x.file).sort()).toEqual(['accounts/cyngor sir gâr.yaml', name]);
    expect(report.results.find((x: { file: string }) => x.file === name).findings).toEqual([]);
    git(repo.path, 'rm', '-q', '--cached', 'accounts/cyngor sir gâr.yaml');
    const r = commit(repo, smpolicy.path, 'gŵyl', { SMPOLICY_ARGS: '--max-warnings 0' });
    expect(r.output).toBe('✔ 1 file checked, no problems\n');
    expect(r.status).toBe(0);
    expect(committed(repo)).toEqual(['gŵyl', 'first']);
    expect(smpolicy.calls().at(-1)).toBe(`check --max-warnings 0 ${name}`);
  });

  it('with nothing to check (no staged draft or account file) exits 0 without running smpolicy', () => {
    const { repo, smpolicy } = repoWithHook();
    repo.write('notes/plan.yaml', 'a: 1\n');
    repo.write('README.md', 'Scheduled posts, English only.\n');
    git(repo.path, 'add', '.');
    const r = runHook(repo, { SMPOLICY: smpolicy.path });
    expect(r.status).toBe(0);
    expect(r.stdout + r.stderr).toBe('');
    expect(commit(repo, smpolicy.path, 'notes').status).toBe(0);
    expect(smpolicy.calls()).toEqual([]);
  });

  it('a deleted draft is not checked', () => {
    const { repo, smpolicy } = repoWithHook();
    repo.write('drafts/old.md', CLEAN_DRAFT);
    git(repo.path, 'add', '.');
    expect(commit(repo, smpolicy.path, 'old').status).toBe(0);
    git(repo.path, 'rm', '-q', 'drafts/old.md');
    expect(commit(repo, smpolicy.path, 'gone').status).toBe(0);
    expect(smpolicy.calls()).toEqual(['check drafts/old.md']);
  });

  it('shared through core.hooksPath, as the README shows, it stops the commit the same way', () => {
    const repo = gitRepo({ 'README.md': 'Scheduled posts.\n' });
    const smpolicy = smpolicyCommand(repo);
    chmodSync(repo.write('.githooks/pre-commit', readFileSync(HOOK)), 0o755);
    git(repo.path, 'config', 'core.hooksPath', '.githooks');
    git(repo.path, 'add', '.');
    expect(commit(repo, smpolicy.path, 'first').status).toBe(0);
    repo.write('scheduled/ci.md', PHONE_DRAFT);
    git(repo.path, 'add', '.');
    const r = commit(repo, smpolicy.path, 'lost dog');
    expect(r.status).toBe(1);
    expect(r.output).toContain('dp/phone-number');
    expect(committed(repo)).toEqual(['first']);
    expect(smpolicy.calls()).toEqual(['check scheduled/ci.md']);
  });

  it('with no smpolicy command: one line saying how to install it, and the commit stops', () => {
    const { repo, smpolicy } = repoWithHook();
    repo.write('drafts/llyfrgell.md', CLEAN_DRAFT);
    git(repo.path, 'add', '.');
    const missing = repo.join('tools', 'no-such-smpolicy');
    const r = commit(repo, missing, 'library');
    expect(r.status).toBe(1);
    expect(r.output).toBe(`smpolicy: pre-commit hook: '${missing}' not found: install smpolicy in this repository (npm install --save-dev from its git URL or release tarball: see its README, CI), or set SMPOLICY\n`);
    expect(committed(repo)).toEqual(['first']);
    expect(smpolicy.calls()).toEqual([]);
  });
});

/** `check --changed [REF]`: only the files git says changed, staged or are new; and configuration found from each file's folder. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../support/cli.js';

const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' } });

const files = (stdout: string) => parseJson(stdout).results.map((r: any) => r.file).sort();

function repo() {
  const dir = tempDir({ 'a.md': 'Bore da / Good morning\n', 'b.md': 'Nos da / Good night\n', 'drafts/c.md': 'Helo / Hello\n', '.gitignore': 'ignored.md\n' });
  git(dir.path, 'init', '-q', '-b', 'main');
  git(dir.path, 'add', '.');
  git(dir.path, 'commit', '-q', '-m', 'first');
  return dir;
}

describe('--changed', () => {
  it('checks files changed against HEAD, staged and untracked ones; not unchanged, deleted or ignored ones', async () => {
    const dir = repo();
    writeFileSync(dir.join('b.md'), 'Nos da! / Good night!\n');
    writeFileSync(dir.join('new.md'), 'Newydd / New\n');
    writeFileSync(dir.join('staged.md'), 'Wedi’i lwyfannu / Staged\n');
    writeFileSync(dir.join('ignored.md'), 'ignored\n');
    git(dir.path, 'add', 'staged.md');
    git(dir.path, 'rm', '-q', 'drafts/c.md');
    const r = await runCli(['check', '--changed', '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(files(r.stdout)).toEqual(['b.md', 'new.md', 'staged.md']);
  });

  it('against a given ref, and only inside the paths given', async () => {
    const dir = repo();
    writeFileSync(dir.join('a.md'), 'Bore da! / Good morning!\n');
    git(dir.path, 'commit', '-q', '-am', 'second');
    writeFileSync(dir.join('drafts/c.md'), 'Helo! / Hello!\n');
    expect(files((await runCli(['check', '--changed', 'HEAD~1', '--format', 'json'], { cwd: dir.path })).stdout)).toEqual(['a.md', 'drafts/c.md']);
    expect(files((await runCli(['check', 'drafts', '--changed', 'HEAD~1', '--format', 'json'], { cwd: dir.path })).stdout)).toEqual(['drafts/c.md']);
  });

  it('nothing changed: no files checked, exit 0', async () => {
    const dir = repo();
    const r = await runCli(['check', '--changed', '--format', 'json'], { cwd: dir.path });
    expect(files(r.stdout)).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('outside a git repository: one line, exit 2', async () => {
    const dir = tempDir({ 'a.md': 'Bore da / Good morning\n' });
    const r = await runCli(['check', '--changed'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('smpolicy: --changed: this folder is not inside a git repository; run it in the content repository, or leave --changed out\n');
  });

  it('a ref git does not know: one line, exit 2', async () => {
    const dir = repo();
    const r = await runCli(['check', '--changed', 'no-such-branch'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^smpolicy: --changed 'no-such-branch': not a commit in this repository/);
  });
});

describe('configuration from each file\'s folder', () => {
  it('a draft checked from elsewhere uses the .smpolicy.yaml above it, not the working directory\'s', async () => {
    const drafts = tempDir({ '.smpolicy.yaml': 'rules:\n  dp/phone-number: off\n', 'team/x.md': 'Ffoniwch 07700 900123 / Call 07700 900123\n' });
    const here = tempDir({ '.smpolicy.yaml': 'rules:\n  dp/phone-number: error\n', 'y.md': 'Ffoniwch 07700 900123 / Call 07700 900123\n' });
    const r = await runCli(['check', drafts.join('team/x.md'), 'y.md', '--format', 'json'], { cwd: here.path });
    const byFile = Object.fromEntries(parseJson(r.stdout).results.map((x: any) => [x.file.replace(/.*\//, ''), x.findings.map((f: any) => f.ruleId)]));
    expect(byFile['x.md']).not.toContain('dp/phone-number');
    expect(byFile['y.md']).toContain('dp/phone-number');
    const explicit = await runCli(['check', drafts.join('team/x.md'), '--format', 'json', '--config', '.smpolicy.yaml'], { cwd: here.path });
    expect(parseJson(explicit.stdout).results[0].findings.map((f: any) => f.ruleId)).toContain('dp/phone-number');
  });

  it('a broken configuration of one folder is one error, and the other files are still checked', async () => {
    const dir = tempDir({ 'good/a.md': 'Bore da / Good morning\n', 'bad/.smpolicy.yaml': 'rules: [\n', 'bad/b.md': 'Nos da / Good night\n' });
    const r = await runCli(['check', 'good/a.md', 'bad/b.md', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^bad\/\.smpolicy\.yaml:1:\d+: /);
    expect(parseJson(r.stdout).results.map((x: any) => x.file)).toEqual(['good/a.md']);
  });
});

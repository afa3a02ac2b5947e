/**
 * .pre-commit-hooks.yaml, as the pre-commit framework uses it: its `files` and `exclude`
 * regexes pick the staged file names (Python's re.search, so translated to JavaScript), and
 * its `entry` runs with those names appended, from the repository's top folder. The
 * `smpolicy` command is the real built bin. (Installing the hook needs the network: pre-commit
 * runs npm; test/cli/install.test.ts covers installing from a git URL.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, CLEAN_DRAFT, PHONE_DRAFT, ROOT, git, gitRepo, sh } from '../support/ci-repo.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  pass_filenames?: boolean;
  args?: string[];
}

const hooks: Hook[] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
const hook = hooks.find((h) => h.id === 'smpolicy')!;

/**
 * A Python `re` pattern as a JavaScript RegExp: global inline flags at the start (`(?i)`)
 * become RegExp flags; `(?P<name>` becomes `(?<name>`; any other inline flag is refused, so a
 * pattern this cannot translate fails the test instead of being read wrongly.
 */
function pythonRegex(source: string): RegExp {
  let flags = '';
  const lead = /^\(\?([aiLmsux]+)\)/.exec(source);
  if (lead) {
    for (const f of lead[1]) {
      if (f === 'i' || f === 'm' || f === 's') flags += f;
      else if (f !== 'u') throw new Error(`Python flag (?${f}) has no JavaScript equivalent: ${source}`);
    }
    source = source.slice(lead[0].length);
  }
  if (/\(\?[aiLmsux-]/.test(source)) throw new Error(`inline flags in the middle of a pattern: ${source}`);
  return new RegExp(source.replace(/\(\?P</g, '(?<'), flags);
}

/** The names pre-commit passes to the hook: `files` matches somewhere and `exclude` nowhere. */
const selected = (names: string[]) => names.filter((n) => pythonRegex(hook.files).test(n) && !pythonRegex(hook.exclude).test(n));

/** pre-commit's run of the hook: entry (shell-split) + args + file names, in the repository's top folder. */
function runHook(cwd: string, names: string[]) {
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  expect(command).toBe('smpolicy');
  return sh(process.execPath, [BIN, ...entryArgs, ...(hook.args ?? []), ...names], cwd);
}

/** The staged names, as pre-commit reads them (NUL-separated, so any file name survives). */
const staged = (cwd: string) => git(cwd, 'diff', '--cached', '--name-only', '-z').split('\0').filter(Boolean);

describe('.pre-commit-hooks.yaml', () => {
  it('defines the smpolicy hook: a node hook running `smpolicy check` on the file names', () => {
    expect(hook).toMatchObject({ id: 'smpolicy', language: 'node', entry: 'smpolicy check', pass_filenames: true });
    expect(hook.files).toBeTypeOf('string');
    expect(hook.exclude).toBeTypeOf('string');
  });

  it('translates Python patterns, refusing what it cannot', () => {
    expect(pythonRegex('(?i)^readme').test('README.md')).toBe(true);
    expect(pythonRegex('^readme').test('README.md')).toBe(false);
    expect(pythonRegex('(?P<ext>md)$').exec('a.md')?.groups?.ext).toBe('md');
    expect(() => pythonRegex('a(?i)b')).toThrow(/inline flags/);
    expect(() => pythonRegex('(?x)a b')).toThrow(/no JavaScript equivalent/);
  });

  it('files/exclude select drafts anywhere and account files in an accounts folder', () => {
    const drafts = ['post.txt', 'drafts/road.md', 'scheduled/2026/gŵyl dewi.markdown', 'accounts/carms.yaml', 'accounts/x.yml', 'accounts/x.json', 'comms/accounts/nested/x.yaml', 'drafts/readme-notes.md'];
    expect(selected(drafts)).toEqual(drafts);
  });

  it('files/exclude skip READMEs, changelogs, licences, dot-folders, node_modules and other files', () => {
    const others = [
      'README.md', 'Readme.txt', 'docs/readme.markdown', 'CHANGELOG.md', 'drafts/changelog.txt', 'LICENCE.md', 'License.txt', 'CONTRIBUTING.md', 'CODE_OF_CONDUCT.md',
      '.github/workflows/smpolicy.yml', '.github/PULL_REQUEST_TEMPLATE.md', 'drafts/.trash/old.md', 'node_modules/x/doc.md', 'drafts/node_modules/y.md',
      'config.yaml', 'accounts.yaml', 'package.json', '.smpolicy.yaml', 'drafts/photo.jpg', 'drafts/road.md.bak',
    ];
    expect(selected(others)).toEqual([]);
  });

  it('a staged draft with a personal phone number fails the hook (exit 1), naming the file and rule', () => {
    const repo = gitRepo({ 'drafts/ci ar goll.md': PHONE_DRAFT, 'drafts/llyfrgell.md': CLEAN_DRAFT, 'README.md': 'Our scheduled posts.\n', '.github/workflows/x.yml': 'on: push\n' });
    git(repo.path, 'add', '.');
    const names = selected(staged(repo.path));
    expect(names.sort()).toEqual(['drafts/ci ar goll.md', 'drafts/llyfrgell.md']);
    const r = runHook(repo.path, names);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('drafts/ci ar goll.md');
    expect(r.stdout).toContain('dp/phone-number');
    expect(r.stdout).not.toContain('900123');
    expect(r.stdout).not.toContain('README');
  });

  it('a clean Welsh and English draft passes (exit 0); the English-only README beside it is not checked', () => {
    const repo = gitRepo({ 'scheduled/llyfrgell.md': CLEAN_DRAFT, 'README.md': 'Our scheduled posts, in English only.\n' });
    git(repo.path, 'add', '.');
    const names = selected(staged(repo.path));
    expect(names).toEqual(['scheduled/llyfrgell.md']);
    const r = runHook(repo.path, names);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Had the README been passed, its English-only text would fail the hook.
    expect(runHook(repo.path, ['README.md']).status).toBe(1);
  });
});

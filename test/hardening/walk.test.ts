/** Hardening (issue #8, §3): an unreadable folder met in a walk is one line, and the rest is still checked. */
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

// Tests run as root, for whom no folder is unreadable: the file system says so instead.
const denied = { path: '' };
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  const readdir = ((path: string, o: unknown) =>
    denied.path && String(path) === denied.path ? Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })) : (fs.readdir as (p: string, o: unknown) => Promise<unknown>)(path, o)) as typeof fs.readdir;
  return { ...fs, readdir, default: { ...fs, readdir } };
});

describe('walking folders', () => {
  it('an unreadable sub-folder is one line, and every other file is still checked', async () => {
    const dir = tempDir({ 'a/ok.md': 'Ffordd ar gau. / Road closed.\n', 'b/secret/x.md': 'x\n', 'c/ok.md': 'Ffordd ar gau. / Road closed.\n' });
    denied.path = join(dir.path, 'b', 'secret');
    const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.stderr).toBe('b/secret: cannot read folder: permission denied; the other files are still checked\n');
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['a/ok.md', 'c/ok.md']);
    expect(r.code).toBe(2);
  });
});

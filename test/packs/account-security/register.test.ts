/**
 * fixtures/register: a whole council's account files, checked as one run (so the set rules,
 * welsh/account-counterpart and account/duplicate-handle, see every account), produce exactly
 * the findings marked `# expect: RULE` on their lines, and fixtures/register/README.md lists
 * each of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, parseJson, runCli } from '../../support/cli.js';

const DIR = 'fixtures/register';
const MARK = /#\s*expect:\s*([a-z0-9/, -]+?)\s*$/;
const files = readdirSync(join(ROOT, DIR)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

/** "file line rule" for every mark of every file. */
const marked = files.flatMap((f) =>
  readFileSync(join(ROOT, DIR, f), 'utf8')
    .split(/\r?\n/)
    .flatMap((line, i) => (MARK.exec(line)?.[1].split(/[\s,]+/).filter(Boolean) ?? []).map((id) => `${DIR}/${f} ${i + 1} ${id}`)),
);

describe('the account register (fixtures/register)', () => {
  it('is a register: a dozen accounts or more, every YAML file an account, and its README no post', async () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    const r = await runCli(['check', DIR, '--config', 'fixtures/.smpolicy.yaml', '--date', '2026-11-23', '--format', 'json'], { cwd: ROOT });
    expect(r.stderr).toBe('');
    const report = parseJson(r.stdout);
    expect(report.results.filter((x: any) => x.kind === 'account').map((x: any) => x.file)).toEqual(files.map((f) => `${DIR}/${f}`));
    // The README sits in the folder, so a check of the folder reads it as a draft: it suppresses
    // every rule (with its reason) and has no findings.
    expect(report.results.filter((x: any) => x.kind === 'post')).toEqual([{ file: `${DIR}/README.md`, kind: 'post', findings: [] }]);
  });

  it('checked as a whole, has exactly the findings its files mark', async () => {
    const r = await runCli(['check', DIR, '--config', 'fixtures/.smpolicy.yaml', '--date', '2026-11-23', '--format', 'json'], { cwd: ROOT });
    const found = parseJson(r.stdout).results.flatMap((x: any) => x.findings.map((f: any) => `${x.file} ${f.line} ${f.ruleId}`));
    expect(found.sort()).toEqual([...marked].sort());
    expect(r.code).toBe(1);
  });

  it('its README lists each marked problem', () => {
    const readme = readFileSync(join(ROOT, DIR, 'README.md'), 'utf8');
    for (const mark of marked) {
      const [file, , rule] = mark.split(' ');
      expect(readme, mark).toMatch(new RegExp(`\\| \`${file.slice(DIR.length + 1).replace(/\./g, '\\.')}\` \\| \`${rule}\` \\|`));
    }
  });
});

/**
 * README "Auditing your accounts" (issue 10): the section `explain account/schema` points at
 * exists under that name, shows every key of the account file format, and its register run is
 * the real output of the command it shows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = (() => {
  const start = readme.indexOf('\n## Auditing your accounts\n');
  const end = readme.indexOf('\n## ', start + 5);
  return start < 0 ? '' : readme.slice(start, end < 0 ? undefined : end);
})();

describe('README: Auditing your accounts', () => {
  it('is the section explain account/schema names', async () => {
    expect(section).not.toBe('');
    const { stdout } = await runCli(['explain', 'account/schema', '--no-color'], { cwd: ROOT });
    expect(stdout.replace(/\s+/g, ' ')).toContain("README 'Auditing your accounts'");
  });

  it('shows every top-level key of the account schema as a YAML key', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'policies', 'schema', 'account.schema.json'), 'utf8'));
    const keys = Object.keys(schema.properties);
    expect(keys.length).toBeGreaterThan(10);
    const missing = keys.filter((k) => !new RegExp(`^${k}:`, 'm').test(section));
    expect(missing).toEqual([]);
  });

  it('shows the register run as the command prints it today', async () => {
    const block = /```sh\nnpx smpolicy (check fixtures\/register [^\n]*)\n```\n\n```text\n([\s\S]*?)\n```/.exec(section);
    expect(block).not.toBeNull();
    const { code, stdout } = await runCli(block![1].split(' '), { cwd: ROOT, env: { NO_COLOR: '1', COLUMNS: '100' } });
    expect(code).toBe(1);
    expect(stdout.trimEnd()).toBe(block![2]);
  });
});

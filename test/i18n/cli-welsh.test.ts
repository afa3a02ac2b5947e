/**
 * The Welsh interface through the built bin (bin/smpolicy.js and dist/bundle), as a user
 * runs it: `check` on a shipped fixture, `--help` and `check --help`. Snapshots in
 * __snapshots__/; the rule texts in them come from the packs' `cy:` blocks.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'smpolicy.js');

/** Runs the bin with a clean environment (no colour, no locale but the one given). */
function smpolicy(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('smpolicy in Welsh, through the bin', () => {
  it('check: a shipped fixture, stylish', async () => {
    const r = smpolicy(['check', 'fixtures/drafts/road-closure.md', '--date', '2026-11-23', '--lang', 'cy']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/\n✖ \d+ o broblemau \(\d+ o wallau, 1 rhybudd, dim nodiadau\)\nRhedwch 'smpolicy explain welsh\/missing-welsh'/);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/check-road-closure.cy.txt');
  });

  it('the locale alone is enough (LANG=cy_GB.UTF-8), and --lang en overrides it', () => {
    const welsh = smpolicy(['check', 'fixtures/drafts/road-closure.md', '--date', '2026-11-23'], { LANG: 'cy_GB.UTF-8' });
    expect(welsh.stdout).toMatch(/^ +\d+:\d+ +gwall +/m);
    const english = smpolicy(['check', 'fixtures/drafts/road-closure.md', '--date', '2026-11-23', '--lang', 'en'], { LANG: 'cy_GB.UTF-8' });
    expect(english.stdout).toMatch(/\n✖ \d+ problems \(\d+ errors, 1 warning, 0 infos\)\n/);
  });

  it('clean drafts: the success line, and never success over a file that could not be checked', () => {
    const clean = ['fixtures/drafts/bin-collection.md', 'fixtures/drafts/conduct-lookalikes.md', 'fixtures/drafts/dp-lookalikes.txt'];
    expect(smpolicy(['check', clean[0], '--date', '2026-11-23'], { SMPOLICY_LANG: 'cy' }).stdout).toBe('✔ Gwiriwyd 1 ffeil, dim problemau\n');
    expect(smpolicy(['check', ...clean, '--date', '2026-11-23'], { SMPOLICY_LANG: 'cy' }).stdout).toBe('✔ Gwiriwyd 3 o ffeiliau, dim problemau\n');
    const r = smpolicy(['check', ...clean.slice(0, 2), 'nothing.md', '--date', '2026-11-23'], { SMPOLICY_LANG: 'cy' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('✖ ni ellid gwirio 1 ffeil; gwiriwyd 2 o ffeiliau, dim problemau\n');
  });

  it('--help', async () => {
    const r = smpolicy(['--help', '--lang', 'cy']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/help.cy.txt');
  });

  it('check --help', async () => {
    const r = smpolicy(['check', '--help'], { SMPOLICY_LANG: 'cy' });
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/check-help.cy.txt');
  });

  it('an error line, exit 2', () => {
    const r = smpolicy(['check', 'no-such-draft.md', '--lang', 'cy']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("no-such-draft.md: nid oes ffeil na ffolder o'r fath\n");
  });
  it('validate-policy and explain speak Welsh too: the summary, counted nouns and an unknown rule', () => {
    const ok = smpolicy(['validate-policy', 'policies', '--lang', 'cy']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^✔ 6 o becynnau, \d+ o reolau: yn ddilys, ac mae pob enghraifft yn gwneud yr hyn a ddisgrifir\n$/);
    const unknown = smpolicy(['explain', 'dp/phone', '--lang', 'cy']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe("smpolicy: rheol anhysbys 'dp/phone'; oeddech chi'n golygu 'dp/phone-number'? (mae 'smpolicy rules' yn eu rhestru i gyd)\n");
  });
});

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

/** The real bin and bundle in a folder of their own, with or without a code cache. */
function install(cache?: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'smpolicy-bin-'));
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
  copyFileSync(join(ROOT, 'bin', 'smpolicy.js'), join(dir, 'bin', 'smpolicy.js'));
  copyFileSync(join(ROOT, 'dist', 'bundle', 'smpolicy.cjs'), join(dir, 'dist', 'bundle', 'smpolicy.cjs'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  if (cache !== undefined) writeFileSync(join(dir, 'dist', 'bundle', 'smpolicy.cjs.cache'), cache);
  return dir;
}

const check = (dir: string) =>
  spawnSync(process.execPath, [join(dir, 'bin', 'smpolicy.js'), 'check', '-', '--rule', 'welsh/missing-welsh=off', '--format', 'json'], {
    input: 'Call 07700 900123',
    encoding: 'utf8',
    cwd: ROOT,
  });

describe('bin/smpolicy.js and its code cache', () => {
  it('the shipped cache is accepted and the check runs', () => {
    const dir = install(readFileSync(join(ROOT, 'dist', 'bundle', 'smpolicy.cjs.cache')));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).results[0].findings[0].ruleId).toBe('dp/phone-number');
  });

  it('a corrupt cache is rejected, the check still runs, and the cache is rebuilt', () => {
    const dir = install('not a cache');
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(statSync(join(dir, 'dist', 'bundle', 'smpolicy.cjs.cache')).size).toBeGreaterThan(1000);
  });

  it('runs without a cache and makes one', () => {
    const dir = install();
    expect(check(dir).status).toBe(1);
    expect(statSync(join(dir, 'dist', 'bundle', 'smpolicy.cjs.cache')).size).toBeGreaterThan(1000);
  });
});

describe('the bundle', () => {
  it('the workers run the CLI bundle through its code cache: their entry loads smpolicy.cjs and hands piscina the task', async () => {
    const { Script } = await import('node:vm');
    const { wrap } = await import('node:module');
    const file = join(ROOT, 'dist', 'bundle', 'smpolicy.cjs');
    const script = new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData: readFileSync(`${file}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
    const { createRequire } = await import('node:module');
    const task = createRequire(import.meta.url)(join(ROOT, 'dist', 'bundle', 'worker-entry.cjs'));
    expect(typeof task).toBe('function');
    // No second copy of the engine is built or installed.
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'worker.cjs'))).toBe(false);
  });

  it('is ASCII, so the bin and the workers may read it as latin1 (scripts/bundle.mjs escapes the rest)', () => {
    for (const file of ['smpolicy.cjs']) {
      const text = readFileSync(join(ROOT, 'dist', 'bundle', file), 'latin1');
      expect(text.length).toBeGreaterThan(100_000);
      expect(text.match(/[^\x00-\x7f]/g) ?? [], file).toEqual([]);
    }
  });

  it('match Welsh letters and curly apostrophes as the source does (the escapes are the same characters)', () => {
    // The name pattern's ['’-] and \p{Ll} for "â": escaped wrongly, the name would stop at "O".
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'smpolicy.js'), 'check', '-', '--format', 'json', '--no-redact', '--rule', 'welsh/missing-welsh=off'], {
      input: 'Well done to Siân O’Neill (7) from Ysgol y Strade!',
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect(JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string; actual: string }) => [f.ruleId, f.actual])).toEqual([['dp/child-details', 'Siân O’Neill (7) from Ysgol']]);
  });
});

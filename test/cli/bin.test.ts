import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, WORKER_YOUNG_MB } from '../../src/workspace/pool.js';

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
    const shipped = readFileSync(join(ROOT, 'dist', 'bundle', 'smpolicy.cjs.cache'));
    const dir = install(shipped);
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).results[0].findings[0].ruleId).toBe('dp/phone-number');
    // A rejected cache is written again: an accepted one is left as it was.
    expect(readFileSync(join(dir, 'dist', 'bundle', 'smpolicy.cjs.cache')).equals(shipped)).toBe(true);
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
  it('the workers run the CLI bundle through its code cache, under the flags the pool sets: their entry loads smpolicy.cjs and hands piscina the task', () => {
    // A worker started as the pool starts one (the heap flag set first, a small young
    // generation), in a process of its own so the flag does not touch this one.
    const entry = join(ROOT, 'dist', 'bundle', 'worker-entry.cjs');
    const program = `
      require('node:v8').setFlagsFromString('--heap-growing-percent=${HEAP_GROWING_PERCENT}');
      const { Worker } = require('node:worker_threads');
      const code = "const task = require(" + JSON.stringify(${JSON.stringify(entry)}) + "); require('node:worker_threads').parentPort.postMessage([typeof task, task.codeCache]);";
      const w = new Worker(code, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: ${WORKER_YOUNG_MB} } });
      w.on('message', (m) => { console.log(JSON.stringify(m)); w.terminate(); });`;
    const r = spawnSync(process.execPath, ['-e', program], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['function', 'accepted']);
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

/**
 * Hardening (issue #8, §3): no stack traces. A closed pipe ends the output quietly, a full
 * disk is one line and exit 2, an unreadable folder met in a walk is one line and the rest is
 * still checked. The bin is run for real where the operating system is involved.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { guardStream } from '../../src/cli/io.js';
import { ROOT } from '../support/cli.js';

const bin = join(ROOT, 'bin', 'smpolicy.js');
const sh = (command: string) => spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

// Output far larger than a pipe's buffer, so the writer is still writing when head exits.
const big = join(tmpdir(), `smpolicy-epipe-${process.pid}.txt`);
writeFileSync(big, 'Call Mrs Davies on 07700 900123 about the bins.\n'.repeat(4000));

describe('writing to standard output', () => {
  it.each(['stylish', 'json', 'sarif', 'junit', 'github'])('| head -1 in the %s format: no EPIPE trace', (format) => {
    const r = sh(`node ${bin} check ${big} --format ${format} | head -1; echo "status $?"`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('> /dev/full: one line and exit 2', () => {
    const r = sh(`node ${bin} check fixtures/drafts/road-closure.md --format json > /dev/full; echo "status $?"`);
    expect(r.stderr).toBe('smpolicy: cannot write the output: no space left on the device\n');
    expect(r.stdout).toBe('status 2\n');
  });

  it('the guard reports a write error once, whether thrown or emitted, and drops the rest', () => {
    const lines: string[] = [];
    let listener: ((e: Error) => void) | undefined;
    const target = {
      write: () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      },
      on: (_: 'error', f: (e: Error) => void) => (listener = f),
    };
    const g = guardStream(target, (l) => lines.push(l));
    g.stream.write('a');
    g.stream.write('b');
    listener?.(Object.assign(new Error('again'), { code: 'EIO' }));
    expect(lines).toEqual(['smpolicy: cannot write the output: no space left on the device\n']);
    expect(g.failed()).toBe(true);
  });

  it('EPIPE is quiet and is not a failure', () => {
    const lines: string[] = [];
    const target = { write: () => {}, on: (_: 'error', f: (e: Error) => void) => f(Object.assign(new Error('pipe'), { code: 'EPIPE' })) };
    const g = guardStream(target, (l) => lines.push(l));
    g.stream.write('x');
    expect(lines).toEqual([]);
    expect(g.failed()).toBe(false);
  });
});

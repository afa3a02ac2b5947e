import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { crashReport } from '../../src/cli/crash.js';
import { run } from '../../src/cli/run.js';
import { VERSION } from '../../src/cli/version.js';

const ROOT = join(import.meta.dirname, '..', '..');

// A detector with a bug: the engine must not swallow it as a user error.
vi.mock('../../src/packs/data-protection/phone-number.js', () => ({
  detector: {
    appliesTo: 'post',
    paramsSchema: { type: 'object' },
    detect: () => {
      throw new TypeError('detector bug');
    },
  },
}));

describe('unexpected errors', () => {
  it('the crash report names the version and keeps the stack', () => {
    const report = crashReport(new TypeError('boom'));
    expect(report.startsWith(`smpolicy ${VERSION} crashed`)).toBe(true);
    expect(report).toContain('TypeError: boom');
    expect(report).toMatch(/\n\s+at /);
  });

  it('run() lets a bug through to the bin instead of printing it as a user error', async () => {
    const err: string[] = [];
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, readStdin: async () => new TextEncoder().encode('Call 07700 900123'), cwd: ROOT, env: {} };
    await expect(run(['check', '-'], io)).rejects.toThrow('detector bug');
    expect(err).toEqual([]);
  });

  it('the bin prints the crash report and exits 2', () => {
    // The real bin, next to a stand-in bundle whose run() fails as a bug would.
    const dir = mkdtempSync(join(tmpdir(), 'smpolicy-crash-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'bundle'), { recursive: true });
    copyFileSync(join(ROOT, 'bin', 'smpolicy.js'), join(dir, 'bin', 'smpolicy.js'));
    const real = join(ROOT, 'dist', 'bundle', 'smpolicy.cjs');
    writeFileSync(
      join(dir, 'dist', 'bundle', 'smpolicy.cjs'),
      `exports.crashReport = require(${JSON.stringify(real)}).crashReport;\nexports.run = async () => { throw new Error('internal failure'); };\n`,
    );
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'smpolicy.js'), 'check'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`smpolicy ${VERSION} crashed`);
    expect(r.stderr).toContain('Error: internal failure');
  });
});

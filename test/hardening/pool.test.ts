/**
 * Hardening (issue #8, §2): many files are spread over worker threads, with the same report, in
 * the same order, as on one thread. The workers run the built bundle (dist/bundle/smpolicy.cjs, through dist/bundle/worker-entry.cjs).
 */
import { describe, expect, it } from 'vitest';
import { POOL_THRESHOLD } from '../../src/workspace/pool.js';
import { runCli, tempDir } from '../support/cli.js';

const POSTS = [
  'Ffordd ar gau heddiw ar yr A48. / Road closed today on the A48.\n',
  'Bins will be collected on Saturday. Welsh to follow.\n',
  'Call Mrs Davies on 07700 900123 about the missed bin.\n',
  '---\nchannel: x\nbroken: [\n---\nA draft whose front matter is broken.\n',
];

describe('check over many files', () => {
  it('gives the same report on two worker threads as on one, errors included', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < POOL_THRESHOLD + 20; i++) files[`d${String(i).padStart(4, '0')}.md`] = POSTS[i % POSTS.length];
    const dir = tempDir(files);
    const one = await runCli(['check', '.', '--format', 'json', '--jobs', '1'], { cwd: dir.path });
    const two = await runCli(['check', '.', '--format', 'json', '--jobs', '2'], { cwd: dir.path });
    expect(JSON.parse(two.stdout)).toEqual(JSON.parse(one.stdout));
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    expect(JSON.parse(one.stdout).summary.files).toBe(Math.ceil(((POOL_THRESHOLD + 20) * 3) / 4));
    expect(one.stderr.trim().split('\n')).toHaveLength((POOL_THRESHOLD + 20) / 4);
  }, 60_000);

  it('--jobs must be a whole number of 1 or more', async () => {
    const r = await runCli(['check', '-', '--jobs', '0'], { stdin: 'x' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("smpolicy: --jobs '0': expected a whole number of 1 or more\n");
  });
});

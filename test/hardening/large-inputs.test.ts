/**
 * Inputs near the 5 MB limit that once crashed the run: a long run of spaced single digits made
 * the phone detector spread millions of candidates into one call (RangeError: Maximum call stack
 * size exceeded), and stylish spread every finding into Math.max. Each must end in a report,
 * not a crash. (Time per MB is measured by `npm run bench`, never asserted here.)
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const spacedDigits = (bytes: number) => {
  const parts: string[] = [];
  for (let i = 0; i * 2 < bytes; i++) parts.push(`${i % 10} `);
  return parts.join('');
};

describe('large inputs end in a report', () => {
  it('4.9 MB of spaced single digits on one line: no crash, every pack on', async () => {
    const dir = tempDir({ 'digits.txt': spacedDigits(4_900_000) });
    const r = await runCli(['check', 'digits.txt', '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).not.toMatch(/crashed|RangeError/);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).results).toHaveLength(1);
  });

  it('stylish lays out 150,000 findings without spreading them into one call', async () => {
    // A user pack reporting every "x": 150,000 findings in one draft.
    const dir = tempDir({
      'p/pack.yaml': 'pack: many\ntitle: Many\n',
      'p/x.yaml': 'id: many/x\nseverity: warning\npolicy: { ref: T, title: T }\nmessage: "x"\nremediation: "Remove it."\ncategory: other\ndetect: { kind: pattern, pattern: "x" }\nexamples: { bad: ["x"], good: ["y"] }\n',
      'd.txt': 'x '.repeat(150_000),
    });
    const r = await runCli(['check', 'd.txt', '--policy', 'p', '--format', 'stylish'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.stderr).not.toMatch(/crashed|RangeError/);
    expect(r.stdout).toMatch(/150,000 problems/);
  });
});

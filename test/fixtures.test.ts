import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli.js';

/**
 * Fixture drafts mark the findings they must produce inline, markdownlint-style:
 * `<!-- expect: dp/phone-number -->` in the body, or `# expect: RULE` in front matter or
 * account YAML, on the line where the finding starts. The test fails on a missing finding
 * and on an extra one.
 */
const ROOT = join(import.meta.dirname, '..');
const DIRS = ['fixtures/drafts', 'fixtures/accounts'];
const MARK = /(?:<!--|#)\s*expect:\s*([a-z0-9/, -]+?)\s*(?:-->|$)/gm;

function expected(text: string): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(MARK)) for (const id of m[1].split(/[\s,]+/).filter(Boolean)) out.push(`${i + 1} ${id}`);
  });
  return out.sort();
}

const files = DIRS.flatMap((dir) => {
  try {
    return readdirSync(join(ROOT, dir))
      .filter((f) => /\.(md|txt|markdown|ya?ml|json)$/.test(f))
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
});

describe('fixture files produce exactly the findings they mark', () => {
  it('has fixtures', () => expect(files.length).toBeGreaterThan(0));
  for (const file of files) {
    it(file, async () => {
      const { code, stdout, stderr } = await runCli(['check', file, '--config', 'fixtures/.smpolicy.yaml', '--format', 'json', '--date', '2026-11-23'], { cwd: ROOT });
      expect(stderr).toBe('');
      expect([0, 1]).toContain(code);
      const report = JSON.parse(stdout);
      const found = report.results.flatMap((r: { findings: Array<{ line: number; ruleId: string }> }) => r.findings.map((f) => `${f.line} ${f.ruleId}`)).sort();
      expect(found).toEqual(expected(readFileSync(join(ROOT, file), 'utf8')));
    });
  }
});

/** `check --fix` and `--fix-dry-run`: safe fixes applied in passes, atomically, idempotently. */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixFor } from '../../src/engine/fix.js';
import { parseJson, runCli, tempDir } from '../support/cli.js';

// A local pack with one rule of each fix kind, so these tests do not depend on which shipped rules have fixes.
const PACK = `pack: local
title: Local fixes
rules:
  - id: local/draft-note
    category: code-of-conduct
    severity: error
    policy: { ref: "Local guide 1", title: "No drafting notes" }
    message: "Drafting note left in: '{match}'"
    remediation: Remove it.
    fix: remove
    examples: { bad: ["TODO check this."], good: ["All checked."] }
    detect: { kind: phrases, phrases: ["TODO check this", "NOTE TO SELF"] }
  - id: local/internal-line
    category: information-security
    severity: error
    policy: { ref: "Local guide 2", title: "No internal lines" }
    message: "Internal line: '{match}'"
    remediation: Remove the line.
    fix: remove-line
    examples: { bad: ["INTERNAL ONLY"], good: ["Public"] }
    detect: { kind: phrases, phrases: ["INTERNAL ONLY"] }
  - id: local/old-name
    category: code-of-conduct
    severity: warning
    policy: { ref: "Local guide 3", title: "Use the council's name" }
    message: "Old name: '{match}'"
    remediation: Write Cyngor Sir Enghraifft.
    fix: { replace: "Cyngor Sir Enghraifft" }
    examples: { bad: ["Cyngor Dosbarth Enghraifft"], good: ["Cyngor Sir Enghraifft"] }
    detect: { kind: phrases, phrases: ["Cyngor Dosbarth Enghraifft"] }
`;

const CONFIG = 'extends: []\npolicies: [./local.yaml]\n';

function project(draft: string | Uint8Array) {
  return tempDir({ '.smpolicy.yaml': CONFIG, 'local.yaml': PACK, 'draft.md': draft });
}

describe('fix kinds', () => {
  const doc = (text: string) => ({ kind: 'post', path: 'd.md', where: { file: 'd.md' }, text, prose: text, links: [], frontMatter: {}, bodyStart: 0 }) as any;
  it('remove takes one space and a sentence-ending stop with it; remove-line the whole line; suggestion; replace', () => {
    const text = 'Road closed. Welsh to follow. More soon';
    const at = text.indexOf('Welsh to follow');
    const m = { start: at, end: at + 'Welsh to follow'.length };
    expect(applyFixes(text, [toFinding(fixFor('remove', m, doc(text), {}))]).text).toBe('Road closed. More soon');
    const lines = 'one\nINTERNAL ONLY here\nthree';
    const l = lines.indexOf('INTERNAL');
    expect(applyFixes(lines, [toFinding(fixFor('remove-line', { start: l, end: l + 13 }, doc(lines), {}))]).text).toBe('one\nthree');
    expect(fixFor('suggestion', { start: 0, end: 3, suggestions: ['#RoadClosure'] }, doc('#rc x'), {})).toEqual({ start: 0, end: 3, text: '#RoadClosure' });
    expect(fixFor({ replace: '[{what} removed]' }, { start: 0, end: 1 }, doc('x'), { what: 'phone number' })).toEqual({ start: 0, end: 1, text: '[phone number removed]' });
  });

  it('no fix in the front matter (it could break the YAML), nor for an empty match', () => {
    const text = '---\nchannel: x\n---\nbody';
    expect(fixFor('remove', { start: 4, end: 11 }, { ...doc(text), bodyStart: 19 }, {})).toBeUndefined();
    expect(fixFor('remove', { start: 20, end: 20 }, { ...doc(text), bodyStart: 19 }, {})).toBeUndefined();
  });

  it('overlapping fixes: the first wins, the other waits for the next pass; the same fix twice is applied once', () => {
    const r = applyFixes('abcdef', [
      { range: [1, 3], text: 'X' },
      { range: [2, 4], text: 'Y' },
      { range: [4, 5], text: 'Z' },
      { range: [4, 5], text: 'Z' },
    ]);
    expect(r).toEqual({ text: 'aXdZf', applied: 2, overlapping: 1 });
  });
});

const toFinding = (f: { start: number; end: number; text: string } | undefined) => ({ range: [f!.start, f!.end] as [number, number], text: f!.text });

describe('check --fix', () => {
  it('applies every safe fix, writes the file atomically keeping its mode, and reports what is left', async () => {
    const dir = project('# Road works / Gwaith ffordd\n\nTODO check this. Cyngor Dosbarth Enghraifft will resurface the road.\nINTERNAL ONLY: cost £40k\nBydd Cyngor Dosbarth Enghraifft yn trwsio’r ffordd.\n');
    chmodSync(dir.join('draft.md'), 0o640);
    const { code, stderr, stdout } = await runCli(['check', 'draft.md', '--fix', '--format', 'json'], { cwd: dir.path });
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('# Road works / Gwaith ffordd\n\nCyngor Sir Enghraifft will resurface the road.\nBydd Cyngor Sir Enghraifft yn trwsio’r ffordd.\n');
    expect(statSync(dir.join('draft.md')).mode & 0o777).toBe(0o640);
    expect(stderr).toBe('smpolicy: fixed 4 problems in 1 file\n');
    expect(parseJson(stdout).results[0].findings).toEqual([]);
    expect(code).toBe(0);
    expect(readdirSync(dir.path).sort()).toEqual(['.smpolicy.yaml', 'draft.md', 'local.yaml']);
  });

  it('is idempotent: a second run changes nothing', async () => {
    const dir = project('TODO check this. Cyngor Dosbarth Enghraifft.\n');
    await runCli(['check', 'draft.md', '--fix'], { cwd: dir.path });
    const once = readFileSync(dir.join('draft.md'), 'utf8');
    const again = await runCli(['check', 'draft.md', '--fix'], { cwd: dir.path });
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(once);
    expect(again.stderr).toBe('smpolicy: fixed 0 problems in 0 files (nothing had a safe fix)\n');
  });

  it('keeps a byte order mark and CRLF line ends', async () => {
    const dir = project(Buffer.from('\ufeffTODO check this. Hello\r\nINTERNAL ONLY\r\nBye\r\n', 'utf8'));
    await runCli(['check', 'draft.md', '--fix'], { cwd: dir.path });
    expect(readFileSync(dir.join('draft.md')).toString('utf8')).toBe('\ufeffHello\r\nBye\r\n');
  });

  it('leaves a UTF-16 file alone, saying why', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('TODO check this.\n', 'utf16le')]);
    const dir = project(bytes);
    const { stderr, code } = await runCli(['check', 'draft.md', '--fix'], { cwd: dir.path });
    expect(readFileSync(dir.join('draft.md'))).toEqual(bytes);
    expect(stderr).toMatch(/^draft\.md: not fixed: the file is UTF-16/m);
    expect(code).toBe(1);
  });

  it('standard input cannot be fixed: one line, exit 2', async () => {
    const dir = project('x\n');
    const { code, stderr } = await runCli(['check', '-', '--fix'], { cwd: dir.path, stdin: 'TODO check this.\n' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/--fix cannot change standard input/);
  });

  it('--fix with --fix-dry-run is bad usage', async () => {
    const { code, stderr } = await runCli(['check', 'x.md', '--fix', '--fix-dry-run']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/give one/);
  });
});

describe('check --fix-dry-run', () => {
  it('prints a unified diff, changes nothing, and reports what would be left', async () => {
    const text = 'Hello.\nTODO check this. Cyngor Dosbarth Enghraifft.\nSee you.\n';
    const dir = project(text);
    writeFileSync(dir.join('other.md'), 'Nothing to fix here / Dim byd i’w drwsio.\n');
    const { code, stdout, stderr } = await runCli(['check', 'draft.md', 'other.md', '--fix-dry-run'], { cwd: dir.path });
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(text);
    expect(stdout).toContain('--- draft.md\n+++ draft.md\n@@ -1,3 +1,3 @@\n Hello.\n-TODO check this. Cyngor Dosbarth Enghraifft.\n+Cyngor Sir Enghraifft.\n See you.\n');
    expect(stdout).not.toContain('other.md\n+++');
    expect(stderr).toBe('smpolicy: 2 fixes in 1 file would be applied; run with --fix to apply them\n');
    expect(stdout).toMatch(/✔ 2 files checked, no problems/);
    expect(code).toBe(0);
  });

  it('with a machine format the diff goes to stderr, so stdout stays JSON', async () => {
    const dir = project('TODO check this.\n');
    const { stdout, stderr } = await runCli(['check', 'draft.md', '--fix-dry-run', '--format', 'json'], { cwd: dir.path });
    expect(parseJson(stdout).results[0].findings).toEqual([]);
    expect(stderr).toContain('-TODO check this.\n');
  });

  it('JSON carries a finding\'s fix (range into the file, replacement text)', async () => {
    const dir = project('Hi. Cyngor Dosbarth Enghraifft\n');
    const { stdout } = await runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir.path });
    expect(parseJson(stdout).results[0].findings[0].fix).toEqual({ range: [4, 30], text: 'Cyngor Sir Enghraifft' });
  });
});

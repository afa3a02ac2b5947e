/** `check --fix` and `--fix-dry-run`: safe fixes applied in passes, atomically, idempotently. */
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFixes, fixFor, personalDataFix, placeholderLanguage } from '../../src/engine/fix.js';
import { parseJson, runCli, tempDir } from '../support/cli.js';
import { languageAt } from '../../src/workspace/language-at.js';

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

  it('remove: a whole line goes with its line end; one side of a bilingual line with its separator; never the start of a sentence that goes on', () => {
    const removed = (text: string, phrase: string) => {
      const at = text.indexOf(phrase);
      const fix = fixFor('remove', { start: at, end: at + phrase.length }, doc(text), {});
      return fix && applyFixes(text, [toFinding(fix)]).text;
    };
    expect(removed('Road closed.\nWelsh to follow.\nMore soon\n', 'Welsh to follow')).toBe('Road closed.\nMore soon\n');
    expect(removed('Road closed.\r\nWelsh to follow\r\nMore\r\n', 'Welsh to follow')).toBe('Road closed.\r\nMore\r\n');
    expect(removed('Ffordd ar gau / Welsh: TBC\n', 'Welsh: TBC')).toBe('Ffordd ar gau\n');
    expect(removed('Ffordd ar gau | Welsh to follow\n', 'Welsh to follow')).toBe('Ffordd ar gau\n');
    expect(removed('Welsh to follow – Road closed\n', 'Welsh to follow')).toBe('Road closed\n');
    expect(removed('Lorem ipsum dolor sit amet / Road closed\n', 'Lorem ipsum')).toBeUndefined();
    expect(removed('Road closed. Lorem ipsum dolor\n', 'Lorem ipsum')).toBeUndefined();
    // Mid-sentence (a user's rule removing a filler word) is still a plain removal.
    expect(removed('This is basically fine.\n', 'basically')).toBe('This is fine.\n');
  });

  it('personal data: a placeholder in the language of the words around it, on its side of a bilingual line', () => {
    const placeholder = (text: string, secret: string) => personalDataFix({ start: text.indexOf(secret), end: text.indexOf(secret) + secret.length }, doc(text))?.text;
    expect(placeholder('Call Jane on 07700 900123 today.', '07700 900123')).toBe('[removed]');
    expect(placeholder('Ffoniwch Dai ar 07700 900456 heddiw.', '07700 900456')).toBe("[wedi'i dynnu]");
    expect(placeholder('Ffoniwch Dai ar 07700 900456 / Call Dai on 07700 900457', '07700 900456')).toBe("[wedi'i dynnu]");
    expect(placeholder('Ffoniwch Dai ar 07700 900456 / Call Dai on 07700 900457', '07700 900457')).toBe('[removed]');
    expect(placeholder('07700 900123', '07700 900123')).toBe('[removed]');
    expect(placeholder('Already [removed] here', '[removed]')).toBeUndefined();
    expect(placeholderLanguage("Mae'r tîm yma i helpu")).toBe('cy');
  });

  it("personal data: the language identifier's segment decides when the run gives one, the words around when it cannot tell", () => {
    // None of the few words the fallback counts is here: alone it would say English.
    const text = 'Neges frys: rheolwraig newydd canolfan hamdden Llanelli, symudol 07700 900456, dros benwythnos hwn.';
    const match = { start: text.indexOf('07700'), end: text.indexOf('07700') + 12 };
    expect(personalDataFix(match, doc(text))?.text).toBe('[removed]');
    expect(personalDataFix(match, doc(text), languageAt)?.text).toBe("[wedi'i dynnu]");
    // No verdict (a number alone): the words around decide, as before.
    expect(personalDataFix({ start: 0, end: 12 }, doc('07700 900123'), languageAt)?.text).toBe('[removed]');
  });

  it('two removals side by side are applied one pass apart, each judged on the text the other left', () => {
    expect(applyFixes('abcdef', [{ range: [0, 2], text: '' }, { range: [2, 4], text: '' }])).toEqual({ text: 'cdef', applied: 1, overlapping: 1 });
    expect(applyFixes('abcdef', [{ range: [0, 0], text: 'X' }, { range: [1, 2], text: 'Y' }])).toEqual({ text: 'XaYcdef', applied: 2, overlapping: 0 });
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
    // The summary points at that line rather than saying nothing had a safe fix.
    expect(stderr).toMatch(/^smpolicy: fixed 0 problems in 0 files \(1 file not changed: see above\)$/m);
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

describe('personal data: a placeholder only when asked', () => {
  const DRAFT = 'Call Jane on 07700 900123 today.\nFfoniwch Dai ar 07700 900456 heddiw.\n';

  it('JSON offers it as suggestedFix, never as fix; --fix leaves the data and says how to replace it', async () => {
    const dir = tempDir({ 'draft.md': DRAFT });
    const json = parseJson((await runCli(['check', 'draft.md', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true })).stdout);
    const phones = json.results[0].findings.filter((f: any) => f.ruleId === 'dp/phone-number');
    expect(phones.map((f: any) => [f.fix, f.suggestedFix])).toEqual([
      [undefined, { range: [13, 25], text: '[removed]', kind: 'personal-data' }],
      [undefined, { range: [49, 61], text: "[wedi'i dynnu]", kind: 'personal-data' }],
    ]);
    const { code, stderr } = await runCli(['check', 'draft.md', '--fix'], { cwd: dir.path, coreRulesOnly: true });
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
    expect(stderr).toContain('smpolicy: 2 findings of personal data left as they are: --fix-personal-data replaces them');
    expect(code).toBe(1);
  });

  it('--fix --fix-personal-data replaces it in the line\'s language, and a second run changes nothing', async () => {
    const dir = tempDir({ 'draft.md': DRAFT });
    const { code, stderr } = await runCli(['check', 'draft.md', '--fix', '--fix-personal-data'], { cwd: dir.path, coreRulesOnly: true });
    const fixed = "Call Jane on [removed] today.\nFfoniwch Dai ar [wedi'i dynnu] heddiw.\n";
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(fixed);
    expect(stderr).toBe('smpolicy: fixed 2 problems in 1 file\n');
    expect(code).toBe(0);
    const again = await runCli(['check', 'draft.md', '--fix', '--fix-personal-data'], { cwd: dir.path, coreRulesOnly: true });
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(fixed);
    expect(again.stderr).toBe('smpolicy: fixed 0 problems in 0 files (nothing had a safe fix)\n');
  });

  it('the dry run\'s diff masks the personal data it removes (unless --no-redact), and writes nothing', async () => {
    const dir = tempDir({ 'draft.md': DRAFT });
    const { stdout } = await runCli(['check', 'draft.md', '--fix-dry-run', '--fix-personal-data'], { cwd: dir.path, coreRulesOnly: true });
    expect(stdout).toContain('-Call Jane on 0770•••••23 today.\n');
    expect(stdout).toContain('+Call Jane on [removed] today.\n');
    expect(stdout).not.toContain('900123');
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
    const clear = await runCli(['check', 'draft.md', '--fix-dry-run', '--fix-personal-data', '--no-redact'], { cwd: dir.path, coreRulesOnly: true });
    expect(clear.stdout).toContain('-Call Jane on 07700 900123 today.\n');
  });

  it('a safe fix\'s diff masks personal data on the lines it shows', async () => {
    const dir = tempDir({ 'draft.md': 'Welsh to follow. Call 07700 900123.\n' });
    const { stdout } = await runCli(['check', 'draft.md', '--fix-dry-run'], { cwd: dir.path, coreRulesOnly: true });
    expect(stdout).toContain('-Welsh to follow. Call 0770•••••23.\n+Call 0770•••••23.\n');
  });

  it('keeps the byte order mark, CRLF line ends and mode while removing a placeholder line and personal data', async () => {
    const dir = tempDir({ 'draft.md': Buffer.from('\ufeffRoad closed.\r\nWelsh to follow\r\nCall 07700 900123.\r\n', 'utf8') });
    chmodSync(dir.join('draft.md'), 0o600);
    await runCli(['check', 'draft.md', '--fix', '--fix-personal-data'], { cwd: dir.path, coreRulesOnly: true });
    expect(readFileSync(dir.join('draft.md')).toString('utf8')).toBe('\ufeffRoad closed.\r\nCall [removed].\r\n');
    expect(statSync(dir.join('draft.md')).mode & 0o777).toBe(0o600);
  });

  it('--fix-personal-data or --fix-images without --fix, and --discard-originals without --fix-images, are bad usage', async () => {
    for (const args of [['--fix-personal-data'], ['--fix-images'], ['--fix', '--discard-originals']]) {
      const { code, stderr } = await runCli(['check', 'x.md', ...args]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/goes with --fix/);
    }
  });
});

describe('a file the run also reads as something else is never fixed', () => {
  it('a word list of a pack, checked as a draft, is left as it is', async () => {
    const pack = PACK.replace('detect: { kind: phrases, phrases: ["TODO check this", "NOTE TO SELF"] }', 'detect: { kind: phrases, phrases: { file: notes.txt } }');
    const dir = tempDir({ '.smpolicy.yaml': CONFIG, 'local.yaml': pack, 'notes.txt': 'TODO check this\nNOTE TO SELF\n', 'draft.md': 'TODO check this. Hello.\n' });
    const { stderr } = await runCli(['check', 'notes.txt', 'draft.md', '--fix'], { cwd: dir.path });
    expect(readFileSync(dir.join('notes.txt'), 'utf8')).toBe('TODO check this\nNOTE TO SELF\n');
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('Hello.\n');
    expect(stderr).toMatch(/^notes\.txt: not fixed: the run also reads it as configuration, a rule pack, a word list/m);
  });
});

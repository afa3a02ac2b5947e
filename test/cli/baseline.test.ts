/** Baselines: accepted findings stay quiet through unrelated edits; new ones are reported; stale entries are found. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../support/cli.js';

const DRAFT = [
  'Ffordd ar gau heddiw. / Road closed today.',
  '',
  'Thanks to Mrs Davies for her photo: call her on 07700 900123 if you need a copy.',
  '',
  'Bydd y llyfrgell ar gau. / The library is closed.',
  '',
].join('\n');

/** The data-protection rules are what these tests follow; the Welsh ones judge the languages of the whole text. */
const CONFIG = 'rules:\n  welsh/unequal-content: off\n  welsh/missing-welsh: off\n';

async function check(dir: string, ...args: string[]) {
  const r = await runCli(['check', 'draft.md', '--format', 'json', ...args], { cwd: dir });
  return { ...r, rules: r.stdout ? parseJson(r.stdout).results.flatMap((x: any) => x.findings.map((f: any) => f.ruleId)) : [] };
}

describe('--write-baseline', () => {
  it('writes every finding as file, rule and a hashed fingerprint: no personal data, no line numbers; exit 0', async () => {
    const dir = tempDir({ 'draft.md': DRAFT, '.smpolicy.yaml': CONFIG });
    const r = await runCli(['check', 'draft.md', '--write-baseline', '.smpolicy-baseline.json'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('smpolicy: baseline of 1 finding written to .smpolicy-baseline.json; check with --baseline .smpolicy-baseline.json to report only new ones\n');
    const text = readFileSync(dir.join('.smpolicy-baseline.json'), 'utf8');
    const b = JSON.parse(text);
    expect(b).toMatchObject({ version: 1, tool: 'smpolicy', entries: [{ file: 'draft.md', rule: 'dp/phone-number', count: 1 }] });
    expect(b.entries[0].fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(text).not.toMatch(/900123|Davies|"line"/);
  });

  it('will not overwrite a file being checked', async () => {
    const dir = tempDir({ 'draft.md': DRAFT, '.smpolicy.yaml': CONFIG });
    const r = await runCli(['check', 'draft.md', '--write-baseline', 'draft.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
  });
});

describe('--baseline', () => {
  async function baselined(text = DRAFT) {
    const dir = tempDir({ 'draft.md': text, '.smpolicy.yaml': CONFIG });
    await runCli(['check', 'draft.md', '--write-baseline', 'base.json'], { cwd: dir.path });
    return dir;
  }

  it('accepted findings are not reported; exit 0', async () => {
    const dir = await baselined();
    const r = await check(dir.path, '--baseline', 'base.json');
    expect(r.rules).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('smpolicy: 1 finding accepted by the baseline base.json\n');
  });

  it.each([
    ['another line edited', (t: string) => t.replace('The library is closed.', 'The library is closed all week.').replace('Bydd y llyfrgell ar gau.', 'Bydd y llyfrgell ar gau drwy’r wythnos.')],
    ['lines added above', (t: string) => `Newyddion / News\n\n${t}`],
    ['paragraphs reordered', (t: string) => t.split('\n\n').reverse().join('\n\n')],
    ['line ends changed to CRLF', (t: string) => t.replace(/\n/g, '\r\n')],
  ])('stays accepted when %s', async (_name, edit) => {
    const dir = await baselined();
    writeFileSync(dir.join('draft.md'), edit(DRAFT));
    expect((await check(dir.path, '--baseline', 'base.json')).rules).toEqual([]);
  });

  it('a new finding is reported, and so is a second copy of an accepted one', async () => {
    const dir = await baselined();
    writeFileSync(dir.join('draft.md'), `${DRAFT}Email dai.jones@example.com.\n\nThanks to Mrs Davies for her photo: call her on 07700 900123 if you need a copy.\n`);
    const r = await check(dir.path, '--baseline', 'base.json');
    expect(r.rules.sort()).toEqual(['dp/email-address', 'dp/phone-number']);
    expect(r.code).toBe(1);
  });

  it('an edit to the words around a finding makes it new again', async () => {
    const dir = await baselined();
    writeFileSync(dir.join('draft.md'), DRAFT.replace('call her on 07700 900123', 'ring her on 07700 900123'));
    expect((await check(dir.path, '--baseline', 'base.json')).rules).toEqual(['dp/phone-number']);
  });

  it('--report-stale: an entry that matches nothing any more is one line and exit 1; a deleted file too', async () => {
    const dir = await baselined();
    writeFileSync(dir.join('draft.md'), DRAFT.replace(' call her on 07700 900123 if you need a copy.', ''));
    const plain = await check(dir.path, '--baseline', 'base.json');
    expect(plain.code).toBe(0);
    const r = await check(dir.path, '--baseline', 'base.json', '--report-stale');
    expect(r.stderr).toMatch(/^draft\.md: baseline entry for dp\/phone-number \([0-9a-f]{12}\) matches nothing any more: .*--write-baseline/m);
    expect(r.code).toBe(1);
    writeFileSync(dir.join('other.md'), 'Bore da / Good morning\n');
    rmSync(dir.join('draft.md'));
    const gone = await runCli(['check', 'other.md', '--baseline', 'base.json', '--report-stale'], { cwd: dir.path });
    expect(gone.stderr).toMatch(/^draft\.md: the baseline has entries for this file, which no longer exists/m);
    expect(gone.code).toBe(1);
  });

  it('entries of files not checked in this run are not stale while the files exist', async () => {
    const dir = await baselined();
    writeFileSync(dir.join('other.md'), 'Bore da / Good morning\n');
    const r = await runCli(['check', 'other.md', '--baseline', 'base.json', '--report-stale'], { cwd: dir.path });
    expect(r.code).toBe(0);
  });

  it.each([
    ['not JSON', '{', /base\.json: not a baseline: invalid JSON/],
    ['another shape', '{"version": 2}', /base\.json: not a smpolicy baseline/],
  ])('a baseline that is %s: one line, exit 2', async (_name, content, message) => {
    const dir = tempDir({ 'draft.md': DRAFT, 'base.json': content, '.smpolicy.yaml': CONFIG });
    const r = await runCli(['check', 'draft.md', '--baseline', 'base.json'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--baseline', 'a.json', '--write-baseline', 'b.json'], /give one/],
    [['--report-stale'], /--report-stale needs --baseline/],
    [['--baseline', 'missing.json'], /missing\.json/],
  ])('bad usage %j: exit 2', async (args, message) => {
    const dir = tempDir({ 'draft.md': DRAFT, '.smpolicy.yaml': CONFIG });
    const r = await runCli(['check', 'draft.md', ...args], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

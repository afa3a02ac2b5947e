/** `smpolicy review <file>`: every choice, every exit path, and personal data kept masked. */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maskLine, unmaskEdit, wrap } from '../../src/cli/review-view.js';
import { applyEdit, shiftRange, suppressFileEdit, suppressLineEdit } from '../../src/workspace/review-edits.js';
import { builtinPacks } from '../../src/support/generated.js';
import { findingKeys, parseJson, runCli, tempDir } from '../support/cli.js';
import { REVIEW_PACK } from '../support/review-pack.js';
import { answer, choose, KEY, runInTerminal, type FakeTerminal } from '../support/terminal.js';

// A local pack, so the findings do not change when the shipped packs do.
const PACK = `${REVIEW_PACK}  - id: local/old-name
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
// Three findings: a note with a fix (1:20), a shout on a line with a phone number (2:1), an old name with a fix (3:1).
const DRAFT = 'Road closed today. TODO check this.\nURGENT: call Dai on 07700 900123.\nCyngor Dosbarth Enghraifft says sorry.\n';
const PHONE = ['07700 900123', '900123'];

const MENU = { fix: 'Apply the fix', line: 'Disable it on this line (with a reason)', file: 'Whole file: disable the rule (with a reason)', skip: 'Skip', quit: 'Quit, writing nothing' };
const edit = (line: number) => `Edit line ${line}`;

function project(draft: string | Uint8Array = DRAFT, extra: Record<string, string> = {}) {
  return tempDir({ '.smpolicy.yaml': CONFIG, 'local.yaml': PACK, 'draft.md': draft, ...extra });
}

const review = (dir: { path: string }, ...args: string[]) => runInTerminal(['review', 'draft.md', '--date', '2026-06-01', ...args], { cwd: dir.path });

/** What `check` finds in the draft now, as "line:col rule". */
async function remaining(dir: { path: string }): Promise<string[]> {
  const r = await runCli(['check', 'draft.md', '--format', 'json', '--date', '2026-06-01'], { cwd: dir.path });
  return findingKeys(parseJson(r.stdout)).map((k) => k.replace(/^draft\.md /, ''));
}

function expectMasked(t: FakeTerminal) {
  for (const secret of PHONE) {
    expect(t.screen()).not.toContain(secret);
    expect(t.stdout()).not.toContain(secret);
  }
}

describe('review: the choices', () => {
  it('fix, suppress with a required reason, skip: the diff and a summary on stdout, the file written', async () => {
    const dir = project();
    const t = review(dir);
    await t.waitFor('[1/3] error  local/draft-note  draft.md:1:20');
    await t.waitFor('1 │ Road closed today. TODO check this.');
    await t.waitFor('│                    ^^^^^^^^^^^^^^^\n');
    await t.waitFor("Drafting note left in: 'TODO check this'");
    await t.waitFor('How to fix: Remove it.');
    await t.waitFor('Policy: Local guide 1: No drafting notes (local)');
    await t.waitFor('The fix makes the line: Road closed today.');
    await choose(t, MENU.fix);
    await t.waitFor('[2/3] error  local/shout  draft.md:2:1');
    await t.waitFor('2 │ URGENT: call Dai on 0770•••••23.');
    await choose(t, MENU.line);
    await answer(t, 'Reason', '  ');
    await t.waitFor('a reason is required');
    t.press(KEY.ctrlU, 'an emergency --> notice', KEY.enter);
    await t.waitFor("a reason cannot hold '-->'");
    t.press(KEY.ctrlU, 'an   emergency notice', KEY.enter);
    await t.waitFor('[3/3] warning  local/old-name');
    await choose(t, MENU.skip);
    expect(await t.exit).toBe(0);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(
      'Road closed today.\n<!-- smpolicy-disable-next-line local/shout -- an emergency notice -->\nURGENT: call Dai on 07700 900123.\nCyngor Dosbarth Enghraifft says sorry.\n',
    );
    const out = t.stdout();
    expect(out).toContain('--- draft.md\n+++ draft.md\n');
    expect(out).toContain('-Road closed today. TODO check this.\n+Road closed today.\n+<!-- smpolicy-disable-next-line local/shout -- an emergency notice -->\n URGENT: call Dai on 0770•••••23.\n');
    expect(out).toContain('Wrote draft.md.\n');
    expect(out).toContain('draft.md: 1 fixed, 1 suppressed, 0 edited, 1 skipped; 1 problem left (0 errors, 1 warning, 0 infos)\n');
    expect(t.screen()).not.toContain('--- draft.md'); // the diff is not on stderr
    expectMasked(t);
    expect(await remaining(dir)).toEqual(['4:1 local/old-name']);
  }, 60_000);

  it('edit: the line is replaced; a masked part kept in the edit keeps the data it hides, never shown', async () => {
    const dir = project();
    const t = review(dir);
    await t.waitFor('[1/3]');
    await choose(t, edit(1));
    await t.waitFor('Line 1:');
    t.press(KEY.ctrlU, 'Road closed today, reopening at six.', KEY.enter);
    await t.waitFor('[2/3] error  local/shout');
    await choose(t, edit(2));
    await t.waitFor('Line 2 (masked parts you keep stay as they were): URGENT: call Dai on 0770•••••23.');
    // Typing over the start of the line: the masked number is kept as it is.
    t.press(KEY.ctrlU, 'Please call Dai on 0770•••••23.', KEY.enter);
    await t.waitFor('[3/3] warning  local/old-name');
    await t.waitFor('The fix makes the line: Cyngor Sir Enghraifft says sorry.');
    await choose(t, MENU.fix);
    expect(await t.exit).toBe(0);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('Road closed today, reopening at six.\nPlease call Dai on 07700 900123.\nCyngor Sir Enghraifft says sorry.\n');
    expect(t.stdout()).toContain('draft.md: 1 fixed, 0 suppressed, 2 edited, 0 skipped; no problems left\n');
    expect(t.stdout()).toContain('\n-URGENT: call Dai on 0770•••••23.\n');
    expect(t.stdout()).toContain('\n+Please call Dai on 0770•••••23.\n');
    expectMasked(t);
    expect(await remaining(dir)).toEqual([]);
  }, 60_000);

  it('an edit that leaves the problem is shown again; one that would make the draft unreadable is not made', async () => {
    const dir = project();
    const t = review(dir);
    await t.waitFor('[1/3]');
    await choose(t, edit(1));
    // A line '---' opens front matter that is never closed: the draft could not be read.
    await answer(t, 'Line 1:', `${KEY.ctrlU}---`);
    await t.waitFor("That change would leave the draft unreadable (front matter opened by '---' on line 1 is never closed");
    await t.waitFor('[1/3] error  local/draft-note');
    await choose(t, edit(1));
    await answer(t, 'Line 1:', `${KEY.ctrlU}Still TODO check this.`);
    await t.waitFor('error  local/draft-note  draft.md:1:7');
    await choose(t, MENU.skip);
    await t.waitFor('local/shout');
    await choose(t, MENU.skip);
    await t.waitFor('local/old-name');
    await choose(t, MENU.skip);
    expect(await t.exit).toBe(1);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT.replace('Road closed today. TODO check this.', 'Still TODO check this.'));
    expect(t.stdout()).toContain('draft.md: 0 fixed, 0 suppressed, 1 edited, 3 skipped; 3 problems left (2 errors, 1 warning, 0 infos)\n');
  }, 60_000);

  it('whole-file suppressions go into front matter smpolicy:, added to the block already there', async () => {
    const dir = project(`---\nchannel: twitter\n---\n${DRAFT}`);
    const t = review(dir);
    await t.waitFor('[1/3] error  local/draft-note  draft.md:4:20');
    await choose(t, MENU.file);
    await answer(t, 'Reason', 'kept in the internal copy');
    await t.waitFor('[2/3] error  local/shout  draft.md:8:1');
    await choose(t, MENU.file);
    await answer(t, 'Reason', 'an emergency notice');
    await t.waitFor('[3/3]');
    await choose(t, MENU.skip);
    expect(await t.exit).toBe(0);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(
      `---\nchannel: twitter\nsmpolicy:\n  disable: [local/draft-note, local/shout]\n  reason: "kept in the internal copy; an emergency notice"\n---\n${DRAFT}`,
    );
    expect(await remaining(dir)).toEqual(['9:1 local/old-name']);
  }, 60_000);

  it('a draft without front matter gets one; two rules disabled on one line share one comment', async () => {
    const dir = project('URGENT: TODO check this.\n');
    const t = review(dir);
    await t.waitFor('[1/2] error  local/shout');
    await choose(t, MENU.line);
    await answer(t, 'Reason', 'a quoted headline');
    await t.waitFor('[2/2] error  local/draft-note');
    await choose(t, MENU.line);
    await answer(t, 'Reason', 'the note is the quote');
    expect(await t.exit).toBe(0);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('<!-- smpolicy-disable-next-line local/shout, local/draft-note -- a quoted headline; the note is the quote -->\nURGENT: TODO check this.\n');
    expect(await remaining(dir)).toEqual([]);

    const dir2 = project('URGENT news.\n');
    const t2 = review(dir2);
    await t2.waitFor('[1/1]');
    await choose(t2, MENU.file);
    await answer(t2, 'Reason', 'a headline');
    expect(await t2.exit).toBe(0);
    expect(readFileSync(dir2.join('draft.md'), 'utf8')).toBe('---\nsmpolicy:\n  disable: [local/shout]\n  reason: "a headline"\n---\nURGENT news.\n');
    expect(await remaining(dir2)).toEqual([]);
  }, 60_000);

  it('keeps CRLF line endings and a UTF-8 byte order mark', async () => {
    const dir = project(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hello.\r\nURGENT news.\r\n')]));
    const t = review(dir);
    await t.waitFor('[1/1] error  local/shout  draft.md:2:1');
    await choose(t, MENU.line);
    await answer(t, 'Reason', 'a headline');
    expect(await t.exit).toBe(0);
    const bytes = readFileSync(dir.join('draft.md'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Hello.\r\n<!-- smpolicy-disable-next-line local/shout -- a headline -->\r\nURGENT news.\r\n');
  }, 60_000);
});

describe('review: personal data', () => {
  it('offers to replace it with a placeholder (the fix check --fix applies only with --fix-personal-data), never showing it', async () => {
    const pack = `${PACK}  - id: local/badge
    category: data-protection
    severity: error
    sensitive: true
    policy: { ref: "Local guide 4", title: "No staff badge numbers" }
    message: "Staff badge number: '{match}'"
    remediation: Remove it.
    examples: { bad: ["Badge ZX-4417"], good: ["Badge found"] }
    detect: { kind: phrases, phrases: ["ZX-4417"] }
`;
    const dir = project('Badge ZX-4417 found at the library.\n', { 'local.yaml': pack });
    const t = review(dir);
    await t.waitFor('[1/1] error  local/badge  draft.md:1:7');
    await t.waitFor('The fix makes the line: Badge [removed] found at the library.');
    await choose(t, MENU.fix);
    expect(await t.exit).toBe(0);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('Badge [removed] found at the library.\n');
    expect(t.screen()).not.toContain('ZX-4417');
    expect(t.stdout()).not.toContain('ZX-4417');
  }, 60_000);
});

describe('review: leaving without writing', () => {
  it('quit writes nothing, even after changes; exit 1 while the file has errors', async () => {
    const dir = project();
    const before = statSync(dir.join('draft.md')).mtimeMs;
    const t = review(dir);
    await t.waitFor('[1/3]');
    await choose(t, MENU.fix);
    await t.waitFor('[2/3]');
    await choose(t, MENU.quit);
    expect(await t.exit).toBe(1);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
    expect(statSync(dir.join('draft.md')).mtimeMs).toBe(before);
    expect(t.stdout()).toBe('');
    expect(t.screen()).toMatch(/smpolicy: review stopped; draft.md not changed\n$/);
  }, 60_000);

  it('skipping everything writes nothing', async () => {
    const dir = project();
    const t = review(dir);
    for (const n of [1, 2, 3]) {
      await t.waitFor(`[${n}/3]`);
      await choose(t, MENU.skip);
    }
    expect(await t.exit).toBe(1);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
    expect(t.stdout()).toBe('draft.md: nothing changed; file not written\ndraft.md: 0 fixed, 0 suppressed, 0 edited, 3 skipped; 3 problems left (2 errors, 1 warning, 0 infos)\n');
  }, 60_000);

  it('Ctrl+C, or the terminal closing, stops at once: exit 2, one line, nothing written', async () => {
    for (const stop of [(t: FakeTerminal) => t.press(KEY.ctrlC), (t: FakeTerminal) => t.end()]) {
      const dir = project();
      const t = review(dir);
      await t.waitFor('[1/3]');
      await choose(t, MENU.line);
      await t.waitFor('Reason');
      stop(t);
      expect(await t.exit).toBe(2);
      expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(DRAFT);
      expect(t.stdout()).toBe('');
      expect(t.screen()).toMatch(/\nsmpolicy: review: stopped; draft.md not changed\n$/);
    }
  }, 60_000);

  it('a file that cannot be written at the end: exit 2, one line', async () => {
    const dir = project('URGENT news.\n');
    const t = review(dir);
    await t.waitFor('[1/1]');
    rmSync(dir.join('draft.md'));
    await choose(t, MENU.line);
    await answer(t, 'Reason', 'a headline');
    expect(await t.exit).toBe(2);
    expect(t.screen()).toMatch(/\ndraft\.md: cannot write the reviewed file: no such file \(moved or deleted meanwhile\); nothing written\n$/);
  }, 60_000);
});

describe('review: no questions asked', () => {
  it('a draft with no findings: one line, exit 0', async () => {
    const dir = project('Road open again.\n');
    const t = review(dir);
    expect(await t.exit).toBe(0);
    expect(t.stdout()).toBe('draft.md: no problems found\n');
    expect(t.screen()).toBe('');
  });

  it('no terminal (standard input not one, none at all, or CI=true): exit 2 at once, one line naming check --fix and --format json', async () => {
    const dir = project();
    for (const o of [{ tty: false }, { noStdin: true }, { env: { CI: 'true' } }, { env: { CI: '1' } }]) {
      const t = runInTerminal(['review', 'draft.md'], { cwd: dir.path, ...o });
      expect(await t.exit).toBe(2);
      expect(t.screen()).toBe("smpolicy: review: no terminal to ask in (standard input is not a terminal, or CI is set): use 'smpolicy check --fix' for the safe fixes, or 'smpolicy check --format json' for the findings\n");
      expect(t.stdout()).toBe('');
    }
    // CI=false is no CI.
    const t = runInTerminal(['review', 'draft.md'], { cwd: dir.path, env: { CI: 'false' } });
    await t.waitFor('[1/3]');
    await choose(t, MENU.quit);
    expect(await t.exit).toBe(1);
  }, 60_000);

  it('bad input is one line and exit 2: missing, binary, UTF-16, account file, stdin, bad options, unreadable config', async () => {
    const cases: Array<[Record<string, string | Uint8Array>, string[], RegExp]> = [
      [{}, ['missing.md'], /^missing\.md: cannot read draft: no such file\n$/],
      [{ 'bin.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]) }, ['bin.md'], /^bin\.md: binary file, not a text draft/],
      [{ 'u16.md': new Uint8Array([0xff, 0xfe, 0x48, 0]) }, ['u16.md'], /^u16\.md: review cannot write a UTF-16 file: save it as UTF-8 first\n$/],
      [{ 'a.yaml': 'kind: social-account\n' }, ['a.yaml'], /^a\.yaml: review works on drafts \(\.txt, \.md, \.markdown\)/],
      [{}, ['-'], /^smpolicy: review changes a file/],
      [{}, ['draft.md', '--date', '2026-02-30'], /^smpolicy: --date '2026-02-30': expected a real date/],
      [{}, ['draft.md', '--channel', 'myspace'], /^smpolicy: --channel 'myspace': expected one of/],
      [{}, ['draft.md', '--rule', 'local/nope=off'], /^smpolicy: unknown rule id 'local\/nope'\n$/],
      [{ '.smpolicy.yaml': 'extends: [recommended\n' }, ['draft.md'], /^\.smpolicy\.yaml:1:\d+: invalid YAML/],
      [{ 'bad.md': '---\nchannel: myspace\n---\nHi\n' }, ['bad.md'], /^bad\.md:2:\d+: front matter/],
    ];
    for (const [files, args, expected] of cases) {
      const dir = project(DRAFT, files as Record<string, string>);
      const t = runInTerminal(['review', ...args], { cwd: dir.path });
      expect(await t.exit, args.join(' ')).toBe(2);
      expect(t.screen(), args.join(' ')).toMatch(expected);
      expect(t.screen().trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
      expect(t.stdout()).toBe('');
    }
  }, 60_000);
});

describe('review with the shipped packs', () => {
  it('a finding in the front matter is disabled for the whole file only; personal data stays masked', async () => {
    const keep = ['a11y/image-alt-text', 'dp/phone-number'];
    const off = (await builtinPacks()).flatMap((p) => p.rules.map((r) => r.id)).filter((id) => !keep.includes(id)).flatMap((id) => ['--rule', `${id}=off`]);
    const dir = tempDir({ 'draft.md': '---\nattachments:\n  - path: ./stall.jpg\n---\nCall Dai on 07700 900123.\n' });
    const t = runInTerminal(['review', 'draft.md', ...off], { cwd: dir.path });
    await t.waitFor('[1/2] error  a11y/image-alt-text  draft.md:3:11');
    await t.waitFor('3 │   - path: ./stall.jpg');
    await t.waitFor(MENU.file);
    expect(t.screen()).not.toContain(MENU.line);
    await choose(t, MENU.file);
    await answer(t, 'Reason', 'a decorative photo');
    await t.waitFor("[2/2] error  dp/phone-number  draft.md:8:13");
    await t.waitFor('Call Dai on 0770•••••23.');
    await choose(t, MENU.skip);
    expect(await t.exit).toBe(1);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('---\nattachments:\n  - path: ./stall.jpg\nsmpolicy:\n  disable: [a11y/image-alt-text]\n  reason: "a decorative photo"\n---\nCall Dai on 07700 900123.\n');
    expectMasked(t);
  }, 60_000);

  it('a suppression finding (smpolicy/...) cannot itself be suppressed: edit or skip', async () => {
    const dir = project('<!-- smpolicy-disable-next-line local/shout -->\nURGENT news.\n');
    const t = review(dir);
    await t.waitFor('smpolicy/suppression-reason');
    await t.waitFor(MENU.quit);
    expect(t.screen()).not.toContain('Disable it');
    expect(t.screen()).not.toContain('Whole file');
    await choose(t, edit(1));
    await answer(t, 'Line 1:', `${KEY.ctrlU}<!-- smpolicy-disable-next-line local/shout -- a headline -->`);
    expect(await t.exit).toBe(0);
    expect(await remaining(dir)).toEqual([]);
  }, 60_000);
});

describe('review helpers', () => {
  it('masks a line and puts the marker under the masked text', () => {
    const line = 'Call 07700 900123 now';
    const shown = maskLine(line, [[5, 17]]);
    expect(shown.text).toBe('Call 0770•••••23 now');
    expect([shown.column(5, 'start'), shown.column(17, 'end'), shown.column(18, 'start'), shown.column(21, 'end')]).toEqual([5, 16, 17, 20]);
    expect(unmaskEdit('Ring 0770•••••23 later', shown.pieces)).toBe('Ring 07700 900123 later');
    expect(unmaskEdit('Ring the office', shown.pieces)).toBe('Ring the office');
    expect(maskLine('tab\there', []).text).toBe('tab here');
  });

  it('wraps long text to the terminal', () => {
    expect(wrap('  How: ', 'one two three four five six seven eight nine ten eleven twelve', 30)).toBe('  How: one two three four five\n    six seven eight nine ten\n    eleven twelve');
  });

  it('edits move the places after them and drop the ones they touch', () => {
    expect(shiftRange(10, 14, { start: 0, end: 0, text: 'ab' })).toEqual([12, 16]);
    expect(shiftRange(10, 14, { start: 2, end: 5, text: '' })).toEqual([7, 11]);
    expect(shiftRange(10, 14, { start: 12, end: 13, text: 'x' })).toBeUndefined();
    expect(shiftRange(1, 3, { start: 5, end: 6, text: 'xyz' })).toEqual([1, 3]);
    expect(shiftRange(1, 8, { start: 5, end: 5, text: 'xyz' })).toEqual([1, 11]);
    const text = '  indented URGENT line\n';
    expect(applyEdit(text, suppressLineEdit(text, 11, 'local/shout', 'why'))).toBe('  <!-- smpolicy-disable-next-line local/shout -- why -->\n  indented URGENT line\n');
  });

  it('a front matter that is not a block of keys is left for the user', async () => {
    expect(await suppressFileEdit('---\n{ channel: twitter }\n---\nHi\n', 'local/shout', 'why')).toBe('the front matter is not a list of keys');
  });
});

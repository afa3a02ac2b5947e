/**
 * Hardening (issue #8, §4): personal data is masked in every line smpolicy prints, whatever
 * path the line takes (a finding, an account excerpt, a schema message, an error line), and
 * whichever rules are on. Each case feeds reserved test data into one path and searches all
 * of stdout and stderr for it; with --no-redact (where the command has it) it is shown.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const PHONE = '07700 900123';
const NINO = 'AB123456C';
const EMAIL = 'dai.davies@example.com';

interface Case { name: string; files: Record<string, string>; argv: string[]; secret: string; showable?: boolean }

const pack = (example: string) =>
  `pack: local\ntitle: Local\nrules:\n  - id: local/x\n    category: t\n    severity: error\n    policy: { ref: R, title: T }\n    message: m\n    remediation: r\n    examples: { bad: ["${example}"], good: [ok] }\n    detect: { kind: phrases, phrases: [nothing-matches-this] }\n`;

const CASES: Case[] = [
  { name: 'an invalid front matter value', files: { 'd.md': `---\nchannel: "${PHONE}"\n---\nHi\n` }, argv: ['check', 'd.md'], secret: PHONE, showable: true },
  { name: 'an unknown front matter key', files: { 'd.md': `---\n"${EMAIL}": x\n---\nHi\n` }, argv: ['check', 'd.md'], secret: EMAIL, showable: true },
  { name: 'an in-reply-to language', files: { 'd.md': `---\nin-reply-to: { language: "${NINO}" }\n---\nHi\n` }, argv: ['check', 'd.md'], secret: NINO, showable: true },
  { name: 'a smpolicy.disable entry', files: { 'd.md': `---\nsmpolicy: { disable: ["${EMAIL}"], reason: x }\n---\nHi\n` }, argv: ['check', 'd.md'], secret: EMAIL, showable: true },
  { name: 'an unresolved YAML alias', files: { 'd.md': `---\nchannel: *${NINO}\n---\nHi\n` }, argv: ['check', 'd.md'], secret: NINO, showable: true },
  { name: 'a pack example quoted by validate-policy', files: { 'p.yaml': pack(`Call Mrs Davies on ${PHONE}`) }, argv: ['validate-policy', 'p.yaml'], secret: PHONE },
  { name: 'an unknown rule named in a suppression', files: { 'd.md': `<!-- smpolicy-disable-next-line ${EMAIL} -- x -->\nFfordd ar gau. / Road closed.\n` }, argv: ['check', 'd.md', '--format', 'json'], secret: EMAIL, showable: true },
  { name: 'another rule’s excerpt when dp/phone-number is off', files: { 'd.md': `Call Mrs Davies on ${PHONE} now. Welsh to follow\n` }, argv: ['check', 'd.md', '--rule', 'dp/phone-number=off', '--format', 'json'], secret: PHONE, showable: true },
  {
    name: 'another rule’s excerpt when a local pack replaces dp/phone-number',
    files: { 'd.md': `Call Mrs Davies on ${PHONE} now. Welsh to follow\n`, 'p.yaml': pack('x').replace('local/x', 'dp/phone-number').replace('"x"', '"nothing-matches-this"') },
    argv: ['check', 'd.md', '--policy', 'p.yaml', '--format', 'json'],
    secret: PHONE,
    showable: true,
  },
  { name: 'an account schema message and excerpt', files: { 'a.yaml': `kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\nowner: ${NINO}\n` }, argv: ['check', 'a.yaml', '--format', 'json'], secret: NINO, showable: true },
  { name: 'an account file’s excerpt in stylish', files: { 'a.yaml': `kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\nadmins:\n  - { name: "Dai ${PHONE}", email: ${EMAIL}, role: x }\n` }, argv: ['check', 'a.yaml'], secret: EMAIL, showable: true },
];

describe('personal data is masked in every line printed', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const dir = tempDir(c.files);
      const r = await runCli(c.argv, { cwd: dir.path, coreRulesOnly: c.argv[0] === 'check' });
      expect(r.stdout + r.stderr).not.toContain(c.secret);
      expect(r.stdout + r.stderr).toMatch(/•••••/);
      if (c.showable) {
        const shown = await runCli([...c.argv, '--no-redact'], { cwd: dir.path, coreRulesOnly: true });
        expect(shown.stdout + shown.stderr, 'shown with --no-redact').toContain(c.secret);
      }
    });
  }

  it('a file name holding a line break stays on one line, and cannot start a GitHub command', async () => {
    const dir = tempDir({ 'bad\n::error file=x::forged.md': 'Road closed today.\n' });
    const r = await runCli(['check', '.', '--format', 'github'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error file=x'))).toEqual([]);
    const missing = await runCli(['check', 'no\nsuch.md'], { cwd: dir.path, coreRulesOnly: true });
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no↵such.md');
  });
});

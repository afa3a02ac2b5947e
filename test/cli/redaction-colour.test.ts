/**
 * Masking and colour in `check`'s output: personal data masked unless --no-redact, colour only
 * on a terminal. Split from options.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseJson, runCli as run, tempDir, type RunOptions } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';

/** The CLI with only the core rules on, so new rules in the shipped packs do not change these results. */
const runCli = (argv: string[], opts: RunOptions = {}) => run(argv, { coreRulesOnly: true, ...opts });

const PHONE_DRAFT = 'Call Mrs Davies on 07700 900123 please.\n';
const ANSI = /\u001b\[/;

describe('redaction', () => {
  const DRAFT = 'Call Mrs Davies on 07700 900123 or 07700900123, or email jane.evans1984@example.com\n';
  const RAW = ['07700 900123', '07700900123', 'jane.evans1984@example.com', '900123'];

  it.each(['stylish', 'json', 'sarif', 'junit', 'github'])('%s masks personal data by default', async (format) => {
    const dir = tempDir({ 'a.md': DRAFT });
    const r = await runCli(['check', 'a.md', '--format', format], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('0770•••••23');
    expect(r.stdout).toContain('jane•••••om');
    for (const raw of RAW) expect(r.stdout).not.toContain(raw);
    for (const raw of RAW) expect(r.stderr).not.toContain(raw);
  });

  // With every shipped rule on, no rule may print what another rule masks.
  for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
    it(`${format} masks personal data by default, with every shipped rule on`, async () => {
      const dir = tempDir({ 'a.md': DRAFT });
      const r = await run(['check', 'a.md', '--format', format], { cwd: dir.path });
      expect(r.code).toBe(1);
      for (const raw of RAW) expect(r.stdout).not.toContain(raw);
    });
  }

  it('a non-sensitive rule whose match covers a phone number does not print it (message or actual)', async () => {
    const pack = packYaml('calls', postRule('test/call-me', '{ kind: pattern, pattern: "[Cc]all [^.]*" }'));
    const dir = tempDir({ 'calls.yaml': pack, 'a.md': 'Please call Mrs Davies on 07700 900123.\n' });
    const r = await runCli(['check', 'a.md', '--policy', 'calls.yaml', '--format', 'json'], { cwd: dir.path });
    const findings = parseJson(r.stdout).results[0].findings;
    expect(findings.map((f: any) => f.ruleId).sort()).toEqual(['dp/phone-number', 'test/call-me']);
    expect(r.stdout).not.toContain('900123');
  });

  it.each(['stylish', 'json', 'sarif', 'junit', 'github'])('%s shows the raw data with --no-redact', async (format) => {
    const dir = tempDir({ 'a.md': DRAFT });
    const r = await runCli(['check', 'a.md', '--format', format, '--no-redact'], { cwd: dir.path });
    expect(r.stdout).toContain('07700 900123');
    expect(r.stdout).toContain('07700900123');
    expect(r.stdout).toContain('jane.evans1984@example.com');
    expect(r.stdout).not.toContain('•••••');
  });

  it('masks personal data inside the excerpt of another rule', async () => {
    const dir = tempDir({ 'a.md': 'Welsh to follow, call 07700 900123\n' });
    const r = await runCli(['check', 'a.md', '--format', 'json'], { cwd: dir.path });
    const placeholder = parseJson(r.stdout).results[0].findings.find((f: any) => f.ruleId === 'welsh/placeholder');
    expect(placeholder.excerpt).toBe('Welsh to follow, call 0770•••••23');
  });

  it('masks personal data in a suppressed finding still shown in another excerpt', async () => {
    const dir = tempDir({
      'a.md': '<!-- smpolicy-disable-next-line dp/phone-number -- our test line -->\nWelsh to follow, call 07700 900123\n',
    });
    const r = await runCli(['check', 'a.md', '--format', 'json'], { cwd: dir.path });
    expect(r.stdout).not.toContain('900123');
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => f.ruleId)).toEqual(['welsh/placeholder']);
  });
});

describe('colour', () => {
  it.each([
    ['non-TTY', { tty: false, env: {} }, []],
    ['--no-color on a TTY', { tty: true, env: {} }, ['--no-color']],
    ['NO_COLOR=1 on a TTY', { tty: true, env: { NO_COLOR: '1' } }, []],
    ['TERM=dumb on a TTY', { tty: true, env: { TERM: 'dumb' } }, []],
  ] as const)('%s: no ANSI escapes', async (_, opts, flags) => {
    const dir = tempDir({ 'a.md': PHONE_DRAFT });
    const r = await runCli(['check', 'a.md', ...flags], { cwd: dir.path, ...opts, env: { ...opts.env } });
    expect(r.stdout).toContain('dp/phone-number');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('a TTY gives ANSI escapes', async () => {
    const dir = tempDir({ 'a.md': PHONE_DRAFT });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path, tty: true });
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout).toContain('\u001b[31merror');
  });

  it('machine formats never carry escapes, even on a TTY', async () => {
    const dir = tempDir({ 'a.md': PHONE_DRAFT });
    for (const format of ['json', 'sarif', 'junit', 'github']) {
      const r = await runCli(['check', 'a.md', '--format', format], { cwd: dir.path, tty: true });
      expect(r.stdout, format).not.toMatch(ANSI);
    }
  });
});

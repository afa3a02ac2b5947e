import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { parseJson, runCli as run, tempDir, type RunOptions } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';

/** The CLI with only the core rules on, so new rules in the shipped packs do not change these results. */
const runCli = (argv: string[], opts: RunOptions = {}) => run(argv, { coreRulesOnly: true, ...opts });

/**
 * Every exit path of DESIGN §1: 0 clean or warnings within --max-warnings, 1 error findings
 * or too many warnings, 2 the run itself failed (one clear line per problem on stderr).
 */

const PHONE = 'Call Mrs Davies on 07700 900123 please.\n';
const PLACEHOLDER = 'Road closed on the A48 today. Welsh to follow\n';
const CLEAN = 'Ffordd ar gau heddiw. / Road closed today.\n';

/** No stack trace, ever, for a user's mistake. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toContain('    at ');
  expect(stderr).not.toMatch(/\bcrashed\b/);
}

describe('exit 0', () => {
  it('a clean draft exits 0 with nothing on stderr', async () => {
    const dir = tempDir({ 'clean.md': CLEAN });
    const r = await runCli(['check', 'clean.md'], { cwd: dir.path });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('no problems');
  });

  it('only warnings exits 0', async () => {
    const dir = tempDir({ 'warn.md': PLACEHOLDER });
    const r = await runCli(['check', 'warn.md', '--rule', 'welsh/placeholder=warning', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 1, infos: 0 });
  });

  it.each([
    ['equal to --max-warnings', '1'],
    ['under --max-warnings', '5'],
  ])('warnings %s exit 0', async (_, max) => {
    const dir = tempDir({ 'warn.md': PLACEHOLDER });
    const r = await runCli(['check', 'warn.md', '--rule', 'welsh/placeholder=warning', '--max-warnings', max], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('info findings alone exit 0', async () => {
    const dir = tempDir({ 'info.md': PLACEHOLDER });
    const r = await runCli(['check', 'info.md', '--rule', 'welsh/placeholder=info', '--max-warnings', '0'], { cwd: dir.path });
    expect(r.code).toBe(0);
  });
});

describe('exit 1', () => {
  it('an error finding exits 1', async () => {
    const dir = tempDir({ 'phone.md': PHONE });
    const r = await runCli(['check', 'phone.md'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('dp/phone-number');
  });

  it('warnings over --max-warnings exit 1 and say so on stderr', async () => {
    const dir = tempDir({ 'a.md': PLACEHOLDER, 'b.md': PLACEHOLDER });
    const r = await runCli(['check', 'a.md', 'b.md', '--rule', 'welsh/placeholder=warning', '--max-warnings', '1'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/2 warnings, more than --max-warnings 1/);
  });

  it('--quiet with too many warnings: the exit code is explained', async () => {
    const dir = tempDir({ 'a.md': PLACEHOLDER });
    const r = await runCli(['check', 'a.md', '--rule', 'welsh/placeholder=warning', '--max-warnings', '0', '--quiet'], { cwd: dir.path });
    expect(r.stdout).toContain('no problems');
    expect(r.code === 0 || /more than --max-warnings 0/.test(r.stderr)).toBe(true);
  });

  it('--max-warnings 0 with one warning exits 1', async () => {
    const dir = tempDir({ 'a.md': PLACEHOLDER });
    const r = await runCli(['check', 'a.md', '--rule', 'welsh/placeholder=warning', '--max-warnings', '0'], { cwd: dir.path });
    expect(r.code).toBe(1);
  });
});

interface FailCase {
  name: string;
  files?: Record<string, string | Uint8Array>;
  argv: string[];
  /** Each must match some line of stderr. */
  stderr: RegExp[];
}

const BAD_PACK = packYaml('bad', postRule('t/x', '{ kind: phrases, phrases: [x] }').replace('severity: error', 'severty: error'));

const FAILURES: FailCase[] = [
  { name: 'missing file', argv: ['check', 'nope.md'], stderr: [/^nope\.md: no such file or folder$/] },
  {
    name: 'binary file (contains NUL)',
    files: { 'pic.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]) },
    argv: ['check', 'pic.txt'],
    stderr: [/^pic\.txt: binary file/],
  },
  {
    name: 'invalid UTF-8 (line:column of the bad byte)',
    files: { 'latin1.txt': new Uint8Array([...new TextEncoder().encode('Hello\nCaf'), 0xe9, 0x20, 0x21]) },
    argv: ['check', 'latin1.txt'],
    stderr: [/^latin1\.txt:2:4: invalid UTF-8 \(byte 0xe9\)/],
  },
  {
    name: 'malformed front matter YAML',
    files: { 'fm.md': '---\nchannel: twitter\naccount: "unclosed\n---\nHi\n' },
    argv: ['check', 'fm.md'],
    stderr: [/^fm\.md:\d+:\d+: invalid YAML: /],
  },
  {
    name: 'unknown front matter key (nearest key named)',
    files: { 'fm.md': '---\ntitle: Bins\nchanel: twitter\n---\nHi\n' },
    argv: ['check', 'fm.md'],
    stderr: [/^fm\.md:3:1: front matter: unknown key 'chanel'; did you mean 'channel'\?$/],
  },
  {
    name: 'bad front matter value (enum)',
    files: { 'fm.md': '---\nchannel: myspace\n---\nHi\n' },
    argv: ['check', 'fm.md'],
    stderr: [/^fm\.md:2:10: front matter: 'channel' must be one of: twitter, x, /],
  },
  {
    name: 'config: unknown key with did-you-mean',
    files: { '.smpolicy.yaml': 'extends: [recommended]\norganisaton:\n  name: X\n', 'a.md': CLEAN },
    argv: ['check', 'a.md'],
    stderr: [/^\.smpolicy\.yaml:2:1: unknown key 'organisaton'; did you mean 'organisation'\?$/],
  },
  {
    name: 'config: nested unknown key with did-you-mean',
    files: { '.smpolicy.yaml': 'organisation:\n  domain: [example.org]\n', 'a.md': CLEAN },
    argv: ['check', 'a.md'],
    stderr: [/^\.smpolicy\.yaml:2:3: unknown key 'domain'; did you mean 'domains'\?$/],
  },
  {
    name: 'config: unknown rule id in rules: with did-you-mean',
    files: { '.smpolicy.yaml': 'rules:\n  dp/phone-numbr: off\n', 'a.md': CLEAN },
    argv: ['check', 'a.md'],
    stderr: [/^\.smpolicy\.yaml:2:3: unknown rule id 'dp\/phone-numbr'; did you mean 'dp\/phone-number'\?$/],
  },
  {
    name: 'config: bad severity value',
    files: { '.smpolicy.yaml': 'rules:\n  dp/phone-number: critical\n', 'a.md': CLEAN },
    argv: ['check', 'a.md'],
    stderr: [/^\.smpolicy\.yaml:2:20: 'dp\/phone-number' must be one of: off, info, warning, error/],
  },
  {
    name: 'config: election ending before it starts',
    files: { '.smpolicy.yaml': 'elections:\n  - { name: E, from: 2026-05-07, to: 2026-03-26 }\n', 'a.md': CLEAN },
    argv: ['check', 'a.md'],
    stderr: [/^\.smpolicy\.yaml:2:\d+: election 'E' ends/],
  },
  { name: '--config file missing', files: { 'a.md': CLEAN }, argv: ['check', '--config', 'missing.yaml', 'a.md'], stderr: [/^missing\.yaml: cannot read configuration file/] },
  { name: 'bad --format', argv: ['check', '--format', 'xml'], stderr: [/^smpolicy: --format 'xml': expected one of stylish, json, sarif, junit, github, gitlab$/] },
  { name: '--date 2026-02-30', argv: ['check', '--date', '2026-02-30'], stderr: [/^smpolicy: --date '2026-02-30': expected a real date/] },
  { name: '--date in another format', argv: ['check', '--date', '30/01/2026'], stderr: [/--date '30\/01\/2026'/] },
  { name: '--channel myspace', argv: ['check', '--channel', 'myspace'], stderr: [/^smpolicy: --channel 'myspace': expected one of twitter, /] },
  { name: '--max-warnings x', argv: ['check', '--max-warnings', 'x'], stderr: [/^smpolicy: --max-warnings 'x': expected a whole number/] },
  { name: '--rule foo', argv: ['check', '--rule', 'foo'], stderr: [/^smpolicy: --rule 'foo': expected RULE-ID=off\|info\|warning\|error/] },
  { name: '--rule with a bad severity', argv: ['check', '--rule', 'dp/phone-number=loud'], stderr: [/--rule 'dp\/phone-number=loud'/] },
  { name: '--rule dp/nope=off', argv: ['check', '--rule', 'dp/nope=off'], stderr: [/^smpolicy: unknown rule id 'dp\/nope'/] },
  {
    name: '--rule with a misspelt id names the nearest',
    argv: ['check', '--rule', 'dp/phone-numbr=off'],
    stderr: [/unknown rule id 'dp\/phone-numbr'; did you mean 'dp\/phone-number'\?/],
  },
  { name: 'unknown command', argv: ['frobnicate'], stderr: [/unknown command 'frobnicate'/] },
  { name: 'unknown option', argv: ['check', '--frob'], stderr: [/unknown option '--frob'/] },
  { name: 'option missing its value', argv: ['check', '--format'], stderr: [/--format/] },
  { name: 'explain without a rule id', argv: ['explain'], stderr: [/missing required argument/] },
  {
    name: 'invalid --policy pack (file:line:col)',
    files: { 'pack.yaml': BAD_PACK, 'a.md': CLEAN },
    argv: ['check', '--policy', 'pack.yaml', 'a.md'],
    stderr: [/^pack\.yaml:\d+:5: unknown key 'severty'/, /^pack\.yaml:\d+:\d+: missing required key 'severity'/],
  },
  { name: '--policy path that does not exist', argv: ['check', '--policy', 'nowhere/'], stderr: [/^nowhere\/?: no such rule pack file or folder/] },
  {
    name: 'explain unknown rule names the nearest',
    argv: ['explain', 'dp/phone-numbr'],
    stderr: [/^smpolicy: unknown rule 'dp\/phone-numbr'; did you mean 'dp\/phone-number'\?/],
  },
  {
    name: 'validate-policy on a bad pack',
    files: { 'pack.yaml': BAD_PACK },
    argv: ['validate-policy', 'pack.yaml'],
    stderr: [/^pack\.yaml:\d+:\d+: unknown key 'severty'/],
  },
  {
    name: 'validate-policy on YAML that does not parse',
    files: { 'pack.yaml': 'pack: x\ntitle: [unclosed\n' },
    argv: ['validate-policy', 'pack.yaml'],
    stderr: [/^pack\.yaml:\d+:\d+: invalid YAML/],
  },
  {
    name: 'an explicitly named YAML file that is not an account',
    files: { 'notes.yaml': 'title: hello\n' },
    argv: ['check', 'notes.yaml'],
    stderr: [/^notes\.yaml:1:1: not an account configuration/],
  },
  { name: 'a glob that matches nothing', files: { 'a.md': CLEAN }, argv: ['check', 'drafts/**/*.md'], stderr: [/^drafts\/\*\*\/\*\.md: no drafts or account files match/] },
];

describe('exit 2', () => {
  it.each(FAILURES.map((c) => [c.name, c] as const))('%s', async (_, c) => {
    const dir = tempDir(c.files ?? {});
    const r = await runCli(c.argv, { cwd: dir.path });
    expect(r.code).toBe(2);
    expectNoStack(r.stderr);
    const lines = r.stderr.trimEnd().split('\n');
    for (const re of c.stderr) expect(lines.some((l) => re.test(l)), `no stderr line matches ${re}:\n${r.stderr}`).toBe(true);
  });

  it('a missing file does not stop the other files being checked and reported', async () => {
    const dir = tempDir({ 'a.md': PHONE, 'c.md': PLACEHOLDER });
    const r = await runCli(['check', 'a.md', 'missing.md', 'c.md', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('missing.md: no such file or folder\n');
    const report = parseJson(r.stdout);
    expect(report.results.map((x: { file: string }) => x.file)).toEqual(['a.md', 'c.md']);
    expect(report.summary.errors).toBe(2);
  });

  it('every bad file is reported, one line each, and good files still are checked', async () => {
    const dir = tempDir({
      'bin.txt': new Uint8Array([1, 0, 2]),
      'fm.md': '---\nchanel: x\n---\nHi\n',
      'ok.md': PHONE,
    });
    const r = await runCli(['check', 'bin.txt', 'fm.md', 'ok.md', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^bin\.txt: /);
    expect(lines[1]).toMatch(/^fm\.md:2:1: /);
    expect(parseJson(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['ok.md']);
  });

  it('exit 2 wins over error findings in other files', async () => {
    const dir = tempDir({ 'a.md': PHONE });
    const r = await runCli(['check', 'a.md', 'missing.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('dp/phone-number');
  });

  it('a folder is walked, not read as a file', async () => {
    const dir = tempDir({ 'sub/a.md': CLEAN });
    const r = await runCli(['check', 'sub'], { cwd: dir.path });
    expect(r.code).toBe(0);
  });

  it('invalid config stops before any file is checked', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'bogus: 1\n', 'a.md': PHONE });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('--output to a folder that does not exist is exit 2 naming the file', async () => {
    const dir = tempDir({ 'a.md': CLEAN });
    const r = await runCli(['check', 'a.md', '--output', 'no/such/dir/report.json'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^no\/such\/dir\/report\.json: cannot write report/m);
    expectNoStack(r.stderr);
  });

  it('malformed front matter YAML is reported at the line of the error', async () => {
    const dir = tempDir({ 'fm.md': '---\nchannel: twitter\naccount: "unclosed\n---\nHi\n' });
    const r = await runCli(['check', 'fm.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fm\.md:3:\d+: invalid YAML/);
  });

  it('malformed config YAML is reported at the line of the error', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'extends: [recommended]\nrules:\n  dp/phone-number: off\nignore: [unclosed\n', 'a.md': CLEAN });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.smpolicy\.yaml:4:\d+: invalid YAML/);
  });

  it('a bad severity in config names the value given', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'rules:\n  dp/phone-number: critical\n', 'a.md': CLEAN });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("(got 'critical')");
  });

  it('a malformed rule id in config rules: is named with the nearest id', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'rules:\n  phone-number: off\n', 'a.md': CLEAN });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.smpolicy\.yaml:2:3: .*'phone-number'.*did you mean 'dp\/phone-number'/m);
  });

  it('an unresolved alias in front matter is an exit-2 error, not a crash', async () => {
    const dir = tempDir({ 'fm.md': '---\nchannel: *chan\n---\nHi\n' });
    const r = await runCli(['check', 'fm.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fm\.md:2:\d+: /);
  });

  it('an unresolved alias in config is an exit-2 error, not a crash', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'ignore: *nothing\n', 'a.md': CLEAN });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\.smpolicy\.yaml:1:\d+: /);
  });

  it('a YAML alias bomb in an account file is an exit-2 error, not a crash', async () => {
    const bomb = [
      'kind: social-account',
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      '',
    ].join('\n');
    const dir = tempDir({ 'acct.yaml': bomb });
    const r = await runCli(['check', 'acct.yaml'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^acct\.yaml/);
  });
});

describe('help and version', () => {
  it.each([['--help'], ['-h'], ['help'], ['check', '--help'], ['explain', '--help']])('%s exits 0 and prints usage', async (...argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: smpolicy/m);
    expect(r.stderr).toBe('');
  });

  it.each([['--version'], ['-v']])('%s prints the version and exits 0', async (flag) => {
    const r = await runCli([flag]);
    expect(r).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('no arguments prints the help, listing the built commands', async () => {
    const r = await runCli([]);
    expect(r.stdout).toMatch(/^Usage: smpolicy/m);
    for (const cmd of ['check', 'rules', 'explain', 'validate-policy']) expect(r.stdout).toMatch(new RegExp(`^  ${cmd}\\b`, 'm'));
    // Bad usage: no command given.
    expect(r.code).toBe(2);
  });

  it('help lists only commands of DESIGN §1', async () => {
    const r = await runCli(['--help']);
    const commands = [...r.stdout.slice(r.stdout.indexOf('Commands:')).matchAll(/^  ([a-z-]+)(?= )/gm)].map((m) => m[1]);
    expect(commands).toEqual(expect.arrayContaining(['check', 'rules', 'explain', 'validate-policy']));
    for (const c of commands) expect(['check', 'audit', 'rules', 'explain', 'init', 'review', 'validate-policy', 'help']).toContain(c);
  });
});

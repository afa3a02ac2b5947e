/**
 * What `check` reads: standard input, folders, globs and ignore files, account files, and the
 * organisation's own addresses. Split from options.test.ts (check's output options).
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, parseJson, runCli as run, tempDir, type RunOptions } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';

/** The CLI with only the core rules on, so new rules in the shipped packs do not change these results. */
const runCli = (argv: string[], opts: RunOptions = {}) => run(argv, { coreRulesOnly: true, ...opts });

describe('standard input', () => {
  it("'-' reads a Markdown draft from stdin", async () => {
    const dir = tempDir();
    // Code is not prose in Markdown (so not a placeholder), though personal data in it is published.
    const r = await runCli(['check', '-', '--format', 'json'], { cwd: dir.path, stdin: '# Notice\n\nCode `Welsh to follow`, and Welsh to follow\n' });
    expect(r.code).toBe(1);
    expect(findingKeys(parseJson(r.stdout))).toEqual(['<stdin> 3:29 welsh/placeholder']);
  });

  it('stdin honours front matter and reports its problems against <stdin>', async () => {
    const dir = tempDir({ 'fb.yaml': packYaml('chan', postRule('test/fb-only', '{ kind: phrases, phrases: [banana] }', 'when: { channel: [facebook] }')) });
    const ok = await runCli(['check', '-', '--policy', 'fb.yaml', '--format', 'json'], { cwd: dir.path, stdin: '---\nchannel: facebook\n---\nA banana\n' });
    expect(findingKeys(parseJson(ok.stdout))).toEqual(['<stdin> 4:3 test/fb-only']);
    const bad = await runCli(['check', '-'], { cwd: dir.path, stdin: '---\nchanel: facebook\n---\nA banana\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^<stdin>:2:1: front matter: unknown key 'chanel'/);
  });

  it('stdin bytes are decoded like a file (UTF-16 with BOM)', async () => {
    const dir = tempDir();
    const text = 'Welsh to follow\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const r = await runCli(['check', '-', '--format', 'json'], { cwd: dir.path, stdin: bytes });
    expect(findingKeys(parseJson(r.stdout))).toEqual(['<stdin> 1:1 welsh/placeholder']);
  });
});

describe('folders, globs and ignores', () => {
  const files = {
    'drafts/a.md': 'Welsh to follow\n',
    'drafts/sub/b.txt': 'Welsh to follow\n',
    'drafts/sub/c.markdown': 'Welsh to follow\n',
    'drafts/sub/notes.csv': 'Welsh to follow\n',
    'drafts/archive/old.md': 'Welsh to follow\n',
    'drafts/node_modules/x.md': 'Welsh to follow\n',
    'other/d.md': 'Welsh to follow\n',
  };
  const checked = async (cwd: string, argv: string[]) => {
    const r = await runCli(['check', ...argv, '--format', 'json'], { cwd });
    expect(r.stderr).toBe('');
    return parseJson(r.stdout).results.map((x: any) => x.file);
  };

  it('a folder is walked for drafts, skipping node_modules', async () => {
    const dir = tempDir(files);
    expect(await checked(dir.path, ['drafts'])).toEqual(['drafts/a.md', 'drafts/archive/old.md', 'drafts/sub/b.txt', 'drafts/sub/c.markdown']);
  });

  it('no path checks the working directory', async () => {
    const dir = tempDir(files);
    expect(await checked(dir.join('other'), [])).toEqual(['d.md']);
  });

  it('a glob is expanded', async () => {
    const dir = tempDir(files);
    expect(await checked(dir.path, ['drafts/**/*.md'])).toEqual(['drafts/a.md', 'drafts/archive/old.md']);
  });

  it('.smpolicyignore applies to folders and globs', async () => {
    const dir = tempDir({ ...files, '.smpolicyignore': '# old posts\narchive/\n*.txt\n' });
    expect(await checked(dir.path, ['drafts'])).toEqual(['drafts/a.md', 'drafts/sub/c.markdown']);
    expect(await checked(dir.path, ['drafts/**/*.md'])).toEqual(['drafts/a.md']);
  });

  it('config ignore: applies to folders and globs, relative to the config file', async () => {
    const dir = tempDir({ ...files, '.smpolicy.yaml': 'ignore: ["drafts/archive/**", "**/*.markdown"]\n' });
    expect(await checked(dir.path, ['drafts'])).toEqual(['drafts/a.md', 'drafts/sub/b.txt']);
    expect(await checked(dir.join('drafts'), ['.'])).toEqual(['a.md', 'sub/b.txt']);
  });

  it('an ignored file named explicitly is still checked', async () => {
    const dir = tempDir({ ...files, '.smpolicyignore': 'archive/\n' });
    expect(await checked(dir.path, ['drafts/archive/old.md'])).toEqual(['drafts/archive/old.md']);
  });

  it('a file named twice is checked once', async () => {
    const dir = tempDir(files);
    expect(await checked(dir.path, ['drafts/a.md', 'drafts/a.md', 'drafts/*.md'])).toEqual(['drafts/a.md']);
  });
});

describe('account files', () => {
  const ACCOUNT = [
    'kind: social-account',
    'platform: twitter',
    'handle: "@CarmsCouncil"',
    'type: corporate',
    'security:',
    '  two_factor: true',
    '  password-manager: true',
    '',
  ].join('\n');

  it('a folder with .smpolicy.yaml and pack YAML does not treat them as accounts, but checks kind: social-account files', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'rules:\n  welsh/placeholder: warning\n',
      'site/pack.yaml': packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }')),
      'site/ci.yml': 'on: push\njobs: {}\n',
      'site/data.json': '{"kind": "not-an-account"}\n',
      'site/account.yaml': ACCOUNT,
      'site/account2.json': '{"kind": "social-account", "platform": "twitter", "handle": "@x", "type": "corporate"}\n',
      'site/post.md': 'Hello\n',
    });
    const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    const report = parseJson(r.stdout);
    expect(report.results.map((x: any) => `${x.file} ${x.kind}`)).toEqual(['site/account.yaml account', 'site/account2.json account', 'site/post.md post']);
    expect(findingKeys(report)).toHaveLength(1);
    const [f] = report.results[0].findings;
    expect(f).toMatchObject({ ruleId: 'account/schema', category: 'account-security', severity: 'error', line: 6 });
    expect(f.message).toBe("unknown key 'two_factor'; did you mean 'two-factor'?");
    expect(r.code).toBe(1);
  });

  it('a valid account file has no findings', async () => {
    const dir = tempDir({ 'a.yaml': ACCOUNT.replace('two_factor', 'two-factor') });
    const r = await runCli(['check', 'a.yaml', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).results).toEqual([{ file: 'a.yaml', kind: 'account', findings: [] }]);
  });

  it('account/schema reports a bad enum value at its line', async () => {
    const dir = tempDir({ 'a.yaml': ACCOUNT.replace('two_factor', 'two-factor').replace('platform: twitter', 'platform: myspace') });
    const r = await runCli(['check', 'a.yaml', '--format', 'json'], { cwd: dir.path });
    const [f] = parseJson(r.stdout).results[0].findings;
    expect(f).toMatchObject({ ruleId: 'account/schema', line: 2 });
    expect(f.message).toMatch(/'platform' must be one of: twitter, x, /);
  });

  it('account/schema points at the misspelt key even when its value is on the next line', async () => {
    const dir = tempDir({ 'a.yaml': 'kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\nsecurity:\n  two_factor:\n    true\n' });
    const r = await runCli(['check', 'a.yaml', '--format', 'json'], { cwd: dir.path });
    const [f] = parseJson(r.stdout).results[0].findings;
    expect(f).toMatchObject({ ruleId: 'account/schema', line: 6, column: 3 });
  });

  it('a glob over a folder skips YAML files that are not accounts, as the folder walk does', async () => {
    const dir = tempDir({ 'site/pack.yaml': packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }')), 'site/post.md': 'Hello\n' });
    const r = await runCli(['check', 'site/**/*', '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).results.map((x: any) => x.file)).toEqual(['site/post.md']);
  });
});

describe('organisation.allow.addresses', () => {
  it("the organisation's own address is not a finding; a resident's still is", async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'organisation:\n  allow:\n    addresses: ["3 Spilman Street"]\n',
      'p.txt': 'Mrs Davies came to see us at 3 Spilman Street, Carmarthen.\nMr Jones lives at 14 Heol y Parc.\n',
    });
    const r = await run(['check', 'p.txt', '--format', 'json', '--rule', 'welsh/missing-welsh=off'], { cwd: dir.path });
    const findings = JSON.parse(r.stdout).results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'dp/postal-address');
    expect(findings.map((f: { line: number }) => f.line)).toEqual([2]);
  });
});

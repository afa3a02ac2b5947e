import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingKeys, parseJson, ROOT, runCli as run, tempDir, type RunOptions } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';

/** The CLI with only the core rules on, so new rules in the shipped packs do not change these results. */
const runCli = (argv: string[], opts: RunOptions = {}) => run(argv, { coreRulesOnly: true, ...opts });

const PHONE_DRAFT = 'Call Mrs Davies on 07700 900123 please.\n';
const ANSI = /\u001b\[/;

/** A finding of the JSON format, exactly the fields of DESIGN §4 (plus optional extras). */
const CONTRACT_FINDING_KEYS = ['ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'excerpt', 'policy'];
const OPTIONAL_FINDING_KEYS = ['actual', 'suggestions', 'note', 'url', 'thread', 'fix'];

describe('--format', () => {
  it('json is exactly the DESIGN §4 object', async () => {
    const dir = tempDir({ 'road.md': 'Road closed.\n\nCall Mrs Davies on 07700 900123 please.\n' });
    const r = await runCli(['check', 'road.md', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = parseJson(r.stdout);
    expect(Object.keys(report)).toEqual(['version', 'results', 'summary']);
    expect(report.version).toBe(1);
    expect(report.results).toHaveLength(1);
    expect(Object.keys(report.results[0])).toEqual(['file', 'kind', 'findings']);
    const [finding] = report.results[0].findings;
    expect(Object.keys(finding).slice(0, CONTRACT_FINDING_KEYS.length)).toEqual(CONTRACT_FINDING_KEYS);
    for (const key of Object.keys(finding).slice(CONTRACT_FINDING_KEYS.length)) expect(OPTIONAL_FINDING_KEYS).toContain(key);
    expect(report).toEqual({
      version: 1,
      results: [
        {
          file: 'road.md',
          kind: 'post',
          findings: [
            {
              ruleId: 'dp/phone-number',
              category: 'data-protection',
              severity: 'error',
              message: "Phone number in a post: '0770•••••23'",
              line: 3,
              column: 20,
              endLine: 3,
              endColumn: 32,
              excerpt: 'Call Mrs Davies on 0770•••••23 please.',
              policy: { pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation: do not publish personal contact details' },
              actual: '0770•••••23',
            },
          ],
        },
      ],
      summary: { files: 1, errors: 1, warnings: 0, infos: 0 },
    });
  });

  it('json lists clean files too, and the summary counts every severity', async () => {
    const dir = tempDir({
      'a.md': 'Nothing to see.\n',
      'b.md': 'Ring him on 01437 764551 or 07700 900123. Welsh to follow\n',
    });
    const r = await runCli(['check', 'a.md', 'b.md', '--format', 'json', '--rule', 'welsh/placeholder=info'], { cwd: dir.path });
    const report = parseJson(r.stdout);
    expect(report.results.map((x: any) => [x.file, x.kind, x.findings.length])).toEqual([
      ['a.md', 'post', 0],
      ['b.md', 'post', 3],
    ]);
    expect(report.summary).toEqual({ files: 2, errors: 1, warnings: 1, infos: 1 });
  });

  it('stylish groups by file with line:column, severity, message, rule id and a summary line', async () => {
    const dir = tempDir({ 'road.md': PHONE_DRAFT });
    const r = await runCli(['check', 'road.md'], { cwd: dir.path });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('road.md');
    expect(lines[1]).toMatch(/^\s+1:20\s+error\s+Phone number in a post: '0770•••••23'\s+dp\/phone-number$/);
    expect(lines[2]).toContain('“Call Mrs Davies on 0770•••••23 please.”');
    expect(lines[3]).toMatch(/^\s+↳ \S/);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 infos\)\nRun 'smpolicy explain dp\/phone-number' \(or any rule id above\) for the policy, why it matters and examples\.\n$/);
  });

  it('stylish on a clean run says so', async () => {
    const dir = tempDir({ 'a.md': 'Hello.\n' });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.stdout).toBe('✔ 1 file checked, no problems\n');
  });

  it('sarif is SARIF 2.1.0 with one rule per rule id and results pointing at them', async () => {
    const dir = tempDir({ 'road.md': `${PHONE_DRAFT}Welsh to follow\n` });
    const r = await runCli(['check', 'road.md', '--format', 'sarif'], { cwd: dir.path });
    expect(r.code).toBe(1);
    const log = parseJson(r.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('smpolicy');
    expect(run.tool.driver.rules.map((x: any) => x.id)).toEqual(['dp/phone-number', 'welsh/placeholder']);
    for (const rule of run.tool.driver.rules) expect(rule.help.text).toMatch(/\S/);
    expect(run.results).toHaveLength(2);
    const [phone, placeholder] = run.results;
    expect(phone).toMatchObject({ ruleId: 'dp/phone-number', ruleIndex: 0, level: 'error' });
    expect(phone.locations[0].physicalLocation).toMatchObject({
      artifactLocation: { uri: 'road.md' },
      region: { startLine: 1, startColumn: 20, endLine: 1, endColumn: 32 },
    });
    expect(placeholder).toMatchObject({ ruleId: 'welsh/placeholder', ruleIndex: 1 });
    expect(placeholder.locations[0].physicalLocation.region).toMatchObject({ startLine: 2, startColumn: 1 });
  });

  it('junit is JUnit XML with one failing testcase per finding', async () => {
    const dir = tempDir({ 'road.md': PHONE_DRAFT, 'ok.md': 'Hello.\n' });
    const r = await runCli(['check', 'ok.md', 'road.md', '--format', 'junit'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="smpolicy" tests="2" failures="1" errors="0">/);
    expect(r.stdout).toContain('<testsuite name="ok.md" tests="1" failures="0"');
    expect(r.stdout).toContain('<testsuite name="road.md" tests="1" failures="1"');
    expect(r.stdout).toMatch(/<testcase classname="road\.md" name="dp\/phone-number 1:20">\s*<failure message="[^"]*" type="error">/);
    expect(r.stdout.trimEnd().endsWith('</testsuites>')).toBe(true);
  });

  it('github prints one workflow command per finding', async () => {
    const dir = tempDir({ 'road.md': `${PHONE_DRAFT}Ring him on 01437 764551\n` });
    const r = await runCli(['check', 'road.md', '--format', 'github'], { cwd: dir.path });
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=road\.md,line=1,col=20,endLine=1,endColumn=32,title=dp\/phone-number::Phone number in a post: '0770•••••23'/);
    expect(lines[1]).toMatch(/^::warning file=road\.md,line=2,col=13,.*title=dp\/phone-number::/);
  });
});

describe('--output', () => {
  it.each(['json', 'stylish', 'sarif'])('writes the %s report to the file and nothing to stdout', async (format) => {
    const dir = tempDir({ 'road.md': PHONE_DRAFT });
    const r = await runCli(['check', 'road.md', '--format', format, '--output', 'report.txt'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const written = readFileSync(dir.join('report.txt'), 'utf8');
    expect(written).toContain('dp/phone-number');
    if (format !== 'stylish') expect(() => JSON.parse(written)).not.toThrow();
    // The write is atomic: no temporary file is left behind.
    expect(readdirSync(dir.path).sort()).toEqual(['report.txt', 'road.md']);
  });

  it('never colours the file, even on a terminal', async () => {
    const dir = tempDir({ 'road.md': PHONE_DRAFT });
    await runCli(['check', 'road.md', '--output', 'report.txt'], { cwd: dir.path, tty: true, env: { FORCE_COLOR: '1' } });
    expect(readFileSync(dir.join('report.txt'), 'utf8')).not.toMatch(ANSI);
  });
});

describe('--quiet', () => {
  it('hides warnings and info but keeps errors', async () => {
    const dir = tempDir({ 'a.md': 'Ring him on 01437 764551 or 07700 900123. Welsh to follow\n' });
    const loud = parseJson((await runCli(['check', 'a.md', '--format', 'json', '--rule', 'welsh/placeholder=info'], { cwd: dir.path })).stdout);
    expect(loud.results[0].findings.map((f: any) => f.severity).sort()).toEqual(['error', 'info', 'warning']);
    const r = await runCli(['check', 'a.md', '--format', 'json', '--quiet', '--rule', 'welsh/placeholder=info'], { cwd: dir.path });
    expect(r.code).toBe(1);
    const quiet = parseJson(r.stdout);
    expect(quiet.results[0].findings.map((f: any) => f.severity)).toEqual(['error']);
  });

  it('with only warnings prints no finding and exits 0', async () => {
    const dir = tempDir({ 'a.md': 'Ring him on 01437 764551\n' });
    const r = await runCli(['check', 'a.md', '--quiet'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('dp/phone-number');
  });
});

describe('--rule', () => {
  it('ID=off removes the rule', async () => {
    const dir = tempDir({ 'a.md': `${PHONE_DRAFT}Welsh to follow\n` });
    const on = parseJson((await runCli(['check', 'a.md', '--format', 'json'], { cwd: dir.path })).stdout);
    expect(on.results[0].findings.map((f: any) => f.ruleId)).toEqual(['dp/phone-number', 'welsh/placeholder']);
    const off = parseJson((await runCli(['check', 'a.md', '--format', 'json', '--rule', 'dp/phone-number=off'], { cwd: dir.path })).stdout);
    expect(off.results[0].findings.map((f: any) => f.ruleId)).toEqual(['welsh/placeholder']);
  });

  it('ID=warning changes the severity, and the exit code from 1 to 0', async () => {
    const dir = tempDir({ 'a.md': PHONE_DRAFT });
    const before = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(before.code).toBe(1);
    const r = await runCli(['check', 'a.md', '--format', 'json', '--rule', 'dp/phone-number=warning'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => f.severity)).toEqual(['warning']);
  });

  it('is repeatable, and the last setting of an id wins', async () => {
    const dir = tempDir({ 'a.md': `${PHONE_DRAFT}Welsh to follow\n` });
    const r = await runCli(['check', 'a.md', '--format', 'json', '--rule', 'dp/phone-number=off', '--rule', 'welsh/placeholder=warning', '--rule', 'welsh/placeholder=info'], {
      cwd: dir.path,
    });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => `${f.ruleId} ${f.severity}`)).toEqual(['welsh/placeholder info']);
  });

  it('overrides the config file', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'rules:\n  dp/phone-number: off\n', 'a.md': PHONE_DRAFT });
    expect((await runCli(['check', 'a.md'], { cwd: dir.path })).code).toBe(0);
    expect((await runCli(['check', 'a.md', '--rule', 'dp/phone-number=error'], { cwd: dir.path })).code).toBe(1);
  });
});

describe('configuration', () => {
  it('--config FILE is used', async () => {
    const dir = tempDir({ 'conf/strict.yaml': 'rules:\n  dp/phone-number: warning\n', 'a.md': PHONE_DRAFT });
    const r = await runCli(['check', 'a.md', '--config', 'conf/strict.yaml', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).results[0].findings[0].severity).toBe('warning');
  });

  it('.smpolicy.yaml is found upward from the working directory', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'rules:\n  dp/phone-number: off\n', 'team/drafts/a.md': PHONE_DRAFT });
    const r = await runCli(['check', 'a.md'], { cwd: dir.join('team', 'drafts') });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('dp/phone-number');
  });

  it('the nearest .smpolicy.yaml wins over one further up', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'rules:\n  dp/phone-number: off\n',
      'team/.smpolicy.yaml': 'rules:\n  dp/phone-number: warning\n',
      'team/a.md': PHONE_DRAFT,
    });
    const r = await runCli(['check', 'a.md', '--format', 'json'], { cwd: dir.join('team') });
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => f.severity)).toEqual(['warning']);
  });

  it('extends: [] turns every built-in pack off (only the council\'s own packs run)', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'extends: []\n', 'default.yaml': 'extends: [recommended]\n', 'a.md': PHONE_DRAFT });
    const r = await run(['check', 'a.md', '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(parseJson(r.stdout).results[0].findings).toEqual([]);
    const recommended = await run(['check', 'a.md', '--format', 'json', '--config', 'default.yaml'], { cwd: dir.path });
    expect(recommended.stderr).toBe('');
    expect(parseJson(recommended.stdout).results[0].findings.length).toBeGreaterThan(0);
  });

  it('organisation.allow.phones suppresses exactly those numbers', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'organisation:\n  allow:\n    phones: ["01437 764551"]\n',
      'a.md': 'Ring 01437 764551 (or +44 1437 764551), not 07700 900123.\n',
    });
    const r = await runCli(['check', 'a.md', '--format', 'json', '--no-redact'], { cwd: dir.path });
    const found = parseJson(r.stdout).results[0].findings.map((f: any) => f.actual);
    expect(found).toEqual(['07700 900123']);
  });

  it('organisation.domains suppresses e-mail addresses on those domains (and subdomains)', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'organisation:\n  domains: [example.org]\n',
      'a.md': 'Write to jane@example.org, dai@mail.example.org or sian@example.net\n',
    });
    const r = await runCli(['check', 'a.md', '--format', 'json', '--no-redact'], { cwd: dir.path });
    const found = parseJson(r.stdout).results[0].findings.map((f: any) => `${f.ruleId} ${f.actual}`);
    expect(found).toEqual(['dp/email-address sian@example.net']);
  });

  it('organisation.allow.emails suppresses that address only', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'organisation:\n  allow:\n    emails: [jane@example.net]\n',
      'a.md': 'Write to Jane@Example.net or sian@example.net\n',
    });
    const r = await runCli(['check', 'a.md', '--format', 'json', '--no-redact'], { cwd: dir.path });
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => f.actual)).toEqual(['sian@example.net']);
  });

  it('config policies: are resolved relative to the config file', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'policies: [./local]\n',
      'local/fruit.yaml': packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }')),
      'sub/a.md': 'A banana.\n',
    });
    const r = await runCli(['check', 'a.md', '--format', 'json'], { cwd: dir.join('sub') });
    expect(findingKeys(parseJson(r.stdout))).toEqual(['a.md 1:3 fruit/banana']);
  });
});

describe('--policy', () => {
  const FRUIT = packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }'));
  const VEG = packYaml('veg', postRule('veg/leek', '{ kind: phrases, phrases: [leek] }'));

  it('adds a pack file', async () => {
    const dir = tempDir({ 'fruit.yaml': FRUIT, 'a.md': 'A banana and a leek.\n' });
    const r = await runCli(['check', 'a.md', '--policy', 'fruit.yaml', '--format', 'json'], { cwd: dir.path });
    expect(r.code).toBe(1);
    const [finding] = parseJson(r.stdout).results[0].findings;
    expect(finding).toMatchObject({ ruleId: 'fruit/banana', line: 1, column: 3, endColumn: 9, policy: { pack: 'fruit', ref: 'T1', title: 'Test' } });
  });

  it('adds every pack in a folder, and is repeatable', async () => {
    const dir = tempDir({ 'packs/fruit.yaml': FRUIT, 'packs/veg.yml': VEG, 'packs/README.md': '# not a pack', 'a.md': 'A banana and a leek.\n' });
    const r = await runCli(['check', 'a.md', '--policy', 'packs', '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => f.ruleId)).toEqual(['fruit/banana', 'veg/leek']);
    const dir2 = tempDir({ 'fruit.yaml': FRUIT, 'veg.yaml': VEG, 'a.md': 'A banana and a leek.\n' });
    const r2 = await runCli(['check', 'a.md', '--policy', 'fruit.yaml', '--policy', 'veg.yaml', '--format', 'json'], { cwd: dir2.path });
    expect(parseJson(r2.stdout).results[0].findings.map((f: any) => f.ruleId)).toEqual(['fruit/banana', 'veg/leek']);
  });

  it('a user pack replaces a built-in rule of the same id', async () => {
    const mine = packYaml('ours', postRule('welsh/placeholder', '{ kind: phrases, phrases: [TBC] }'));
    const dir = tempDir({ 'ours.yaml': mine, 'a.md': 'Welsh to follow. Cymraeg: TBC\n' });
    const r = await runCli(['check', 'a.md', '--policy', 'ours.yaml', '--format', 'json'], { cwd: dir.path });
    const findings = parseJson(r.stdout).results[0].findings;
    expect(findings.map((f: any) => `${f.ruleId} ${f.column} ${f.policy.pack}`)).toEqual(['welsh/placeholder 27 ours']);
    const rules = parseJson((await runCli(['rules', '--format', 'json', '--policy', 'ours.yaml'], { cwd: dir.path })).stdout);
    expect(rules.filter((x: any) => x.id === 'welsh/placeholder')).toEqual([expect.objectContaining({ pack: 'ours' })]);
  });
});

describe('--channel and front matter channel', () => {
  const FB = packYaml('chan', postRule('test/fb-only', '{ kind: phrases, phrases: [banana] }', 'when: { channel: [facebook] }'));
  const TW = packYaml('tw', postRule('test/tw-only', '{ kind: phrases, phrases: [banana] }', 'when: { channel: [twitter] }'));
  const NONE = packYaml('none', postRule('test/no-channel', '{ kind: phrases, phrases: [banana] }', 'when: { channel: [none] }'));

  const ids = async (dir: string, argv: string[]) => {
    const r = await runCli(['check', ...argv, '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    return parseJson(r.stdout).results[0].findings.map((f: any) => f.ruleId);
  };

  it.each([
    ['--channel facebook', ['--channel', 'facebook'], 'plain.md', ['test/fb-only']],
    ['--channel twitter', ['--channel', 'twitter'], 'plain.md', ['test/tw-only']],
    ['--channel x counts as twitter', ['--channel', 'x'], 'plain.md', ['test/tw-only']],
    ['no channel at all', [], 'plain.md', ['test/no-channel']],
    ['front matter channel: facebook', [], 'fb.md', ['test/fb-only']],
    ['--channel overrides front matter', ['--channel', 'twitter'], 'fb.md', ['test/tw-only']],
  ])('%s', async (_, flags, file, expected) => {
    const dir = tempDir({ 'fb.yaml': FB, 'tw.yaml': TW, 'none.yaml': NONE, 'plain.md': 'A banana.\n', 'fb.md': '---\nchannel: facebook\n---\nA banana.\n' });
    expect(await ids(dir.path, [file, '--policy', 'fb.yaml', '--policy', 'tw.yaml', '--policy', 'none.yaml', ...flags])).toEqual(expected);
  });
});

describe('--date and elections', () => {
  const PACK = packYaml(
    'elect',
    postRule('test/inside', '{ kind: phrases, phrases: [vote] }', 'when: { election: inside }') +
      postRule('test/outside', '{ kind: phrases, phrases: [vote] }', 'when: { election: outside }'),
  );
  const CONFIG = 'policies: [./elect.yaml]\nelections:\n  - { name: Senedd election 2026, from: 2026-03-26, to: 2026-05-07 }\n';

  it.each([
    ['2026-04-01', 'test/inside'],
    ['2026-03-26', 'test/inside'],
    ['2026-05-07', 'test/inside'],
    ['2026-03-25', 'test/outside'],
    ['2026-05-08', 'test/outside'],
  ])('--date %s gives %s', async (date, expected) => {
    const dir = tempDir({ '.smpolicy.yaml': CONFIG, 'elect.yaml': PACK, 'a.md': 'Please vote.\n' });
    const r = await runCli(['check', 'a.md', '--date', date, '--format', 'json'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(parseJson(r.stdout).results[0].findings.map((f: any) => f.ruleId)).toEqual([expected]);
  });

  it('--date drives older-than in account rules', async () => {
    const pack = [
      'pack: review',
      'title: Review',
      'rules:',
      '  - id: test/review',
      '    category: test',
      '    severity: error',
      '    applies-to: account',
      '    policy: { ref: T, title: T }',
      '    message: "Access last reviewed {value}"',
      '    remediation: Review it.',
      '    examples: { bad: [{}], good: [{}] }',
      '    detect: { kind: field, pointer: /security/last-access-review, older-than: 6 months }',
      '',
    ].join('\n');
    const account = 'kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\nsecurity:\n  last-access-review: "2026-01-15"\n';
    const dir = tempDir({ 'review.yaml': pack, 'acct.yaml': account });
    const at = async (date: string) => parseJson((await runCli(['check', 'acct.yaml', '--policy', 'review.yaml', '--date', date, '--format', 'json'], { cwd: dir.path })).stdout);
    expect((await at('2026-07-15')).results[0].findings).toEqual([]);
    const late = await at('2026-07-16');
    expect(late.results[0].findings.map((f: any) => `${f.ruleId} ${f.line} ${f.message}`)).toEqual(['test/review 6 Access last reviewed 2026-01-15']);
  });
});

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

describe('rules, explain, validate-policy', () => {
  it('rules --format json gives an array of {id, category, severity, pack, policy, message}, sorted by id', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = parseJson(r.stdout);
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['category', 'id', 'message', 'pack', 'policy', 'severity']);
      expect(Object.keys(row.policy).sort()).toEqual(['ref', 'title']);
      expect(['error', 'warning', 'info', 'off']).toContain(row.severity);
    }
    const ids = rows.map((x: any) => x.id);
    expect(ids).toEqual([...ids].sort((a: string, b: string) => a.localeCompare(b)));
    expect(rows.find((x: any) => x.id === 'dp/phone-number')).toEqual({
      id: 'dp/phone-number',
      category: 'data-protection',
      severity: 'error',
      pack: 'data-protection',
      policy: { ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation: do not publish personal contact details' },
      message: "Phone number in a post: '{match}'",
    });
    expect(ids).toContain('smpolicy/unused-suppression');
  });

  it('rules shows configured severities, off included', async () => {
    const r = await runCli(['rules', '--format', 'json', '--rule', 'dp/phone-number=off', '--rule', 'welsh/placeholder=warning']);
    const rows = parseJson(r.stdout);
    expect(rows.find((x: any) => x.id === 'dp/phone-number').severity).toBe('off');
    expect(rows.find((x: any) => x.id === 'welsh/placeholder').severity).toBe('warning');
  });

  it('rules (table) lists every rule with its citation', async () => {
    const r = await runCli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^RULE\s+SEVERITY\s+CATEGORY\s+POLICY$/);
    expect(r.stdout).toMatch(/^dp\/phone-number\s+error\s+data-protection\s+UK GDPR Art\. 5\(1\)\(c\): Data minimisation/m);
  });

  it('rules with a bad --format is exit 2', async () => {
    const r = await runCli(['rules', '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format 'yaml'/);
  });

  it('explain dp/phone-number prints the policy, why, fix and examples', async () => {
    const r = await runCli(['explain', 'dp/phone-number']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/^dp\/phone-number {2}\(error, data-protection\)$/m);
    expect(out).toMatch(/^Policy: +UK GDPR Art\. 5\(1\)\(c\): Data minimisation: do not publish personal contact details$/m);
    expect(out).toMatch(/^Why it matters:\n {2}A resident's mobile number/m);
    expect(out).toMatch(/^How to fix:\n {2}Remove the number/m);
    expect(out).toContain('✗ Call Mrs Davies back on 07700 900123 please');
    expect(out).toContain('✓ The road reopens on 23/11/2026 at 14:30.');
    expect(out.indexOf('Policy:')).toBeLessThan(out.indexOf('Why it matters:'));
    expect(out.indexOf('Why it matters:')).toBeLessThan(out.indexOf('How to fix:'));
    expect(out.indexOf('How to fix:')).toBeLessThan(out.indexOf('Examples that are reported:'));
  });

  it('explain shows the configured severity', async () => {
    const r = await runCli(['explain', 'dp/phone-number', '--rule', 'dp/phone-number=off']);
    expect(r.stdout).toMatch(/^dp\/phone-number {2}\(off, data-protection\)$/m);
  });

  it('explain knows the engine rules', async () => {
    const r = await runCli(['explain', 'smpolicy/suppression-reason']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^smpolicy\/suppression-reason {2}\(warning, suppressions\)/);
  });

  it('validate-policy on a good pack exits 0 and counts its rules', async () => {
    const pack = packYaml(
      'fruit',
      postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', '', '{ bad: ["A banana."], good: ["Bananas are plural."] }') +
        postRule('fruit/apple', '{ kind: pattern, pattern: "\\\\bapples?\\\\b" }', '', '{ bad: ["An apple"], good: ["Pineapple"] }'),
    );
    const dir = tempDir({ 'fruit.yaml': pack });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('✔ 1 pack, 2 rules: valid, and every example behaves as documented\n');
  });

  it('validate-policy fails a pack whose examples misbehave, naming the rule and example', async () => {
    const pack = packYaml('fruit', postRule('fruit/banana', '{ kind: phrases, phrases: [banana] }', '', '{ bad: ["An apple"], good: ["A banana"] }'));
    const dir = tempDir({ 'fruit.yaml': pack });
    const r = await runCli(['validate-policy', 'fruit.yaml'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fruit.yaml: fruit/banana: bad example "An apple" bad example produced no finding');
    expect(r.stderr).toContain('fruit.yaml: fruit/banana: good example "A banana" good example produced:');
  });

  it('validate-policy on every shipped pack folder exits 0', async () => {
    const files = readdirSync(`${ROOT}/policies`)
      .filter((f) => f !== 'schema')
      .map((f) => `policies/${f}`);
    expect(files.length).toBeGreaterThan(0);
    const r = await runCli(['validate-policy', ...files]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^✔ ${files.length} packs?, \\d+ rules?: valid`));
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

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingKeys, parseJson, runCli as run, tempDir, type RunOptions } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';

/** The CLI with only the core rules on, so new rules in the shipped packs do not change these results. */
const runCli = (argv: string[], opts: RunOptions = {}) => run(argv, { coreRulesOnly: true, ...opts });

const PHONE_DRAFT = 'Call Mrs Davies on 07700 900123 please.\n';
const ANSI = /\u001b\[/;

/** A finding of the JSON format, exactly the fields of DESIGN §4 (plus optional extras). */
const CONTRACT_FINDING_KEYS = ['ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'excerpt', 'policy'];
const OPTIONAL_FINDING_KEYS = ['actual', 'suggestions', 'note', 'url', 'thread', 'fix', 'suggestedFix'];

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
              suggestedFix: { range: [33, 45], text: '[removed]', kind: 'personal-data' },
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

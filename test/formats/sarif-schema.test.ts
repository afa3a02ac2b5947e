/**
 * `--format sarif` and `audit --report sarif` validated against the official SARIF 2.1.0 JSON
 * Schema (OASIS, errata01: test/data/sarif/, with its source and licence) with ajv.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import formatSarif from '../../src/formats/sarif.js';
import { packYaml, postRule } from '../support/packs.js';
import { parseJson, ROOT, runCli, tempDir } from '../support/cli.js';
import { finding, input, rules } from './fixture.js';

const SCHEMA = join(ROOT, 'test', 'data', 'sarif', 'sarif-schema-2.1.0.json');
// ajv-formats is CommonJS: its default export arrives as the module object under some loaders.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

let validate: ValidateFunction;

/**
 * The file is kept as OASIS published it: a draft-04 schema ("id", draft-04 $schema). Ajv 8
 * reads draft-06 and later; the schema uses no keyword whose meaning changed after draft-04
 * (no boolean exclusiveMinimum/Maximum: asserted below), so only the two header keys change.
 */
function loadSchema(): Record<string, unknown> {
  const text = readFileSync(SCHEMA, 'utf8');
  expect(text).not.toMatch(/"exclusive(Minimum|Maximum)"/);
  const { $schema, id, ...schema } = JSON.parse(text);
  expect($schema).toBe('http://json-schema.org/draft-04/schema#');
  expect(id).toBe('https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json');
  return { $id: id, ...schema };
}

function expectValid(text: string): any {
  const log = parseJson(text);
  const ok = validate(log);
  expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`)).toEqual([]);
  return log;
}

beforeAll(() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(loadSchema());
});

describe('the schema check itself', () => {
  it('rejects what SARIF forbids', () => {
    const good = JSON.parse(formatSarif(input()));
    for (const spoil of [
      (l: any) => (l.version = '2.0.0'),
      (l: any) => delete l.runs[0].tool.driver.name,
      (l: any) => (l.runs[0].results[0].level = 'fatal'),
      (l: any) => (l.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0),
      (l: any) => (l.runs[0].tool.driver.rules[1].helpUri = 'not a uri'),
      (l: any) => (l.runs[0].results[0].unknownField = 1),
    ]) {
      const log = structuredClone(good);
      spoil(log);
      expect(validate(log)).toBe(false);
    }
    expect(validate(good)).toBe(true);
  });
});

describe('--format sarif is valid SARIF 2.1.0', () => {
  it('for findings of several rules, with help text and helpUri', () => {
    const log = expectValid(formatSarif(input()));
    const phone = log.runs[0].tool.driver.rules.find((r: any) => r.id === 'dp/phone-number');
    expect(phone.help.text.startsWith('Fix dp/phone-number.')).toBe(true);
    expect(phone.helpUri).toBe('https://smpolicy.example/rules/dp/phone-number');
  });

  it('for a clean run and for no files at all', () => {
    expectValid(formatSarif(input({ results: [{ file: 'drafts/a.md', kind: 'post', findings: [] }] })));
    expectValid(formatSarif(input({ results: [] })));
  });

  it('for awkward paths, impossible positions, engine-made rules and a relative url', () => {
    const known = rules();
    known.set('dp/phone-number', { ...known.get('dp/phone-number')!, url: 'docs/rules.md#dp-phone-number' });
    const log = expectValid(
      formatSarif(
        input({
          rules: known,
          results: [
            { file: 'drafts/Ffordd ar gau #1 100%/ŵyl?.md', kind: 'post', findings: [finding()] },
            { file: '/elsewhere/a b.md', kind: 'post', findings: [finding({ line: 0, column: 0, endLine: 0, endColumn: 0 })] },
            { file: '<stdin>', kind: 'post', findings: [finding({ line: 4, column: 9, endLine: 2, endColumn: 3 })] },
            { file: 'accounts/x.yaml', kind: 'account', findings: [finding({ ruleId: 'smpolicy/unused-suppression', url: 'see the README', policy: { pack: '', ref: '', title: '' } })] },
          ],
        }),
      ),
    );
    const byId = (id: string) => log.runs[0].tool.driver.rules.find((x: any) => x.id === id);
    const [phone, engineRule] = [byId('dp/phone-number'), byId('smpolicy/unused-suppression')];
    expect(phone).not.toHaveProperty('helpUri');
    expect(phone.help.text).toContain('More: docs/rules.md#dp-phone-number');
    expect(engineRule).not.toHaveProperty('helpUri');
    expect(engineRule.help.text).toContain('More: see the README');
  });

  it('from the CLI: drafts with findings of several rules, a clean draft and an account file', async () => {
    const pack = packYaml('local', postRule('local/nickname', '{ kind: phrases, phrases: ["Carms CC"] }', 'url: "https://intranet.example.gov.uk/social-media#nicknames"'));
    const dir = tempDir({
      'local.yaml': pack,
      'drafts/road.md': 'Road closed on the A48 today. Welsh to follow.\n\nCarms CC will call Mrs Davies back on 07700 900123 or email dai.jones@example.com.\n',
      'drafts/clean.cy.md': 'Mae’r llyfrgell ar agor tan 7 heno.\n',
      'accounts/twitter.yaml': 'kind: social-account\nplatform: twitter\nhandle: "@Example"\ntype: corporate\nlanguage: en\nsecurity: { two-factor: false }\nlocation-tagging: true\nadmin: []\n',
    });
    const r = await runCli(['check', 'drafts', 'accounts', '--policy', 'local.yaml', '--format', 'sarif', '--date', '2026-11-01'], { cwd: dir.path });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const run = expectValid(r.stdout).runs[0];
    const ids = run.tool.driver.rules.map((x: any) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['dp/phone-number', 'dp/email-address', 'welsh/placeholder', 'local/nickname', 'account/schema']));
    for (const rule of run.tool.driver.rules) expect(rule.help.text.length, rule.id).toBeGreaterThan(20);
    expect(run.tool.driver.rules.find((x: any) => x.id === 'local/nickname').helpUri).toBe('https://intranet.example.gov.uk/social-media#nicknames');
    expect(new Set(run.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['drafts/road.md', 'accounts/twitter.yaml']));
  });

  it('carries fixes (§3.55): the safe fix and the opt-in personal-data placeholder, as changes to the file', async () => {
    const dir = tempDir({ 'road.md': 'Road closed today. Welsh to follow.\nCall 07700 900123.\n' });
    const r = await runCli(['check', 'road.md', '--format', 'sarif'], { cwd: dir.path, coreRulesOnly: true });
    const results = expectValid(r.stdout).runs[0].results;
    const artifactLocation = { uri: 'road.md', uriBaseId: '%SRCROOT%' };
    expect(results.find((x: any) => x.ruleId === 'welsh/placeholder').fixes).toEqual([
      { description: { text: 'Safe fix: smpolicy check --fix applies it' }, artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: { charOffset: 18, charLength: 17 } }] }] },
    ]);
    const [phone] = results.find((x: any) => x.ruleId === 'dp/phone-number').fixes;
    expect(phone.description.text).toMatch(/--fix-personal-data/);
    expect(phone.artifactChanges).toEqual([{ artifactLocation, replacements: [{ deletedRegion: { charOffset: 41, charLength: 12 }, insertedContent: { text: '[removed]' } }] }]);
    expect(r.stdout).not.toContain('900123');
    // A post of an export: its offsets are into the post, not the file, so no fixes.
    const exported = JSON.parse(formatSarif(input({ results: [{ file: 'export.csv', kind: 'post', post: { id: '1' }, findings: [finding({ fix: { range: [0, 4], text: '' } })] }] })));
    expect(exported.runs[0].results[0]).not.toHaveProperty('fixes');
  });

  it('from the CLI: a clean run, standard input and --no-redact', async () => {
    const dir = tempDir({ 'clean.cy.md': 'Mae’r llyfrgell ar agor tan 7 heno.\n' });
    const clean = await runCli(['check', 'clean.cy.md', '--format', 'sarif'], { cwd: dir.path });
    expect(clean.code).toBe(0);
    expect(expectValid(clean.stdout).runs[0].results).toEqual([]);
    const stdin = await runCli(['check', '-', '--format', 'sarif', '--no-redact'], { cwd: dir.path, stdin: 'Call 07700 900123 today\n' });
    expect(stdin.code).toBe(1);
    expectValid(stdin.stdout);
  });

  it('from the built bin, as CI runs it', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'smpolicy.js'), 'check', 'fixtures/drafts/road-closure.md', 'fixtures/accounts/bad-schema.yaml', '--format', 'sarif'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(expectValid(r.stdout).runs[0].tool.driver.rules.length).toBeGreaterThan(2);
  });
});

describe('audit --report sarif (streamed) is valid SARIF 2.1.0', () => {
  it.each(['fixtures/exports/sprout/messages.csv', 'fixtures/exports/twitter-archive', 'fixtures/exports/facebook'])('for %s', async (source) => {
    const r = await runCli(['audit', source, '--report', 'sarif', '--jobs', '1']);
    expect(r.stderr).toBe('');
    const run = expectValid(r.stdout).runs[0];
    expect(run.results.length).toBeGreaterThan(0);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('for drafts and account files, and for a clean audit', async () => {
    const dir = tempDir({ 'a.md': 'Call 07700 900123. Welsh to follow.\n', 'b.yaml': 'kind: social-account\nplatform: twitter\nhandle: "@X"\ntype: corporate\n', 'clean/c.cy.md': 'Mae’r llyfrgell ar agor.\n' });
    const r = await runCli(['audit', '.', '--report', 'sarif', '--jobs', '1'], { cwd: dir.path });
    expect(r.code).toBe(1);
    expectValid(r.stdout);
    const clean = await runCli(['audit', 'clean', '--report', 'sarif', '--jobs', '1'], { cwd: dir.path });
    expect(clean.code).toBe(0);
    expect(expectValid(clean.stdout).runs[0].results).toEqual([]);
  });
});

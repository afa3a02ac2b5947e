import { BUILTINS } from '../../src/packs/registry.js';
import { describe, expect, it } from 'vitest';
import { subtractDuration, valueAt } from '../../src/engine/kinds/field.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { RawConfig } from '../../src/engine/config.js';
import type { PackSpec } from '../../src/model/index.js';
import { packFrom } from '../support/packs.js';
import { lintAccount } from '../support/engine.js';

/** One account rule in pack YAML. */
function accountRule(id: string, detect: string, extra = ''): string {
  return [
    `  - id: ${id}`,
    '    category: test',
    '    severity: error',
    '    applies-to: account',
    '    policy: { ref: T, title: Test }',
    `    message: "${id}: {value}"`,
    '    remediation: Fix it.',
    '    examples: { bad: [{}], good: [{}] }',
    ...(extra ? [`    ${extra}`] : []),
    `    detect: ${detect}`,
  ].join('\n');
}

const PACK = [
  'pack: fields',
  'title: Field rules',
  'rules:',
  accountRule('f/two-factor', '{ kind: field, pointer: /security/two-factor, equals: true }'),
  accountRule('f/privacy', '{ kind: field, pointer: /privacy-notice, required: true, if: { pointer: /type, equals: corporate } }'),
  accountRule('f/owner-domain', '{ kind: field, pointer: /owner, matches: "@example\\\\.org$" }'),
  accountRule('f/apps', '{ kind: field, pointer: /third-party-apps, in-list: organisation.approved-apps }'),
  accountRule('f/platform', '{ kind: field, pointer: /platform, in-list: [twitter, facebook] }'),
  accountRule('f/admins', '{ kind: field, pointer: /owner, in-list: organisation.domains }'),
  accountRule('f/review', '{ kind: field, pointer: /security/last-access-review, older-than: 6 months }'),
  accountRule('f/personal-only', '{ kind: field, pointer: /disclaimer, required: true }', 'when: { account-type: [personal] }'),
  '',
].join('\n');

const GOOD = [
  'kind: social-account',
  'platform: twitter',
  'handle: "@CarmsCouncil"',
  'type: corporate',
  'privacy-notice: https://example.org/privacy',
  'owner: digital@example.org',
  'security:',
  '  two-factor: true',
  '  last-access-review: "2026-06-01"',
  'third-party-apps: [Sprout Social, hootsuite]',
  '',
].join('\n');

const CONFIG = { organisation: { domains: ['example.org'], 'approved-apps': ['Sprout Social', 'Hootsuite'] } };

let pack: PackSpec;
const lint = async (text: string, config: RawConfig = CONFIG, date?: string) => {
  pack ??= await packFrom(PACK, 'fields.yaml');
  return (await lintAccount(text, [pack], config, 'account.yaml', date)).map((f) => `${f.line}:${f.column} ${f.message}`);
};

describe('field kind', () => {
  it('a compliant account has no findings', async () => {
    expect(await lint(GOOD)).toEqual([]);
  });

  it('equals: a different value, or none, is a finding at the value', async () => {
    expect(await lint(GOOD.replace('two-factor: true', 'two-factor: false'))).toEqual(['8:15 f/two-factor: false']);
    expect(await lint(GOOD.replace('  two-factor: true\n', ''))).toEqual(['7:1 f/two-factor: (not set)']);
  });

  it('required with if: only when the condition holds', async () => {
    const noNotice = GOOD.replace('privacy-notice: https://example.org/privacy\n', '');
    expect(await lint(noNotice)).toEqual(['1:1 f/privacy: (not set)']);
    expect(await lint(noNotice.replace('type: corporate', 'type: service'))).toEqual([]);
    expect(await lint(GOOD.replace('https://example.org/privacy', '""'))).toEqual(['5:17 f/privacy: ']);
  });

  it('required: a placeholder is no value ("TBC", "n/a", Welsh "i\'w gadarnhau"); a real value that starts like one is', async () => {
    expect(await lint(GOOD.replace('https://example.org/privacy', 'TBC'))).toEqual(['5:17 f/privacy: TBC']);
    expect(await lint(GOOD.replace('https://example.org/privacy', 'n/a'))).toEqual(['5:17 f/privacy: n/a']);
    expect(await lint(GOOD.replace('https://example.org/privacy', '"i\'w gadarnhau"'))).toEqual(["5:17 f/privacy: i'w gadarnhau"]);
    expect(await lint(GOOD.replace('https://example.org/privacy', 'https://example.org/tbc-privacy'))).toEqual([]);
  });

  it('matches: a string that does not match', async () => {
    expect(await lint(GOOD.replace('digital@example.org', 'jane@gmail.com'))).toEqual(['6:8 f/admins: jane@gmail.com', '6:8 f/owner-domain: jane@gmail.com']);
  });

  it('in-list organisation.approved-apps: each unapproved app at its own item, case-insensitive', async () => {
    const text = GOOD.replace('third-party-apps: [Sprout Social, hootsuite]', 'third-party-apps:\n  - SPROUT SOCIAL\n  - QuizMaster\n  - Hootsuite\n  - FreeFollowers');
    expect(await lint(text)).toEqual(['12:5 f/apps: QuizMaster', '14:5 f/apps: FreeFollowers']);
  });

  it('in-list organisation.approved-apps: nothing is approved when the config lists none', async () => {
    expect(await lint(GOOD, { organisation: { ...CONFIG.organisation, 'approved-apps': [] } })).toEqual(['10:20 f/apps: Sprout Social', '10:35 f/apps: hootsuite']);
  });

  it('in-list with a literal list', async () => {
    expect(await lint(GOOD.replace('platform: twitter', 'platform: tiktok'))).toEqual(['2:11 f/platform: tiktok']);
  });

  it('in-list organisation.domains: the domain and its subdomains are fine', async () => {
    expect(await lint(GOOD.replace('digital@example.org', 'digital@mail.example.org').replace('@example\\.org$', 'x'))).toEqual(['6:8 f/owner-domain: digital@mail.example.org']);
    expect(await lint(GOOD.replace('digital@example.org', 'digital@badexample.org'))).toEqual(['6:8 f/admins: digital@badexample.org', '6:8 f/owner-domain: digital@badexample.org']);
  });

  it.each([
    ['2026-11-23', []],
    ['2026-12-01', []],
    ['2026-12-02', ['9:23 f/review: 2026-06-01']],
    ['2027-06-01', ['9:23 f/review: 2026-06-01']],
  ])('older-than 6 months, evaluated on --date %s', async (date, expected) => {
    expect(await lint(GOOD, CONFIG, date)).toEqual(expected);
  });

  it('older-than: a missing date is a finding', async () => {
    expect(await lint(GOOD.replace('  last-access-review: "2026-06-01"\n', ''))).toEqual(['7:1 f/review: (not set)']);
  });

  it('when account-type limits a rule to those accounts', async () => {
    expect(await lint(GOOD.replace('type: corporate', 'type: personal'))).toEqual(['1:1 f/personal-only: (not set)']);
  });

  it('works on JSON account files, with positions', async () => {
    const json = JSON.stringify(
      { kind: 'social-account', platform: 'twitter', handle: '@x', type: 'service', owner: 'a@example.org', security: { 'two-factor': false, 'last-access-review': '2026-10-01' }, 'third-party-apps': [] },
      null,
      2,
    );
    expect(await lint(json)).toEqual(['8:19 f/two-factor: false']);
  });
});

describe('field helpers', () => {
  it.each([
    ['2026-11-23', '6 months', '2026-05-23'],
    ['2026-03-01', '1 day', '2026-02-28'],
    ['2026-01-10', '2 weeks', '2025-12-27'],
    ['2025-06-15', '1 year', '2024-06-15'],
  ])('subtractDuration(%s, %s) = %s', (date, duration, expected) => {
    expect(subtractDuration(date, duration)).toBe(expected);
  });

  it.each([
    ['2026-08-31', '6 months', '2026-02-28'],
    ['2024-02-29', '1 year', '2023-02-28'],
  ])('subtractDuration(%s, %s) = %s at a month end', (date, duration, expected) => {
    expect(subtractDuration(date, duration)).toBe(expected);
  });

  it('valueAt follows JSON Pointers with escapes', () => {
    const data = { a: { 'b/c': [10, { '~d': 'x' }] } };
    expect(valueAt(data, '/a/b~1c/1/~0d')).toBe('x');
    expect(valueAt(data, '/a/missing/deeper')).toBeUndefined();
  });
});

describe('field rules are checked at load', () => {
  it.each([
    ['a field rule on posts', accountRule('f/x', '{ kind: field, pointer: /a, equals: 1 }').replace('    applies-to: account\n', ''), /field detectors read account files/],
    ['two conditions', accountRule('f/x', '{ kind: field, pointer: /a, equals: 1, required: true }'), /exactly one condition .* \(got 2\)/],
    ['no condition', accountRule('f/x', '{ kind: field, pointer: /a }'), /exactly one condition .* \(got 0\)/],
    ['a bad duration', accountRule('f/x', '{ kind: field, pointer: /a, older-than: six months }'), /'older-than' has an invalid value/],
    ['a pointer without a slash', accountRule('f/x', '{ kind: field, pointer: a, equals: 1 }'), /'pointer' has an invalid value/],
  ])('%s is refused', async (_, rule, message) => {
    const { pack, errors } = await loadPackText(`pack: p\ntitle: P\nrules:\n${rule}\n`, 'p.yaml', BUILTINS);
    expect(pack).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(message)]);
    expect(errors[0].line).toBeGreaterThanOrEqual(4);
  });
});

import { BUILTINS } from '../../src/packs/registry.js';
import { describe, expect, it } from 'vitest';
import { loadPackText } from '../../src/engine/pack-loader.js';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import { packFrom, packYaml, postRule } from '../support/packs.js';
import { lintAccount } from '../support/engine.js';

/** A pack of one rule; `edit` rewrites its YAML to introduce the mistake under test. */
function pack(edit: (yaml: string) => string = (y) => y, detect = '{ kind: phrases, phrases: [banana] }', extra = ''): string {
  return edit(packYaml('p', postRule('test/a', detect, extra)));
}

/** 1-based line and column of the first occurrence of `needle` in `yaml`. */
function pos(yaml: string, needle: string): string {
  const at = yaml.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not in yaml`);
  const before = yaml.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

async function problems(yaml: string): Promise<string[]> {
  const { pack: loaded, errors } = await loadPackText(yaml, 'p.yaml', BUILTINS);
  expect(loaded).toBeUndefined();
  return errors.map((e) => e.format());
}

describe('loadPackText', () => {
  it('loads a valid pack and records its file', async () => {
    const { pack: loaded, errors } = await loadPackText(pack(), 'local/p.yaml', BUILTINS);
    expect(errors).toEqual([]);
    expect(loaded).toMatchObject({ pack: 'p', title: 'Test pack p', file: 'local/p.yaml', rules: [{ id: 'test/a', severity: 'error' }] });
  });

  it.each([
    ['a misspelt top-level key', (y: string) => y.replace('rules:', 'rulez:'), 'rulez:', "unknown key 'rulez'; did you mean 'rules'?"],
    ['a misspelt detect key', (y: string) => y.replace('phrases: [banana]', 'phrase: [banana]'), 'phrase:', "unknown key 'phrase'; did you mean 'phrases'?"],
  ])('%s names the key and the nearest valid key at file:line:col', async (_, edit, needle, message) => {
    const yaml = pack(edit);
    expect(await problems(yaml)).toContain(`p.yaml:${pos(yaml, needle)}: ${message}`);
  });

  it('a misspelt rule key is named at its file:line:col', async () => {
    const yaml = pack((y) => y.replace('severity:', 'severty:'));
    const found = await problems(yaml);
    expect(found.some((f) => f.startsWith(`p.yaml:${pos(yaml, 'severty:')}: unknown key 'severty'`))).toBe(true);
    expect(found.some((f) => /missing required key 'severity'/.test(f))).toBe(true);
  });

  it.each([
    ['severty', (y: string) => y.replace('severity:', 'severty:'), 'severty:', "unknown key 'severty'; did you mean 'severity'?"],
    ['remedation', (y: string) => y.replace('remediation:', 'remedation:'), 'remedation:', "unknown key 'remedation'; did you mean 'remediation'?"],
    ['policy titel', (y: string) => y.replace('title: "Test"', 'titel: "Test"'), 'titel:', "unknown key 'titel'; did you mean 'title'?"],
    ['when chanel', (y: string) => y, 'chanel:', "unknown key 'chanel'; did you mean 'channel'?"],
  ])('a misspelt key inside a rule (%s) names the nearest valid key', async (name, edit, needle, message) => {
    const yaml = name === 'when chanel' ? pack(edit, undefined, 'when: { chanel: [facebook] }') : pack(edit);
    expect(await problems(yaml)).toContain(`p.yaml:${pos(yaml, needle)}: ${message}`);
  });

  it('a bad severity lists the allowed values at the value', async () => {
    const yaml = pack((y) => y.replace('severity: error', 'severity: critical'));
    const [p] = await problems(yaml);
    expect(p).toMatch(new RegExp(`^p\\.yaml:${pos(yaml, 'critical')}: 'severity' must be one of: error, warning, info`));
  });

  it('a bad severity names the value given', async () => {
    const [p] = await problems(pack((y) => y.replace('severity: error', 'severity: critical')));
    expect(p).toContain("(got 'critical')");
  });

  it('a missing required key is named', async () => {
    const found = await problems(pack((y) => y.replace(/ {4}remediation: .*\n/, '')));
    expect(found).toEqual([expect.stringMatching(/^p\.yaml:4:5: missing required key 'remediation'/)]);
  });

  it('an unknown detect kind lists the kinds', async () => {
    const yaml = pack(undefined, '{ kind: regex, pattern: x }');
    expect((await problems(yaml))[0]).toMatch(new RegExp(`^p\\.yaml:${pos(yaml, 'regex')}: 'kind' must be one of: pattern, phrases, field, builtin`));
  });

  it('duplicate rule ids are refused at the second id', async () => {
    const yaml = packYaml('p', postRule('test/a', '{ kind: phrases, phrases: [a] }') + postRule('test/b', '{ kind: phrases, phrases: [b] }') + postRule('test/a', '{ kind: phrases, phrases: [c] }'));
    const second = yaml.indexOf('id: test/a', yaml.indexOf('id: test/b'));
    const line = yaml.slice(0, second).split('\n').length;
    expect(await problems(yaml)).toEqual([`p.yaml:${line}:5: duplicate rule id 'test/a' (first at rule 1)`]);
  });

  it('an unknown builtin is named with the nearest builtin', async () => {
    const yaml = pack(undefined, '{ kind: builtin, name: phone-numbr }');
    expect(await problems(yaml)).toEqual([`p.yaml:${pos(yaml, 'name: phone-numbr')}: unknown builtin detector 'phone-numbr'; did you mean 'phone-number'?`]);
  });

  it('an unknown builtin far from any is named alone', async () => {
    expect(await problems(pack(undefined, '{ kind: builtin, name: zzzzzzzz }'))).toEqual([expect.stringMatching(/unknown builtin detector 'zzzzzzzz'$/)]);
  });

  it('a builtin for accounts used on posts is refused', async () => {
    expect(await problems(pack(undefined, '{ kind: builtin, name: account-schema }'))).toEqual([
      expect.stringMatching(/builtin 'account-schema' checks account files; set 'applies-to: account'$/),
    ]);
  });

  it("a builtin's params are validated against its schema, nearest key named", async () => {
    const yaml = pack(undefined, '{ kind: builtin, name: phone-number, params: { reserved-prefix: ["7700900"] } }');
    expect(await problems(yaml)).toEqual([`p.yaml:${pos(yaml, 'reserved-prefix')}: params: unknown key 'reserved-prefix'; did you mean 'reserved-prefixes'?`]);
  });

  it.each([
    ['empty file', ''],
    ['a list', '- a\n- b\n'],
    ['a scalar', 'hello\n'],
  ])('%s is not a pack', async (_, yaml) => {
    expect(await problems(yaml)).toEqual(['p.yaml:1:1: not a rule pack: expected a mapping with pack, title and rules']);
  });

  it('YAML syntax errors are reported with the file', async () => {
    expect((await problems('pack: p\ntitle: [oops\n'))[0]).toMatch(/^p\.yaml:\d+:\d+: invalid YAML: /);
  });

  it('returns every problem, not only the first', async () => {
    const yaml = packYaml(
      'p',
      postRule('test/a', '{ kind: builtin, name: nope }') + postRule('test/b', '{ kind: pattern, pattern: "(?<!b)(a+)+$" }') + postRule('test/a', '{ kind: phrases, phrases: [x] }'),
    );
    expect(await problems(yaml)).toHaveLength(3);
  });

  it('a pattern rule for account files is refused at load', async () => {
    const yaml = pack(undefined, '{ kind: pattern, pattern: "undef" }', 'applies-to: account');
    await problems(yaml);
  });
});

describe('buildRuleSet', () => {
  const at = { file: '.smpolicy.yaml', line: 7, column: 3 };

  it('a later pack replaces an earlier rule of the same id', async () => {
    const first = await packFrom(packYaml('first', postRule('test/a', '{ kind: phrases, phrases: [a] }')));
    const second = await packFrom(packYaml('second', postRule('test/a', '{ kind: phrases, phrases: [b] }')));
    const { ruleSet } = buildRuleSet({ packs: [first, second], registry: BUILTINS });
    expect(ruleSet.rules.map((r) => `${r.info.id} ${r.info.pack}`)).toEqual(['test/a second']);
    expect(ruleSet.known.get('test/a')?.pack).toBe('second');
  });

  it('an override of an unknown id is an error at its source, naming the nearest id', async () => {
    const p = await packFrom(packYaml('p', postRule('test/banana', '{ kind: phrases, phrases: [a] }')));
    const { errors } = buildRuleSet({ packs: [p], registry: BUILTINS, overrides: [{ id: 'test/bananna', severity: 'off', at }] });
    expect(errors.map((e) => e.format())).toEqual([".smpolicy.yaml:7:3: unknown rule id 'test/bananna'; did you mean 'test/banana'?"]);
  });

  it('off removes a rule but it stays known', async () => {
    const p = await packFrom(packYaml('p', postRule('test/a', '{ kind: phrases, phrases: [a] }')));
    const { ruleSet } = buildRuleSet({ packs: [p], registry: BUILTINS, overrides: [{ id: 'test/a', severity: 'off', at }] });
    expect(ruleSet.rules).toEqual([]);
    expect(ruleSet.known.has('test/a')).toBe(true);
  });
});

describe('YAML aliases', () => {
  it('an unresolved alias is reported where it is used', async () => {
    const { loadPackText } = await import('../../src/engine/pack-loader.js');
    const { errors } = await loadPackText('pack: p\ntitle: T\nrules:\n  - id: a/b\n    category: c\n    severity: error\n    policy: *pol\n', 'p.yaml', BUILTINS);
    expect(errors.map((e) => e.format())).toEqual(['p.yaml:7:13: invalid YAML: YAML aliases: Unresolved alias (the anchor must be set before the alias): pol']);
  });
});

import { BUILTINS } from '../../src/packs/registry.js';
import { describe, expect, it } from 'vitest';
import { lintDocument, sortFindings } from '../../src/engine/lint.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import { parseDraft } from '../../src/inputs/draft.js';
import type { Finding } from '../../src/model/index.js';
import { packFrom, packYaml, postRule } from '../support/packs.js';
import { context, lintText, where } from '../support/engine.js';

describe('findings order', () => {
  it('sorted by line, then column, whatever order the rules ran in', async () => {
    // Packs run in order: data-protection before welsh-language; positions interleave.
    const text = ['Welsh to follow 07700 900123', 'jane.evans@example.net and Welsh to follow', '', 'Call 07700 900456 or Welsh to follow'].join('\n');
    const found = (await lintText(text)).map(where);
    expect(found).toEqual([
      '1:1-1:16 welsh/placeholder',
      '1:17-1:29 dp/phone-number',
      '2:1-2:23 dp/email-address',
      '2:28-2:43 welsh/placeholder',
      '4:6-4:18 dp/phone-number',
      '4:22-4:37 welsh/placeholder',
    ]);
  });

  it('at the same position, by rule id', async () => {
    const packs = [
      await packFrom(packYaml('z', postRule('zz/fruit', '{ kind: phrases, phrases: [banana] }'))),
      await packFrom(packYaml('a', postRule('aa/fruit', '{ kind: phrases, phrases: [banana] }') + postRule('mm/fruit', '{ kind: pattern, pattern: "ban" }'))),
    ];
    expect((await lintText('A banana', 'draft.md', { packs })).map(where)).toEqual(['1:3-1:9 aa/fruit', '1:3-1:6 mm/fruit', '1:3-1:9 zz/fruit']);
  });

  it('sortFindings orders by line, column and rule id', () => {
    const f = (line: number, column: number, ruleId: string) => ({ line, column, ruleId }) as Finding;
    const sorted = sortFindings([f(2, 1, 'a/a'), f(1, 10, 'a/a'), f(1, 2, 'b/b'), f(1, 2, 'a/a'), f(10, 1, 'a/a')]);
    expect(sorted.map((x) => `${x.line}:${x.column} ${x.ruleId}`)).toEqual(['1:2 a/a', '1:2 b/b', '1:10 a/a', '2:1 a/a', '10:1 a/a']);
  });
});

describe('severity', () => {
  it('a detector may lower a finding (a landline is a warning) but never raise it above the configured level', async () => {
    const text = 'Ring him on 01437 764551 or 07700 900123';
    expect((await lintText(text)).map((f) => f.severity)).toEqual(['warning', 'error']);
    expect((await lintText(text, 'draft.md', { rules: { 'dp/phone-number': 'warning' } })).map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect((await lintText(text, 'draft.md', { rules: { 'dp/phone-number': 'info' } })).map((f) => f.severity)).toEqual(['info', 'info']);
  });

  it("shared mailboxes are info, with a note", async () => {
    const [f] = await lintText('Email info@example.net');
    expect(f).toMatchObject({ ruleId: 'dp/email-address', severity: 'info' });
    expect(f.note).toMatch(/organisation.allow.emails/);
  });

  it('a finding carries the policy citation of its pack', async () => {
    const [f] = await lintText('Welsh to follow');
    expect(f.policy).toEqual({ pack: 'welsh-language', ref: 'Welsh Language Standards, social media', title: 'Publishing material on social media in Welsh' });
    expect(f.category).toBe('welsh-language');
  });
});

describe('when conditions', () => {
  it.each([
    [{ channel: [] as string[] }, undefined, undefined, false],
    [{ channel: ['none'] }, undefined, undefined, true],
    [{ channel: ['facebook'] }, 'facebook', undefined, true],
    [{ channel: ['facebook'] }, undefined, 'facebook', true],
    [{ channel: ['facebook'] }, 'instagram', 'facebook', false],
    [{ channel: ['x'] }, 'twitter', undefined, true],
    [{ channel: ['twitter'] }, undefined, 'x', true],
  ])('%j with --channel %s and front matter %s: applies = %s', async (when, cliChannel, fmChannel, applies) => {
    const pack = await packFrom(packYaml('w', postRule('test/w', '{ kind: phrases, phrases: [banana] }', `when: ${JSON.stringify(when)}`)));
    const text = `${fmChannel ? `---\nchannel: ${fmChannel}\n---\n` : ''}A banana\n`;
    const found = await lintText(text, 'draft.md', { packs: [pack], channel: cliChannel as never });
    expect(found.length).toBe(applies ? 1 : 0);
  });
});

describe('superseded-by', () => {
  it('drops a finding covered by a finding of the rule that supersedes it, and only then', async () => {
    const rule = (id: string, phrase: string, extra = '') =>
      `  - id: ${id}\n    category: t\n    severity: error\n${extra}    policy: { ref: R, title: T }\n    message: m\n    remediation: r\n    examples: { bad: ["${phrase}"], good: [x] }\n    detect: { kind: phrases, phrases: ["${phrase}"] }\n`;
    const yaml = `pack: s\ntitle: S\nrules:\n${rule('t/small', 'SA19 6AB', '    superseded-by: [t/big]\n')}${rule('t/big', '14 Heol y Parc, SA19 6AB')}`;
    const { pack, errors } = await loadPackText(yaml, 'p.yaml', BUILTINS);
    expect(errors).toEqual([]);
    const { ruleSet } = buildRuleSet({ packs: [pack!], registry: BUILTINS });
    const ctx = context();
    const ids = async (text: string) => (await lintDocument((await parseDraft(text, 'd.txt')).doc!, ruleSet, ctx, { redact: false })).map((f) => f.ruleId);
    expect(await ids('Mrs Davies of 14 Heol y Parc, SA19 6AB, called.')).toEqual(['t/big']);
    expect(await ids('Write to SA19 6AB.')).toEqual(['t/small']);
  });
});

describe('a builtin detector’s prepare', () => {
  it('runs once, with the rule’s params, before the rule’s first document', async () => {
    const calls: string[] = [];
    const registry = {
      ...BUILTINS,
      probe: async () => ({
        appliesTo: 'post' as const,
        paramsSchema: { type: 'object', properties: { words: { type: 'array' } } },
        prepare: (params: { words: string[] }) => void calls.push(`prepare ${params.words.join(',')}`),
        detect: (doc: { text: string }) => (calls.push(`detect ${doc.text}`), []),
      }),
    };
    const yaml = `pack: p\ntitle: P\nrules:\n  - id: t/probe\n    category: t\n    severity: error\n    policy: { ref: R, title: T }\n    message: m\n    remediation: r\n    examples: { bad: [], good: [] }\n    detect: { kind: builtin, name: probe, params: { words: [a, b] } }\n`;
    const { pack, errors } = await loadPackText(yaml, 'p.yaml', registry);
    expect(errors).toEqual([]);
    const { ruleSet } = buildRuleSet({ packs: [pack!], registry });
    for (const text of ['one', 'two']) await lintDocument((await parseDraft(text, 'd.txt')).doc!, ruleSet, context(), { redact: false });
    expect(calls).toEqual(['prepare a,b', 'detect one', 'detect two']);
  });
});

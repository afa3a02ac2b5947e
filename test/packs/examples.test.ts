import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkExamples, defaultContext } from '../../src/engine/examples.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { PackSpec } from '../../src/engine/pack-types.js';
import { ROOT, packYaml, postRule } from '../cli/helpers.js';

/**
 * ESLint's RuleTester for packs: every rule of every shipped pack runs its own `examples`
 * through the real engine. One test per rule, so a failure names the rule.
 */

const DATE = '2026-11-23';
const FILES = readdirSync(join(ROOT, 'policies'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/**
 * Rules whose examples are known not to behave, with the reason. Each runs as `it.fails`, so
 * the entry must be removed when the pack is fixed.
 */
const KNOWN_BAD: Record<string, string> = {};

const loaded = await Promise.all(
  FILES.map(async (file) => {
    const { pack, errors } = await loadPackText(readFileSync(join(ROOT, 'policies', file), 'utf8'), `policies/${file}`);
    return { file, pack, errors };
  }),
);

describe('built-in packs', () => {
  it('there are packs to check', () => {
    expect(FILES.length).toBeGreaterThan(0);
  });

  for (const { file, pack, errors } of loaded) {
    describe(file, () => {
      it('loads without errors', () => {
        expect(errors.map((e) => e.format())).toEqual([]);
        expect(pack?.rules.length).toBeGreaterThan(0);
      });
      for (const rule of pack?.rules ?? []) {
        const test = rule.id in KNOWN_BAD ? it.fails : it;
        test(`${rule.id}: every bad example is reported, no good example is`, async () => {
          expect(rule.examples.bad.length, 'bad examples').toBeGreaterThan(0);
          expect(rule.examples.good.length, 'good examples').toBeGreaterThan(0);
          const failures = await checkExamples({ ...pack!, rules: [rule] }, defaultContext(DATE));
          expect(failures).toEqual([]);
        });
      }
    });
  }

  it('KNOWN_BAD names only rules that exist', () => {
    const ids = new Set(loaded.flatMap((l) => l.pack?.rules.map((r) => r.id) ?? []));
    for (const id of Object.keys(KNOWN_BAD)) expect(ids).toContain(id);
  });
});

describe('checkExamples itself', () => {
  async function inline(examples: string, detect = '{ kind: phrases, phrases: [banana] }'): Promise<PackSpec> {
    const { pack, errors } = await loadPackText(packYaml('t', postRule('t/banana', detect, '', examples)), 't.yaml');
    expect(errors).toEqual([]);
    return pack!;
  }

  it('passes a rule whose examples behave', async () => {
    expect(await checkExamples(await inline('{ bad: ["A banana"], good: ["An apple"] }'), defaultContext(DATE))).toEqual([]);
  });

  it('fails a rule without a bad example', async () => {
    const failures = await checkExamples(await inline('{ bad: [], good: ["An apple"] }'), defaultContext(DATE));
    expect(failures).toEqual([{ ruleId: 't/banana', kind: 'bad', example: '', problem: 'needs at least one bad and one good example' }]);
  });

  it('fails a rule without a good example', async () => {
    const failures = await checkExamples(await inline('{ bad: ["A banana"], good: [] }'), defaultContext(DATE));
    expect(failures).toEqual([{ ruleId: 't/banana', kind: 'good', example: '', problem: 'needs at least one bad and one good example' }]);
  });

  it('fails a bad example that is not reported, and a good example that is', async () => {
    const failures = await checkExamples(await inline('{ bad: ["An apple", "A banana"], good: ["Banana bread", "Pear"] }'), defaultContext(DATE));
    expect(failures.map((f) => `${f.kind} ${f.example}: ${f.problem}`)).toEqual([
      'bad An apple: bad example produced no finding',
      "good Banana bread: good example produced: Test finding 'Banana'",
    ]);
  });

  it('a pack without examples keys at all is refused by the schema', async () => {
    const yaml = packYaml('t', postRule('t/banana', '{ kind: phrases, phrases: [banana] }')).replace(/ {4}examples: .*\n/, '');
    const { pack, errors } = await loadPackText(yaml, 't.yaml');
    expect(pack).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/missing required key 'examples'/)]);
  });

  it("runs examples in a context where the rule's when: holds", async () => {
    const yaml = packYaml('t', postRule('t/fb', '{ kind: phrases, phrases: [banana] }', 'when: { channel: [facebook], election: inside }', '{ bad: ["A banana"], good: ["An apple"] }'));
    const { pack } = await loadPackText(yaml, 't.yaml');
    expect(await checkExamples(pack!, defaultContext(DATE))).toEqual([]);
  });
});

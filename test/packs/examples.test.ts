import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { PackSpec } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { checkExamples } from '../../src/workspace/examples.js';
import { loadPackPaths } from '../../src/workspace/pack-files.js';
import { ROOT } from '../support/cli.js';
import { packYaml, postRule } from '../support/packs.js';

/**
 * ESLint's RuleTester for packs: every rule of every shipped pack runs its own `examples`
 * through the real engine. One test per rule, so a failure names the rule.
 */

const DATE = '2026-11-23';
const FOLDERS = readdirSync(join(ROOT, 'policies'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'schema')
  .map((d) => d.name)
  .sort();

/**
 * Rules whose examples are known not to behave, with the reason. Each runs as `it.fails`, so
 * the entry must be removed when the pack is fixed.
 */
const KNOWN_BAD: Record<string, string> = {};

const loaded = await Promise.all(
  FOLDERS.map(async (file) => {
    const { packs, errors } = await loadPackPaths(ROOT, [join(ROOT, 'policies', file)], BUILTINS);
    return { file, pack: packs[0], errors };
  }),
);

describe('built-in packs', () => {
  it('there are packs to check', () => {
    expect(FOLDERS.length).toBeGreaterThan(0);
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
          const failures = await checkExamples({ ...pack!, rules: [rule] }, DATE, BUILTINS);
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
    const { pack, errors } = await loadPackText(packYaml('t', postRule('t/banana', detect, '', examples)), 't.yaml', BUILTINS);
    expect(errors).toEqual([]);
    return pack!;
  }

  it('passes a rule whose examples behave', async () => {
    expect(await checkExamples(await inline('{ bad: ["A banana"], good: ["An apple"] }'), DATE, BUILTINS)).toEqual([]);
  });

  it('fails a rule without a bad example', async () => {
    const failures = await checkExamples(await inline('{ bad: [], good: ["An apple"] }'), DATE, BUILTINS);
    expect(failures).toEqual([{ ruleId: 't/banana', kind: 'bad', example: '', problem: 'needs at least one bad and one good example' }]);
  });

  it('fails a rule without a good example', async () => {
    const failures = await checkExamples(await inline('{ bad: ["A banana"], good: [] }'), DATE, BUILTINS);
    expect(failures).toEqual([{ ruleId: 't/banana', kind: 'good', example: '', problem: 'needs at least one bad and one good example' }]);
  });

  it('fails a bad example that is not reported, and a good example that is', async () => {
    const failures = await checkExamples(await inline('{ bad: ["An apple", "A banana"], good: ["Banana bread", "Pear"] }'), DATE, BUILTINS);
    expect(failures.map((f) => `${f.kind} ${f.example}: ${f.problem}`)).toEqual([
      'bad An apple: produced no finding',
      "good Banana bread: produced a finding: Test finding 'Banana'",
    ]);
  });

  it('a pack without examples keys at all is refused by the schema', async () => {
    const yaml = packYaml('t', postRule('t/banana', '{ kind: phrases, phrases: [banana] }')).replace(/ {4}examples: .*\n/, '');
    const { pack, errors } = await loadPackText(yaml, 't.yaml', BUILTINS);
    expect(pack).toBeUndefined();
    expect(errors.map((e) => e.message)).toEqual([expect.stringMatching(/missing required key 'examples'/)]);
  });

  it("runs examples in a context where the rule's when: holds", async () => {
    const yaml = packYaml('t', postRule('t/fb', '{ kind: phrases, phrases: [banana] }', 'when: { channel: [facebook], election: inside }', '{ bad: ["A banana"], good: ["An apple"] }'));
    const { pack } = await loadPackText(yaml, 't.yaml', BUILTINS);
    expect(await checkExamples(pack!, DATE, BUILTINS)).toEqual([]);
  });
});

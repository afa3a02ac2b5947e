/**
 * `--fix` on every fixable shipped rule: each rule whose bad examples get a fix (a rule's
 * `fix:`, a detector's own, or the opt-in personal-data placeholder) is fixed through the real
 * fix loop (fixTarget), then fixed again: the second run changes nothing, and the findings
 * that had a fix are gone. Rules are found by running them, so a rule that gains a fix later
 * is covered without editing this file.
 */
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseConfig, type RawConfig } from '../../src/engine/config.js';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import type { Finding, PackSpec, RuleSpec } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { builtinPacks } from '../../src/support/generated.js';
import { fixTarget, type FixOutcome } from '../../src/workspace/fix-run.js';
import { lintTargets } from '../../src/workspace/lint-run.js';
import type { Setup } from '../../src/workspace/setup.js';
import { TEST_DATE } from '../support/rule-tester.js';
import { tempDir } from '../support/cli.js';

interface Case { rule: RuleSpec; pack: PackSpec; example: string }

let cases: Case[] = [];

beforeAll(async () => {
  const packs = await builtinPacks();
  cases = packs.flatMap((pack) => pack.rules.filter((r) => (r['applies-to'] ?? 'post') === 'post').flatMap((rule) => rule.examples.bad.filter((e): e is string => typeof e === 'string').map((example) => ({ rule, pack, example }))));
});

/** A Setup with one rule, under its examples' configuration, as `check` would build it. */
function setupFor(c: Case, dir: string): { s: Setup; channel?: string } {
  const { ruleSet, errors } = buildRuleSet({ packs: [{ ...c.pack, rules: [c.rule] }], registry: BUILTINS });
  expect(errors).toEqual([]);
  const config = normaliseConfig((c.rule.examples.config ?? {}) as RawConfig);
  return { s: { config, configDir: dir, ruleSet, packs: [c.pack], files: [] }, channel: c.rule.when?.channel?.[0] };
}

const fixable = (f: Finding) => f.fix !== undefined || f.suggestedFix !== undefined;

async function fixOnce(c: Case, dir: { path: string; join(p: string): string }, text: string): Promise<{ outcome: FixOutcome; before: Finding[] }> {
  const { s, channel } = setupFor(c, dir.path);
  const path = dir.join('draft.md');
  writeFileSync(path, text);
  const target = { path, shown: 'draft.md' };
  const o = { cwd: dir.path, date: TEST_DATE, channel: channel as any };
  const before = (await lintTargets([target], s, { ...o, redact: false, readStdin: async () => new Uint8Array() })).results[0]?.findings ?? [];
  const outcome = await fixTarget(target, s, { ...o, personalData: true });
  if (!('after' in outcome)) throw outcome;
  return { outcome, before };
}

describe('--fix on every fixable rule', () => {
  it('fixes, then a second run changes nothing, and the fixed findings are gone', async () => {
    const fixedRules = new Set<string>();
    const problems: string[] = [];
    for (const c of cases) {
      const dir = tempDir({});
      const first = await fixOnce(c, dir, `${c.example}\n`);
      const had = first.before.filter((f) => f.ruleId === c.rule.id && fixable(f));
      if (!had.length) continue;
      fixedRules.add(c.rule.id);
      const { outcome } = first;
      const label = `${c.rule.id} ${JSON.stringify(c.example)}`;
      if (outcome.after === outcome.before) problems.push(`${label}: nothing changed`);
      const left = outcome.findings.filter((f) => f.ruleId === c.rule.id);
      if (left.some(fixable)) problems.push(`${label}: a fixable finding is left: ${JSON.stringify(left.filter(fixable).map((f) => f.message))}`);
      // The same finding is the same matched text in the same words (its fingerprint, as baselines use).
      const fixedPrints = new Set(had.map((f) => f.fingerprint));
      if (left.some((f) => fixedPrints.has(f.fingerprint))) problems.push(`${label}: a fixed finding is still reported`);
      const second = await fixOnce(c, dir, outcome.after);
      if (second.outcome.after !== outcome.after || second.outcome.applied) problems.push(`${label}: a second run changed ${JSON.stringify(outcome.after)} to ${JSON.stringify(second.outcome.after)}`);
    }
    expect(problems).toEqual([]);
    // The rules the issue names, at least: a guard against this test passing on nothing.
    for (const id of ['welsh/placeholder', 'welsh/mangled-diacritics', 'a11y/camelcase-hashtag', 'dp/phone-number', 'dp/email-address']) expect(fixedRules).toContain(id);
  }, 120_000);
});

/**
 * Shared helpers of the data-protection tests: run one shipped dp/* rule (its detector with the
 * params from policies/data-protection.yaml) over a draft, and list what it found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import { lintDocument } from '../../src/engine/lint.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { PackSpec } from '../../src/engine/pack-types.js';
import type { Finding, RunContext } from '../../src/model/index.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { ROOT } from '../support/cli.js';
import { context } from '../support/engine.js';

let pack: Promise<PackSpec> | undefined;

/** policies/data-protection.yaml, loaded through the same loader as the build. */
export function dataProtectionPack(): Promise<PackSpec> {
  return (pack ??= loadPackText(readFileSync(join(ROOT, 'policies', 'data-protection.yaml'), 'utf8'), 'policies/data-protection.yaml').then((r) => {
    if (!r.pack) throw new Error(r.errors.map((e) => e.format()).join('\n'));
    return r.pack;
  }));
}

/** The params a shipped rule gives its builtin detector. */
export async function ruleParams(ruleId: string): Promise<any> {
  const rule = (await dataProtectionPack()).rules.find((r) => r.id === ruleId);
  if (!rule || rule.detect.kind !== 'builtin') throw new Error(`no builtin rule ${ruleId}`);
  return rule.detect.params ?? {};
}

/** Findings of one shipped rule for `text` (a draft named `file`), masked unless redact is false. */
export async function findingsOf(ruleId: string, text: string, o: { file?: string; ctx?: Partial<RunContext>; redact?: boolean } = {}): Promise<Finding[]> {
  const dp = await dataProtectionPack();
  const rule = dp.rules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const { ruleSet } = buildRuleSet([{ ...dp, rules: [rule] }], []);
  const parsed = await parseDraft(text, o.file ?? 'draft.md');
  if (!parsed.doc) throw parsed.errors[0];
  return lintDocument(parsed.doc, ruleSet, context(o.ctx), { redact: o.redact ?? true });
}

/** The unmasked text of each finding of `ruleId` in `text`. */
export async function found(ruleId: string, text: string, o: { file?: string; ctx?: Partial<RunContext> } = {}): Promise<string[]> {
  return (await findingsOf(ruleId, text, { ...o, redact: false })).map((f) => f.actual ?? '');
}

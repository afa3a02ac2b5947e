import { normaliseConfig, runContext, type RawConfig } from '../engine/config.js';
import { lintDocument } from '../engine/lint.js';
import type { PackSpec, RuleSpec } from '../model/index.js';
import { buildRuleSet } from '../engine/rule-set.js';
import { parseDraft } from '../inputs/draft.js';
import { LineIndex, type AccountDocument, type Channel, type DetectorRegistry, type LintDocument, type RunContext } from '../model/index.js';
import { t } from '../i18n/index.js';

export interface ExampleFailure { ruleId: string; kind: 'bad' | 'good'; example: string; problem: string }

/** The run context a rule's examples run under: its `examples.config`, and a run in which its `when` holds. */
export function exampleContext(rule: RuleSpec, date: string): RunContext {
  const raw = (rule.examples.config ?? {}) as RawConfig;
  const inside = rule.when?.election === 'inside' ? [{ name: 'example election', from: date, to: date }] : undefined;
  const config = normaliseConfig({ ...raw, ...(inside ? { elections: inside } : {}) });
  const channel = rule.when?.channel?.find((c) => c !== 'none') as Channel | undefined;
  return runContext(config, { date, channel });
}

export function exampleAccount(data: Record<string, unknown>): AccountDocument {
  const text = JSON.stringify(data, null, 2);
  const lines = new LineIndex(text);
  return { kind: 'account', path: '<example>', where: { file: '<example>', pointer: '' }, text, data, locate: () => lines.position(0) };
}

/**
 * Runs each rule's `examples` through the real engine: every `bad` example must produce at
 * least one finding of that rule, every `good` example none. A rule lacking either list fails.
 */
export async function checkExamples(pack: PackSpec, date: string, registry: DetectorRegistry): Promise<ExampleFailure[]> {
  const failures: ExampleFailure[] = [];
  for (const rule of pack.rules) {
    const { ruleSet } = buildRuleSet({ packs: [{ ...pack, rules: [rule] }], registry });
    const ctx = exampleContext(rule, date);
    if (!rule.examples.bad.length || !rule.examples.good.length) {
      failures.push({ ruleId: rule.id, kind: rule.examples.bad.length ? 'good' : 'bad', example: '', problem: t('validate.needsBoth') });
      continue;
    }
    for (const kind of ['bad', 'good'] as const) {
      for (const example of rule.examples[kind]) {
        const shown = typeof example === 'string' ? example : JSON.stringify(example);
        let doc: LintDocument | undefined;
        if ((rule['applies-to'] ?? 'post') === 'account') {
          if (typeof example !== 'object' || example === null) {
            failures.push({ ruleId: rule.id, kind, example: shown, problem: t('validate.accountExamples') });
            continue;
          }
          doc = exampleAccount(example as Record<string, unknown>);
        } else {
          const parsed = await parseDraft(String(example), '<example>.md');
          if (!parsed.doc) {
            failures.push({ ruleId: rule.id, kind, example: shown, problem: parsed.errors.map((e) => e.message).join('; ') });
            continue;
          }
          doc = parsed.doc;
        }
        const findings = (await lintDocument(doc, ruleSet, ctx, { redact: false })).filter((f) => f.ruleId === rule.id);
        if (kind === 'bad' && findings.length === 0) failures.push({ ruleId: rule.id, kind, example: shown, problem: t('validate.badNoFinding') });
        if (kind === 'good' && findings.length > 0) failures.push({ ruleId: rule.id, kind, example: shown, problem: t('validate.goodFinding', { message: findings[0].message }) });
      }
    }
  }
  return failures;
}

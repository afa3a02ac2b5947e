import { parseDraft } from '../inputs/draft.js';
import { LineIndex } from '../inputs/lines.js';
import { DEFAULT_CONFIG } from './config.js';
import { lintDocument } from './lint.js';
import type { PackSpec, RuleSpec } from './pack-types.js';
import { buildRuleSet } from './rule-set.js';
import type { AccountDocument, LintDocument, RunContext } from './types.js';

export interface ExampleFailure { ruleId: string; kind: 'bad' | 'good'; example: string; problem: string }

/** A run context in which the rule's `when` conditions hold, so its examples can run. */
export function exampleContext(rule: RuleSpec, base: RunContext): RunContext {
  const ctx: RunContext = { ...base };
  const config = rule.examples.config;
  if (config?.welsh) ctx.welsh = { ...ctx.welsh, ...(config.welsh as Partial<RunContext['welsh']>) };
  if (config?.organisation) {
    const o = config.organisation as { domains?: string[]; 'approved-apps'?: string[]; allow?: { emails?: string[]; phones?: string[] } };
    ctx.organisation = {
      ...ctx.organisation,
      domains: o.domains ?? ctx.organisation.domains,
      approvedApps: o['approved-apps'] ?? ctx.organisation.approvedApps,
      allow: { emails: o.allow?.emails ?? ctx.organisation.allow.emails, phones: o.allow?.phones ?? ctx.organisation.allow.phones },
    };
  }
  if (config?.elections) ctx.elections = config.elections as RunContext['elections'];
  const channel = rule.when?.channel?.find((c) => c !== 'none');
  if (channel) ctx.channel = channel as RunContext['channel'];
  if (rule.when?.election === 'inside') ctx.elections = [{ name: 'example election', from: ctx.date, to: ctx.date }];
  return ctx;
}

export function exampleAccount(data: Record<string, unknown>): AccountDocument {
  const text = JSON.stringify(data, null, 2);
  const lines = new LineIndex(text);
  return { kind: 'account', path: '<example>', text, data, locate: () => lines.position(0) };
}

/**
 * Runs each rule's `examples` through the real engine: every `bad` example must produce at
 * least one finding of that rule, every `good` example none. A rule lacking either list fails.
 */
export async function checkExamples(pack: PackSpec, base: RunContext): Promise<ExampleFailure[]> {
  const failures: ExampleFailure[] = [];
  for (const rule of pack.rules) {
    const { ruleSet } = buildRuleSet([{ ...pack, rules: [rule] }], []);
    const ctx = exampleContext(rule, base);
    if (!rule.examples.bad.length || !rule.examples.good.length) {
      failures.push({ ruleId: rule.id, kind: rule.examples.bad.length ? 'good' : 'bad', example: '', problem: 'needs at least one bad and one good example' });
      continue;
    }
    for (const kind of ['bad', 'good'] as const) {
      for (const example of rule.examples[kind]) {
        const shown = typeof example === 'string' ? example : JSON.stringify(example);
        let doc: LintDocument | undefined;
        if ((rule['applies-to'] ?? 'post') === 'account') {
          if (typeof example !== 'object' || example === null) {
            failures.push({ ruleId: rule.id, kind, example: shown, problem: 'account rule examples must be account mappings' });
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
        if (kind === 'bad' && findings.length === 0) failures.push({ ruleId: rule.id, kind, example: shown, problem: 'bad example produced no finding' });
        if (kind === 'good' && findings.length > 0) failures.push({ ruleId: rule.id, kind, example: shown, problem: `good example produced: ${findings[0].message}` });
      }
    }
  }
  return failures;
}

export const defaultContext = (date: string): RunContext => ({
  date,
  organisation: DEFAULT_CONFIG.organisation,
  welsh: DEFAULT_CONFIG.welsh,
  elections: [],
});

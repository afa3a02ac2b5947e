/** In-process engine runs (no CLI): parse a draft or account and lint it with chosen packs. */
import { DEFAULT_CONFIG, normaliseConfig, runContext, type RawConfig } from '../../src/engine/config.js';
import { lintDocument } from '../../src/engine/lint.js';
import type { PackSpec } from '../../src/model/index.js';
import { buildRuleSet, configCitations } from '../../src/engine/rule-set.js';
import { parseAccount } from '../../src/inputs/account.js';
import { parseDraft } from '../../src/inputs/draft.js';
import type { Channel, Finding, RunContext, SeverityOrOff } from '../../src/model/index.js';
import { BUILTINS } from '../../src/packs/registry.js';
import { builtinPacks } from '../../src/support/generated.js';
import { TEST_DATE } from './rule-tester.js';

/**
 * The shipped rules whose exact findings these tests assert. Packs grow as rules are built;
 * tests that count findings use only these, so a new rule elsewhere does not break them.
 */
export const CORE_RULES = ['account/schema', 'dp/email-address', 'dp/phone-number', 'infosec/protective-marking', 'welsh/placeholder'];

let builtinIds: Promise<string[]> | undefined;

/** `--rule ID=off` for every built-in rule outside CORE_RULES. */
export async function nonCoreOff(): Promise<string[]> {
  builtinIds ??= builtinPacks().then((packs) => packs.flatMap((p) => p.rules.map((r) => r.id)));
  return (await builtinIds).filter((id) => !CORE_RULES.includes(id)).flatMap((id) => ['--rule', `${id}=off`]);
}

/** The built-in packs with only CORE_RULES in them. */
export async function corePacks(): Promise<PackSpec[]> {
  return (await builtinPacks()).map((p) => ({ ...p, rules: p.rules.filter((r) => CORE_RULES.includes(r.id)) }));
}

/** A run context from a part of .smpolicy.yaml, through the CLI's own function. */
export function context(config: RawConfig = {}, run: { date?: string; channel?: Channel } = {}): RunContext {
  return runContext(normaliseConfig(config), { date: run.date ?? TEST_DATE, channel: run.channel });
}

export interface LintTextOptions {
  packs?: PackSpec[];
  config?: RawConfig;
  date?: string;
  channel?: Channel;
  redact?: boolean;
  rules?: Record<string, SeverityOrOff>;
}

/** Parses `text` as a draft named `file` and lints it (default: the built-in packs' CORE_RULES). */
export async function lintText(text: string, file = 'draft.md', o: LintTextOptions = {}): Promise<Finding[]> {
  const parsed = await parseDraft(text, file);
  if (!parsed.doc) throw parsed.errors[0];
  const packs = o.packs ?? (await corePacks());
  const overrides = Object.entries(o.rules ?? {}).map(([id, severity]) => ({ id, severity, at: { file: 'test' } }));
  const { ruleSet, errors } = buildRuleSet({ packs, registry: BUILTINS, overrides, citations: configCitations(normaliseConfig(o.config ?? {})) });
  if (errors.length) throw errors[0];
  return lintDocument(parsed.doc, ruleSet, context(o.config, o), { redact: o.redact ?? true });
}

/** Parses `text` as an account file and lints it with the given packs. */
export async function lintAccount(text: string, packs: PackSpec[], config: RawConfig = {}, file = 'account.yaml', date?: string): Promise<Finding[]> {
  const parsed = await parseAccount(text, file);
  if (!parsed.doc) throw parsed.errors[0];
  const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS });
  return lintDocument(parsed.doc, ruleSet, context(config, { date }), { redact: true });
}

/** "line:column-endLine:endColumn ruleId" for compact assertions. */
export const where = (f: Finding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`;

export { DEFAULT_CONFIG };

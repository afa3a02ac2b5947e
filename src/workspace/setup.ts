import { resolve } from 'node:path';
import type { Config } from '../engine/config.js';
import type { PackSpec } from '../model/index.js';
import { buildRuleSet, configCitations, type RuleSet, type SeverityOverride } from '../engine/rule-set.js';
import { UserError, type Lang, type SeverityOrOff } from '../model/index.js';
import { BUILTINS } from '../packs/registry.js';
import { builtinPacks } from '../support/generated.js';
import { didYouMean } from '../support/nearest.js';
import { t } from '../i18n/index.js';
import { loadConfig } from './config-file.js';
import { loadPackPaths } from './pack-files.js';

export interface CommonOptions {
  config?: string;
  policy?: string[];
  rule?: string[];
}

export function parseRuleFlags(flags: string[] = []): { overrides: SeverityOverride[]; errors: UserError[] } {
  const overrides: SeverityOverride[] = [];
  const errors: UserError[] = [];
  for (const flag of flags) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(flag.trim());
    if (!m) {
      const severity = /^[^=]+=(.+)$/.exec(flag.trim())?.[1];
      errors.push(new UserError(t('setup.ruleFlag', { value: flag, hint: severity ? didYouMean(severity, ['off', 'info', 'warning', 'error']) : '' })));
      continue;
    }
    overrides.push({ id: m[1], severity: m[2] as SeverityOrOff, at: {} });
  }
  return { overrides, errors };
}

/**
 * A rule id defined by two of the user's packs: which one wins would depend on their order,
 * so it is an error naming both (replacing a shipped rule with the same id is intended).
 */
function duplicateIds(packs: PackSpec[]): UserError[] {
  const first = new Map<string, string>();
  const errors: UserError[] = [];
  for (const pack of packs) {
    for (const rule of pack.rules) {
      const where = rule.file ?? pack.file;
      const earlier = first.get(rule.id);
      if (earlier && earlier !== where) errors.push(new UserError(t('setup.duplicateRule', { id: rule.id, file: earlier }), where));
      else first.set(rule.id, where);
    }
  }
  return errors;
}

/**
 * Rule ids of a configuration that failed validation, checked against the built-in packs, so
 * the run reports them with its other problems (ids from the council's own packs cannot be
 * known then, so only ids of a built-in pack's namespace are judged).
 */
async function unknownRuleIds(ids: Array<{ id: string; at: { file?: string; line?: number; column?: number } }>): Promise<UserError[]> {
  if (!ids.length) return [];
  const built = buildRuleSet({ packs: await builtinPacks(), registry: BUILTINS });
  const known = [...built.ruleSet.known.keys()];
  const namespaces = new Set(known.map((id) => id.split('/')[0]));
  return ids.filter((r) => !built.ruleSet.known.has(r.id) && namespaces.has(r.id.split('/')[0])).map((r) => UserError.at(t('setup.unknownRule', { id: r.id, hint: didYouMean(r.id, known) }), r.at));
}

export interface Setup {
  config: Config;
  configDir: string;
  ruleSet: RuleSet;
  packs: PackSpec[];
  /** Files the set-up read (configuration, packs, word lists): never to be overwritten by a report. */
  files: string[];
  /** The configuration file used, if any. */
  configPath?: string;
}

/**
 * Config, packs and rule set for a run: built-in packs chosen by `extends`, then the config's
 * `policies` (relative to the config file), then `--policy` (relative to the working
 * directory); severities from the config, then `--rule`. Returns every problem found.
 */
export async function setup(cwd: string, options: CommonOptions, lang: Lang = 'en'): Promise<{ setup?: Setup; errors: UserError[] }> {
  const { config, dir, path, errors, ruleIds } = await loadConfig(cwd, options.config);
  if (errors.length) return { errors: [...errors, ...(await unknownRuleIds(ruleIds ?? []))] };
  // `extends: []` means no built-in pack: only the council's own.
  const all = config.extends.includes('all');
  const packs = config.extends.length ? (await builtinPacks()).filter((p) => all || !p.optional) : [];
  const extra = await loadPackPaths(cwd, [...config.policies.map((p) => resolve(dir, p)), ...(options.policy ?? []).map((p) => resolve(cwd, p))], BUILTINS);
  const flags = parseRuleFlags(options.rule);
  const problems = [...extra.errors, ...duplicateIds(extra.packs), ...flags.errors];
  // A pack that did not load may define rules --rule names: only then are unknown ids left unjudged.
  if (extra.errors.length) return { errors: problems };
  const allPacks = [...packs, ...extra.packs];
  // The rules' human text (messages, remediation, policy citations) in the run's language.
  const built = buildRuleSet({ packs: allPacks, registry: BUILTINS, overrides: [...config.rules, ...flags.overrides], citations: configCitations(config, lang), lang });
  if (problems.length || built.errors.length) return { errors: [...problems, ...built.errors] };
  return { setup: { config, configDir: dir, ruleSet: built.ruleSet, packs: allPacks, files: [...(path ? [path] : []), ...extra.files], configPath: path }, errors: [] };
}

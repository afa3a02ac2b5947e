import { UserError, type Channel, type Election, type Lang, type Location, type Organisation, type RunContext, type SeverityOrOff } from '../model/index.js';
import { schema, validator } from '../support/generated.js';
import { t } from '../i18n/index.js';
import { describeSchemaErrors } from '../support/schema-errors.js';
import { isMapping, parseYamlFile } from '../support/yaml-file.js';
import type { Locate } from '../support/yaml-locate.js';

/** `.smpolicy.yaml` (DESIGN §3), with defaults filled in. */
export interface Config {
  file?: string;
  extends: Array<'recommended' | 'all'>;
  policies: string[];
  organisation: Organisation;
  /** The tool's own language (`interface.language`); unset: SMPOLICY_LANG's, the locale's or English. */
  interface: { language?: Lang };
  welsh: RunContext['welsh'];
  elections: Election[];
  rules: Array<{ id: string; severity: SeverityOrOff; at: Location }>;
  ignore: string[];
}

/** The configuration as written (DESIGN §3), before defaults. */
export interface RawConfig {
  extends?: Array<'recommended' | 'all'>;
  policies?: string[];
  organisation?: { name?: string; domains?: string[]; 'approved-apps'?: string[]; allow?: { emails?: string[]; phones?: string[]; addresses?: string[] } };
  interface?: { language?: Lang };
  welsh?: { order?: 'welsh-first' | 'any'; citation?: string };
  elections?: Election[];
  rules?: Record<string, SeverityOrOff>;
  ignore?: string[];
}

/** A configuration as written to the one the run uses: every default filled in, in one place. */
export function normaliseConfig(raw: RawConfig, file?: string, locate?: Locate): Config {
  const o = raw.organisation;
  return {
    file,
    extends: raw.extends ?? ['recommended'],
    policies: raw.policies ?? [],
    organisation: {
      name: o?.name,
      domains: o?.domains ?? [],
      approvedApps: o?.['approved-apps'] ?? [],
      allow: { emails: o?.allow?.emails ?? [], phones: o?.allow?.phones ?? [], addresses: o?.allow?.addresses ?? [] },
    },
    interface: { ...(raw.interface?.language ? { language: raw.interface.language } : {}) },
    welsh: { order: raw.welsh?.order ?? 'any', ...(raw.welsh?.citation ? { citation: raw.welsh.citation } : {}) },
    elections: raw.elections ?? [],
    rules: Object.entries(raw.rules ?? {}).map(([id, severity]) => ({ id, severity, at: { file, ...locate?.('/rules', id) } })),
    ignore: raw.ignore ?? [],
  };
}

export const DEFAULT_CONFIG: Config = normaliseConfig({});

/**
 * What detectors read of a configuration, for one run: the only place a configuration
 * becomes a RunContext (the CLI, pack examples and tests all come through here).
 */
export function runContext(config: Config, run: { date: string; channel?: Channel; readAttachment?: RunContext['readAttachment']; accounts?: RunContext['accounts'] }): RunContext {
  return {
    date: run.date,
    ...(run.channel ? { channel: run.channel } : {}),
    organisation: config.organisation,
    welsh: config.welsh,
    elections: config.elections,
    ...(run.readAttachment ? { readAttachment: run.readAttachment } : {}),
    ...(run.accounts ? { accounts: run.accounts } : {}),
  };
}

/** Parses and validates a configuration file; returns every problem with line:column. */
export async function parseConfigText(text: string, file: string): Promise<{ config?: Config; errors: UserError[]; ruleIds?: Config['rules'] }> {
  const parsed = await parseYamlFile(text, file);
  if (parsed.errors.length) return { errors: parsed.errors };
  const data = parsed.data ?? {};
  if (!isMapping(data)) return { errors: [new UserError(t('config.mapping'), file, 1, 1)] };
  const validate = await validator('config');
  const errors: UserError[] = [];
  if (!validate(data)) {
    const problems = describeSchemaErrors(validate.errors ?? [], await schema('config'), parsed.locate);
    // The rule ids under `rules:` are checked too, so one run reports every problem of the file.
    const rules = (data as { rules?: unknown }).rules;
    const ruleIds = isMapping(rules) ? Object.keys(rules).map((id) => ({ id, severity: 'off' as const, at: { file, ...parsed.locate('/rules', id) } })) : undefined;
    return { errors: problems.map((p) => new UserError(p.message, file, p.line, p.column)), ...(ruleIds ? { ruleIds } : {}) };
  }
  const raw = data as RawConfig;
  for (const [i, e] of (raw.elections ?? []).entries()) {
    if (e.from > e.to) errors.push(UserError.at(t('config.electionOrder', { name: e.name, to: e.to, from: e.from }), { file, ...parsed.locate(`/elections/${i}`, 'to') }));
  }
  return errors.length ? { errors } : { config: normaliseConfig(raw, file, parsed.locate), errors };
}

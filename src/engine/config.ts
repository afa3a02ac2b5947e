import { loadYaml } from './yaml-module.js';
import { UserError } from '../inputs/errors.js';
import { LineIndex } from '../inputs/lines.js';
import { schema, validator } from './generated.js';
import { describeSchemaErrors } from './schema-errors.js';
import type { Election, RunContext, SeverityOrOff } from './types.js';
import { yamlData, yamlLocator, yamlSyntaxError } from './yaml-locate.js';

/** `.smpolicy.yaml` (DESIGN §3), with defaults filled in. */
export interface Config {
  file?: string;
  extends: Array<'recommended' | 'all'>;
  policies: string[];
  organisation: RunContext['organisation'];
  welsh: RunContext['welsh'];
  elections: Election[];
  rules: Array<{ id: string; severity: SeverityOrOff; source: UserError }>;
  ignore: string[];
}

export const DEFAULT_CONFIG: Config = {
  extends: ['recommended'],
  policies: [],
  organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } },
  welsh: { order: 'any' },
  elections: [],
  rules: [],
  ignore: [],
};

interface RawConfig {
  extends?: Array<'recommended' | 'all'>;
  policies?: string[];
  organisation?: { name?: string; domains?: string[]; 'approved-apps'?: string[]; allow?: { emails?: string[]; phones?: string[]; addresses?: string[] } };
  welsh?: { order?: 'welsh-first' | 'any'; citation?: string };
  elections?: Election[];
  rules?: Record<string, SeverityOrOff>;
  ignore?: string[];
}

/** Parses and validates a configuration file; returns every problem with line:column. */
export async function parseConfigText(text: string, file: string): Promise<{ config?: Config; errors: UserError[] }> {
  const yaml = await loadYaml();
  const { parseDocument } = yaml;
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length) return { errors: doc.errors.map((e) => yamlSyntaxError(e, file, lines)) };
  const parsed = yamlData(doc, file, lines);
  if (parsed.error) return { errors: [parsed.error] };
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) return { errors: [new UserError('configuration must be a mapping (see README: Configuration)', file, 1, 1)] };
  const locate = yamlLocator(yaml, doc, lines);
  const validate = await validator('config');
  if (!validate(data)) {
    const problems = describeSchemaErrors(validate.errors ?? [], await schema('config'), locate);
    return { errors: problems.map((p) => new UserError(p.message, file, p.line, p.column)) };
  }
  const raw = data as RawConfig;
  const errors: UserError[] = [];
  for (const [i, e] of (raw.elections ?? []).entries()) {
    if (e.from > e.to) {
      const p = locate(`/elections/${i}`, 'to');
      errors.push(new UserError(`election '${e.name}' ends (${e.to}) before it starts (${e.from})`, file, p.line, p.column));
    }
  }
  const config: Config = {
    file,
    extends: raw.extends ?? ['recommended'],
    policies: raw.policies ?? [],
    organisation: {
      name: raw.organisation?.name,
      domains: raw.organisation?.domains ?? [],
      approvedApps: raw.organisation?.['approved-apps'] ?? [],
      allow: { emails: raw.organisation?.allow?.emails ?? [], phones: raw.organisation?.allow?.phones ?? [], addresses: raw.organisation?.allow?.addresses ?? [] },
    },
    welsh: { order: raw.welsh?.order ?? 'any', citation: raw.welsh?.citation },
    elections: raw.elections ?? [],
    rules: Object.entries(raw.rules ?? {}).map(([id, severity]) => {
      const p = locate('/rules', id);
      return { id, severity, source: new UserError('', file, p.line, p.column) };
    }),
    ignore: raw.ignore ?? [],
  };
  return errors.length ? { errors } : { config, errors };
}

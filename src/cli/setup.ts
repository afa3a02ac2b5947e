import { readFile, stat, readdir } from 'node:fs/promises';
import { dirname, join, resolve, relative, isAbsolute } from 'node:path';
import { DEFAULT_CONFIG, parseConfigText, type Config } from '../engine/config.js';
import { builtinPacks } from '../engine/generated.js';
import { loadPackText } from '../engine/pack-loader.js';
import type { PackSpec } from '../engine/pack-types.js';
import { buildRuleSet, DEFAULT_CITATIONS, type RuleSet } from '../engine/rule-set.js';
import type { SeverityOrOff } from '../engine/types.js';
import { UserError } from '../inputs/errors.js';
import type { Io } from './io.js';

export const CONFIG_NAME = '.smpolicy.yaml';

export interface CommonOptions {
  config?: string;
  policy?: string[];
  rule?: string[];
}

export function display(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** The nearest .smpolicy.yaml from `dir` upward, if any. */
async function findConfig(dir: string): Promise<string | undefined> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_NAME);
    if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

export async function loadConfig(io: Io, explicit?: string): Promise<{ config: Config; dir: string; errors: UserError[] }> {
  const path = explicit ? resolve(io.cwd, explicit) : await findConfig(io.cwd);
  if (!path) return { config: DEFAULT_CONFIG, dir: io.cwd, errors: [] };
  const shown = display(io.cwd, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { config: DEFAULT_CONFIG, dir: io.cwd, errors: [new UserError('cannot read configuration file; check the --config path', shown)] };
  }
  const { config, errors } = await parseConfigText(text, shown);
  return { config: config ?? DEFAULT_CONFIG, dir: dirname(path), errors };
}

/** Pack files named by a path: the file itself, or every .yaml/.yml file in a folder. */
async function packFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const entries = await readdir(path);
  return entries.filter((e) => /\.ya?ml$/i.test(e)).sort().map((e) => join(path, e));
}

export async function loadPackFiles(io: Io, paths: string[]): Promise<{ packs: PackSpec[]; errors: UserError[] }> {
  const packs: PackSpec[] = [];
  const errors: UserError[] = [];
  for (const p of paths) {
    let files: string[];
    try {
      files = await packFiles(p);
    } catch {
      errors.push(new UserError('no such rule pack file or folder; check the path', display(io.cwd, p)));
      continue;
    }
    for (const file of files) {
      const shown = display(io.cwd, file);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        errors.push(new UserError('cannot read rule pack', shown));
        continue;
      }
      const result = await loadPackText(text, shown);
      errors.push(...result.errors);
      if (result.pack) packs.push(result.pack);
    }
  }
  return { packs, errors };
}

export function parseRuleFlags(flags: string[] = []): { overrides: Config['rules']; errors: UserError[] } {
  const overrides: Config['rules'] = [];
  const errors: UserError[] = [];
  for (const flag of flags) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(flag.trim());
    if (!m) {
      errors.push(new UserError(`--rule '${flag}': expected RULE-ID=off|info|warning|error, e.g. --rule dp/postcode=off`));
      continue;
    }
    overrides.push({ id: m[1], severity: m[2] as SeverityOrOff, source: new UserError(`--rule ${flag}`) });
  }
  return { overrides, errors };
}

export interface Setup { config: Config; configDir: string; ruleSet: RuleSet; packs: PackSpec[] }

/**
 * Config, packs and rule set for a run: built-in packs chosen by `extends`, then the config's
 * `policies` (relative to the config file), then `--policy` (relative to the working
 * directory); severities from the config, then `--rule`. Returns every problem found.
 */
export async function setup(io: Io, options: CommonOptions): Promise<{ setup?: Setup; errors: UserError[] }> {
  const { config, dir, errors } = await loadConfig(io, options.config);
  if (errors.length) return { errors };
  const all = config.extends.includes('all');
  const packs = (await builtinPacks()).filter((p) => all || !p.optional);
  const extra = await loadPackFiles(io, [...config.policies.map((p) => resolve(dir, p)), ...(options.policy ?? []).map((p) => resolve(io.cwd, p))]);
  const flags = parseRuleFlags(options.rule);
  const problems = [...extra.errors, ...flags.errors];
  if (problems.length) return { errors: problems };
  const allPacks = [...packs, ...extra.packs];
  const citations = { ...DEFAULT_CITATIONS, ...(config.welsh.citation ? { 'welsh-citation': config.welsh.citation } : {}) };
  const built = buildRuleSet(allPacks, [...config.rules, ...flags.overrides], citations);
  if (built.errors.length) return { errors: built.errors };
  return { setup: { config, configDir: dir, ruleSet: built.ruleSet, packs: allPacks }, errors: [] };
}

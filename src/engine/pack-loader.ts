import { requirePackage } from './require-package.js';
import { loadYaml } from './yaml-module.js';
import { UserError } from '../inputs/errors.js';
import { LineIndex } from '../inputs/lines.js';
import { BUILTINS } from '../detectors/index.js';
import { schema, validator } from './generated.js';
import { didYouMean } from './nearest.js';
import type { PackSpec, RuleSpec } from './pack-types.js';
import { regexProblem } from './regex-safety.js';
import { describeSchemaErrors } from './schema-errors.js';
import { yamlLocator, yamlData, yamlSyntaxError, type Locate } from './yaml-locate.js';

export interface PackLoadResult { pack?: PackSpec; errors: UserError[] }

/**
 * Parses and validates one rule pack: YAML syntax, the pack JSON Schema (unknown keys name the
 * nearest valid key), unique rule ids, builtin names and parameters, and regular expressions
 * (compiled and screened for catastrophic backtracking). Returns every problem, not the first.
 */
export async function loadPackText(text: string, file: string): Promise<PackLoadResult> {
  const yaml = await loadYaml();
  const { parseDocument } = yaml;
  const lines = new LineIndex(text);
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  if (doc.errors.length) {
    return { errors: doc.errors.map((e) => yamlSyntaxError(e, file, lines)) };
  }
  const { data, error } = yamlData(doc, file, lines);
  if (error) return { errors: [error] };
  const locate = yamlLocator(yaml, doc, lines);
  const at = (message: string, pointer: string, key?: string) => {
    const p = locate(pointer, key);
    return new UserError(message, file, p.line, p.column);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { errors: [new UserError('not a rule pack: expected a mapping with pack, title and rules', file, 1, 1)] };
  }
  const validate = await validator('pack');
  if (!validate(data)) {
    const problems = describeSchemaErrors(validate.errors ?? [], await schema('pack'), locate);
    return { errors: problems.map((p) => new UserError(p.message, file, p.line, p.column)) };
  }
  const pack = { ...(data as Omit<PackSpec, 'file'>), file };
  const errors: UserError[] = [];
  const ids = new Map<string, number>();
  for (const [i, rule] of pack.rules.entries()) {
    const where = `/rules/${i}`;
    if (ids.has(rule.id)) errors.push(at(`duplicate rule id '${rule.id}' (first at rule ${ids.get(rule.id)! + 1})`, where, 'id'));
    ids.set(rule.id, i);
    errors.push(...(await checkDetect(rule, `${where}/detect`, at)));
  }
  return errors.length ? { errors } : { pack, errors };
}

async function checkDetect(rule: RuleSpec, where: string, at: (m: string, p: string, k?: string) => UserError): Promise<UserError[]> {
  const d = rule.detect;
  const appliesTo = rule['applies-to'] ?? 'post';
  if ((d.kind === 'pattern' || d.kind === 'phrases') && appliesTo === 'account') {
    return [at(`${d.kind} detectors read a draft's text; account rules use 'kind: field' or a builtin`, where, 'kind')];
  }
  if (d.kind === 'pattern') {
    const problem = await regexProblem(d.pattern, d['ignore-case'] ? 'giu' : 'gu');
    return problem ? [at(problem, where, 'pattern')] : [];
  }
  if (d.kind === 'field') {
    if (appliesTo !== 'account') return [at("field detectors read account files: set 'applies-to: account'", where, 'kind')];
    const conditions = ['equals', 'required', 'matches', 'in-list', 'older-than'].filter((k) => k in d);
    if (conditions.length !== 1) return [at(`a field detector needs exactly one condition of: equals, required, matches, in-list, older-than (got ${conditions.length})`, where, 'kind')];
    if (d.matches) {
      const problem = await regexProblem(d.matches, 'u');
      if (problem) return [at(problem, where, 'matches')];
    }
    return [];
  }
  if (d.kind === 'builtin') {
    const load = BUILTINS[d.name];
    if (!load) return [at(`unknown builtin detector '${d.name}'${didYouMean(d.name, Object.keys(BUILTINS))}`, where, 'name')];
    const detector = await load();
    if (detector.appliesTo !== appliesTo) return [at(`builtin '${d.name}' checks ${detector.appliesTo} files; set 'applies-to: ${detector.appliesTo}'`, where, 'name')];
    const problems = await checkParams(detector.paramsSchema, d.params ?? {}, (p, k) => at('', `${where}/params${p}`, k));
    return problems.map((p) => new UserError(`params: ${p.message}`, p.file, p.line, p.column));
  }
  return [];
}

async function checkParams(paramsSchema: Record<string, unknown>, params: unknown, locate: (p: string, k?: string) => UserError): Promise<UserError[]> {
  const Ajv = requirePackage<typeof import('ajv')>('ajv').default;
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
  const validate = ajv.compile(paramsSchema);
  if (validate(params)) return [];
  const loc: Locate = (p, k) => {
    const e = locate(p, k);
    return { line: e.line ?? 1, column: e.column ?? 1 };
  };
  return describeSchemaErrors(validate.errors ?? [], paramsSchema, loc).map((p) => new UserError(p.message, locate('').file, p.line, p.column));
}

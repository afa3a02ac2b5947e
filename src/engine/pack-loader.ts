import { UserError, type DetectorRegistry } from '../model/index.js';
import { schema, validator, type SchemaName } from '../support/generated.js';
import { didYouMean } from '../support/nearest.js';
import { requirePackage } from '../support/require-package.js';
import { describeSchemaErrors } from '../support/schema-errors.js';
import { isMapping, parseYamlFile } from '../support/yaml-file.js';
import type { Locate } from '../support/yaml-locate.js';
import { resolveLists, type ReadList } from './pack-lists.js';
import { DEFAULTABLE, type PackSpec, type RuleSpec } from '../model/index.js';
import { checkPattern } from './regex-safety.js';
import { t } from '../i18n/index.js';

export interface PackLoadResult { pack?: PackSpec; errors: UserError[] }

export interface SourceFile { path: string; text: string }

/**
 * A pack as files, read by the caller (the engine does no I/O): `pack.yaml` of a folder or a
 * single-file pack, the rule files beside it (one rule each), and a reader for the word
 * lists rules name (`phrases: { file: parties.txt }`).
 */
export interface PackFiles {
  pack?: SourceFile;
  rules?: SourceFile[];
  /** Display path of the folder, and the pack's name when there is no pack.yaml. */
  folder?: string;
  readList?: ReadList;
  /** The shipped packs, checked at build time: their patterns run in JavaScript's engine once screened. */
  trusted?: boolean;
}

type At = (message: string, pointer: string, key?: string) => UserError;
const atIn = (file: string, locate: Locate): At => (message, pointer, key) => UserError.at(message, { file, ...locate(pointer, key) });

/**
 * Parses and validates one rule pack: YAML syntax, the JSON Schemas (unknown keys name the
 * nearest valid key), unique rule ids, builtin names and parameters, word lists, and regular
 * expressions (compiled and screened for catastrophic backtracking). Returns every problem
 * found, each at its file:line:column, not only the first.
 */
export async function loadPack(files: PackFiles, registry: DetectorRegistry): Promise<PackLoadResult> {
  const errors: UserError[] = [];
  const rules: RuleSpec[] = [];
  let meta: Omit<PackSpec, 'rules'>;
  if (files.pack) {
    const loaded = await loadPackMeta(files.pack, files.readList, registry, files.trusted);
    if (!loaded.meta) return { errors: loaded.errors };
    meta = loaded.meta;
    rules.push(...loaded.rules);
    errors.push(...loaded.errors);
  } else {
    const name = (files.folder ?? 'local').split(/[\\/]/).filter(Boolean).pop() ?? 'local';
    meta = { pack: name.toLowerCase().replace(/[^a-z0-9-]/g, '-'), title: name, file: files.folder ?? name };
  }
  for (const file of files.rules ?? []) {
    const loaded = await loadRuleFile(file, meta.defaults, files.readList, registry, files.trusted);
    errors.push(...loaded.errors);
    if (loaded.rule) rules.push(loaded.rule);
  }
  const first = new Map<string, RuleSpec>();
  for (const rule of rules) {
    const earlier = first.get(rule.id);
    if (earlier) errors.push(new UserError(t('pack.duplicateRuleFile', { id: rule.id, file: earlier.file ?? '' }), rule.file));
    else first.set(rule.id, rule);
  }
  if (!files.pack && !rules.length && !errors.length) errors.push(new UserError(t('pack.noRules'), files.folder));
  return errors.length ? { errors } : { pack: { ...meta, rules }, errors };
}

/** A single-file pack (`pack`, `title`, `rules: [...]`), as DESIGN §5 first defined packs. */
export function loadPackText(text: string, file: string, registry: DetectorRegistry, readList?: ReadList): Promise<PackLoadResult> {
  return loadPack({ pack: { path: file, text }, readList }, registry);
}

async function loadPackMeta(file: SourceFile, readList: ReadList | undefined, registry: DetectorRegistry, trusted?: boolean) {
  const parsed = await parseYamlFile(file.text, file.path);
  if (parsed.errors.length) return { errors: parsed.errors, rules: [] };
  const data = parsed.data;
  if (!isMapping(data)) return { errors: [new UserError(t('pack.notPack'), file.path, 1, 1)], rules: [] };
  if ('id' in data && !('pack' in data)) return { errors: [new UserError(t('pack.ruleNotPack'), file.path, 1, 1)], rules: [] };
  const at = atIn(file.path, parsed.locate);
  const defaults = isMapping(data.defaults) ? data.defaults : undefined;
  const inline = Array.isArray(data.rules) ? data.rules.map((r) => withDefaults(r, defaults)) : undefined;
  const listErrors: UserError[] = [];
  for (const [i, rule] of (inline ?? []).entries()) listErrors.push(...(await resolveLists(rule, `/rules/${i}`, file.path, readList, at)));
  if (listErrors.length) return { errors: listErrors, rules: [] };
  const candidate = inline ? { ...data, rules: inline } : data;
  const problems = await schemaProblems('pack', candidate, parsed.locate, file.path);
  if (problems.length) return { errors: problems, rules: [] };
  const { rules: packRules, ...rest } = candidate as unknown as PackSpec;
  const meta = { ...rest, file: file.path };
  const rules: RuleSpec[] = [];
  const errors: UserError[] = [];
  const ids = new Map<string, number>();
  for (const [i, rule] of (packRules ?? []).entries()) {
    if (ids.has(rule.id)) {
      errors.push(at(t('pack.duplicateRuleInline', { id: rule.id, n: ids.get(rule.id)! + 1 }), `/rules/${i}`, 'id'));
      continue;
    }
    ids.set(rule.id, i);
    errors.push(...(await checkDetect(rule, `/rules/${i}/detect`, at, registry, trusted)));
    rules.push({ ...rule, file: file.path });
  }
  return { meta, rules, errors };
}

async function loadRuleFile(file: SourceFile, defaults: PackSpec['defaults'], readList: ReadList | undefined, registry: DetectorRegistry, trusted?: boolean): Promise<{ rule?: RuleSpec; errors: UserError[] }> {
  const parsed = await parseYamlFile(file.text, file.path);
  if (parsed.errors.length) return { errors: parsed.errors };
  if (!isMapping(parsed.data)) return { errors: [new UserError(t('pack.notRule'), file.path, 1, 1)] };
  if ('rules' in parsed.data || 'pack' in parsed.data) return { errors: [new UserError(t('pack.packInFolder'), file.path, 1, 1)] };
  const at = atIn(file.path, parsed.locate);
  const data = withDefaults(parsed.data, defaults as Record<string, unknown> | undefined) as Record<string, unknown>;
  const listErrors = await resolveLists(data, '', file.path, readList, at);
  if (listErrors.length) return { errors: listErrors };
  const problems = await schemaProblems('rule', data, parsed.locate, file.path);
  if (problems.length) return { errors: problems };
  const rule = data as unknown as RuleSpec;
  const base = file.path.split(/[\\/]/).pop()!.replace(/\.ya?ml$/i, '');
  const name = rule.id.split('/')[1];
  if (base !== name) return { errors: [at(t('pack.fileName', { id: rule.id, base, name }), '', 'id')] };
  const errors = await checkDetect(rule, '/detect', at, registry, trusted);
  return errors.length ? { errors } : { rule: { ...rule, file: file.path }, errors: [] };
}

/** The pack's `defaults:` under the rule's own keys (a rule's own value wins). */
function withDefaults(rule: unknown, defaults: Record<string, unknown> | undefined): unknown {
  if (!defaults || !isMapping(rule)) return rule;
  const merged: Record<string, unknown> = {};
  for (const key of DEFAULTABLE) if (key in defaults && !(key in rule)) merged[key] = defaults[key];
  return { ...merged, ...rule };
}

async function schemaProblems(name: SchemaName, data: unknown, locate: Locate, file: string): Promise<UserError[]> {
  const validate = await validator(name);
  if (validate(data)) return [];
  return describeSchemaErrors(validate.errors ?? [], await schema(name), locate).map((p) => new UserError(p.message, file, p.line, p.column));
}

async function checkDetect(rule: RuleSpec, where: string, at: At, registry: DetectorRegistry, trusted = false): Promise<UserError[]> {
  const d = rule.detect;
  const appliesTo = rule['applies-to'] ?? 'post';
  if ((d.kind === 'pattern' || d.kind === 'phrases') && appliesTo === 'account') {
    return [at(t('pack.textDetector', { kind: d.kind }), where, 'kind')];
  }
  if (d.kind === 'pattern') {
    const check = await checkPattern(d.pattern, Boolean(d['ignore-case']), trusted);
    if (check.problem) return [at(check.problem, where, 'pattern')];
    d.engine = check.engine;
    return [];
  }
  if (d.kind === 'field') {
    if (appliesTo !== 'account') return [at(t('pack.fieldNeedsAccount'), where, 'kind')];
    const conditions = ['equals', 'required', 'matches', 'in-list', 'older-than', 'min-items'].filter((k) => k in d);
    if (conditions.length !== 1) return [at(t('pack.fieldConditions', { n: conditions.length }), where, 'kind')];
    if (d.matches) {
      const check = await checkPattern(d.matches, Boolean(d['ignore-case']), trusted);
      if (check.problem) return [at(check.problem, where, 'matches')];
      d.engine = check.engine;
    }
    return [];
  }
  if (d.kind === 'builtin') {
    const load = registry[d.name];
    if (!load) return [at(t('pack.unknownBuiltin', { name: d.name, hint: didYouMean(d.name, Object.keys(registry)) }), where, 'name')];
    const detector = await load();
    if (detector.appliesTo !== appliesTo) return [at(t('pack.builtinAppliesTo', { name: d.name, appliesTo: detector.appliesTo }), where, 'name')];
    return checkParams(detector.paramsSchema, d.params ?? {}, (p, k) => at('', `${where}/params${p}`, k));
  }
  return [];
}

type Ajv = import('ajv').default;
type Validate = import('ajv').ValidateFunction;
let ajv: Ajv | undefined;
// One compiled validator per detector: a pack may use one builtin in many rules.
const compiled = new WeakMap<object, Validate>();

async function checkParams(paramsSchema: Record<string, unknown>, params: unknown, locate: (p: string, k?: string) => UserError): Promise<UserError[]> {
  let validate = compiled.get(paramsSchema);
  if (!validate) {
    ajv ??= new (requirePackage<typeof import('ajv')>('ajv').default)({ allErrors: true, verbose: true, strict: false });
    validate = ajv.compile(paramsSchema);
    compiled.set(paramsSchema, validate);
  }
  if (validate(params)) return [];
  const loc: Locate = (p, k) => {
    const e = locate(p, k);
    return { line: e.line ?? 1, column: e.column ?? 1 };
  };
  return describeSchemaErrors(validate.errors ?? [], paramsSchema, loc).map((p) => new UserError(t('pack.params', { message: p.message }), locate('').file, p.line, p.column));
}

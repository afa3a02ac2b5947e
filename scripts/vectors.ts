/**
 * Runs the peer PII test vectors (test/data/peer-vectors/pii-vectors.json, copied from the
 * project's shared folder with their source and licence table) through the real builtin detectors and reports recall and false-positive rate per entity and overall.
 *
 *   npx tsx scripts/vectors.ts [path-to-pii-vectors.json]
 *
 * A case is detected when its entity's detector returns at least one match (any severity) for
 * the text. In `validate` mode a negative is a string a strict whole-string validator rejects;
 * a free-text detector may rightly find an entity inside it, so such hits are counted as false
 * positives but also listed on their own for review.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseConfig, runContext } from '../src/engine/config.js';
import type { BuiltinDetector, PostDocument, RunContext } from '../src/model/index.js';
import { BUILTINS } from '../src/packs/registry.js';
import { loadPackPaths } from '../src/workspace/pack-files.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_VECTORS_PATH = path.resolve(REPO_ROOT, 'test/data/peer-vectors/pii-vectors.json');

/** The day the vectors are judged on (current-style vehicle age identifiers depend on it). */
export const VECTORS_CONTEXT: RunContext = runContext(normaliseConfig({}), { date: '2026-11-23' });

export const TARGETS = { recall: 0.95, fpr: 0.05, entityRecall: 0.85 };

export interface VectorCase {
  text: string;
  entity: string;
  expected_matches: number;
  mode: 'detect' | 'validate';
  source: string;
  note?: string;
}

export interface Outcome { entity: string; mode: string; text: string; source: string; note?: string; matches: number }

export interface EntityStats {
  entity: string;
  detector: string;
  /** 'pending' when the detector's file or export does not exist yet. */
  status: 'ok' | 'pending';
  positives: number;
  detected: number;
  negatives: number;
  flagged: number;
  /** Of `flagged`, validate-mode negatives (a free-text find may be legitimate). */
  flaggedValidate: number;
  recall: number;
  fpr: number;
}

export interface Totals { positives: number; detected: number; negatives: number; flagged: number; recall: number; fpr: number }

export interface Report {
  path: string;
  cases: number;
  entities: EntityStats[];
  /** Over the entities whose detector exists. */
  overall: Totals;
  misses: Outcome[];
  /** Detect-mode negatives that were flagged. */
  falsePositives: Outcome[];
  /** Validate-mode negatives that were flagged (counted in the FPR too). */
  validateFlagged: Outcome[];
  /** Validate-mode negatives in which a valid entity was found inside (not counted as false positives). */
  insideFinds: Outcome[];
  pending: string[];
  meetsTargets: { recall: boolean; fpr: boolean; entityRecall: boolean };
}

export type Loaded = { status: 'ok'; detector: BuiltinDetector<any> } | { status: 'pending'; reason: string };

/** A builtin by name from the registry, or 'pending' when no such detector exists yet. */
export async function loadOptional(name: string): Promise<Loaded> {
  const load = BUILTINS[name];
  return load ? { status: 'ok', detector: await load() } : { status: 'pending', reason: `no builtin detector '${name}' in src/packs yet` };
}

const DETECTOR_NAMES: Record<string, string> = {
  UK_NHS: 'nhs-number', UK_NINO: 'ni-number', UK_POSTCODE: 'postcode', UK_VEHICLE_REGISTRATION: 'vehicle-registration',
  UK_BANK_ACCOUNT: 'bank-details', IBAN_CODE: 'bank-details', CREDIT_CARD: 'payment-card',
  UK_DRIVING_LICENCE: 'driving-licence', UK_PASSPORT: 'passport-number', PHONE_NUMBER: 'phone-number', EMAIL_ADDRESS: 'email-address',
};

export function postDocument(text: string): PostDocument {
  return { kind: 'post', path: 't.txt', where: { file: 't.txt', line: 1 }, text, prose: text, links: [], frontMatter: {}, bodyStart: 0 };
}

const ratio = (a: number, b: number): number => (b === 0 ? (a === 0 ? 1 : 0) : a / b);

/** Each builtin's params as the shipped data-protection pack sets them: the real detectors, as configured. */
let paramsByDetector: Promise<Map<string, Record<string, unknown>>> | undefined;
function packParams(): Promise<Map<string, Record<string, unknown>>> {
  paramsByDetector ??= (async () => {
    const { packs, errors } = await loadPackPaths(REPO_ROOT, [path.join(REPO_ROOT, 'policies', 'data-protection')], BUILTINS);
    if (errors.length) throw new Error(errors.map((e) => e.format()).join('\n'));
    const map = new Map<string, Record<string, unknown>>();
    for (const rule of packs[0].rules) if (rule.detect.kind === 'builtin') map.set(rule.detect.name, rule.detect.params ?? {});
    return map;
  })();
  return paramsByDetector;
}

export async function runVectors(vectorsPath: string = DEFAULT_VECTORS_PATH): Promise<Report> {
  if (!existsSync(vectorsPath)) throw new Error(`peer vectors not found at ${vectorsPath}`);
  const cases = JSON.parse(await readFile(vectorsPath, 'utf8')) as VectorCase[];
  const loaded = new Map<string, Loaded>();
  const stats = new Map<string, EntityStats>();
  const report: Report = {
    path: vectorsPath, cases: cases.length, entities: [], misses: [], falsePositives: [], validateFlagged: [], insideFinds: [], pending: [],
    overall: { positives: 0, detected: 0, negatives: 0, flagged: 0, recall: 0, fpr: 0 },
    meetsTargets: { recall: false, fpr: false, entityRecall: false },
  };
  for (const c of cases) {
    let entry = loaded.get(c.entity);
    if (!entry) {
      const name = DETECTOR_NAMES[c.entity];
      entry = name ? await loadOptional(name) : { status: 'pending', reason: `no detector mapped for entity ${c.entity}` };
      loaded.set(c.entity, entry);
      if (entry.status === 'pending') report.pending.push(`${c.entity}: ${entry.reason}`);
    }
    let s = stats.get(c.entity);
    if (!s) {
      s = { entity: c.entity, detector: DETECTOR_NAMES[c.entity] ?? '?', status: entry.status, positives: 0, detected: 0, negatives: 0, flagged: 0, flaggedValidate: 0, recall: 0, fpr: 0 };
      stats.set(c.entity, s);
    }
    const positive = c.expected_matches > 0;
    if (positive) s.positives++;
    else s.negatives++;
    if (entry.status !== 'ok') continue;
    const params = (await packParams()).get(DETECTOR_NAMES[c.entity]) ?? {};
    const all = await entry.detector.detect(postDocument(c.text), params, VECTORS_CONTEXT);
    // A validate-mode negative is a string a strict validator rejects as a whole; finding a
    // valid entity inside it (' AB123456C', 'multiple@domains@domain.com') is a true find,
    // so only a match spanning the whole string counts against the detector there.
    const matches = !positive && c.mode === 'validate' ? all.filter((m) => m.start === 0 && m.end === c.text.length) : all;
    if (!positive && c.mode === 'validate' && all.length > matches.length) report.insideFinds.push({ entity: c.entity, mode: c.mode, text: c.text, source: c.source, note: c.note, matches: all.length });
    const outcome: Outcome = { entity: c.entity, mode: c.mode, text: c.text, source: c.source, note: c.note, matches: matches.length };
    if (positive) {
      if (matches.length > 0) s.detected++;
      else report.misses.push(outcome);
    } else if (matches.length > 0) {
      s.flagged++;
      if (c.mode === 'validate') {
        s.flaggedValidate++;
        report.validateFlagged.push(outcome);
      } else {
        report.falsePositives.push(outcome);
      }
    }
  }
  for (const s of stats.values()) {
    s.recall = ratio(s.detected, s.positives);
    s.fpr = s.negatives === 0 ? 0 : s.flagged / s.negatives;
    report.entities.push(s);
    if (s.status !== 'ok') continue;
    report.overall.positives += s.positives;
    report.overall.detected += s.detected;
    report.overall.negatives += s.negatives;
    report.overall.flagged += s.flagged;
  }
  const o = report.overall;
  o.recall = ratio(o.detected, o.positives);
  o.fpr = o.negatives === 0 ? 0 : o.flagged / o.negatives;
  report.meetsTargets = {
    recall: o.recall >= TARGETS.recall,
    fpr: o.fpr <= TARGETS.fpr,
    entityRecall: report.entities.every((s) => s.status !== 'ok' || s.positives === 0 || s.recall >= TARGETS.entityRecall),
  };
  return report;
}

/** Totals over some entities (e.g. the UK identifier detectors without phone and e-mail). */
export function totals(report: Report, entities: (entity: string) => boolean): Totals {
  const t: Totals = { positives: 0, detected: 0, negatives: 0, flagged: 0, recall: 0, fpr: 0 };
  for (const s of report.entities) {
    if (s.status !== 'ok' || !entities(s.entity)) continue;
    t.positives += s.positives;
    t.detected += s.detected;
    t.negatives += s.negatives;
    t.flagged += s.flagged;
  }
  t.recall = ratio(t.detected, t.positives);
  t.fpr = t.negatives === 0 ? 0 : t.flagged / t.negatives;
  return t;
}

const pct = (x: number): string => x.toFixed(3);

export function formatReport(r: Report): string {
  const lines: string[] = [];
  const row = (cells: string[]): string => cells.map((c, i) => (i < 2 ? c.padEnd(i === 0 ? 24 : 21) : c.padStart(8))).join(' ');
  lines.push(`Peer PII vectors: ${r.cases} cases from ${r.path}`, '');
  lines.push(row(['entity', 'detector', 'pos', 'found', 'recall', 'neg', 'flagged', '(valid.)', 'FPR']));
  for (const s of [...r.entities].sort((a, b) => a.entity.localeCompare(b.entity))) {
    if (s.status === 'pending') {
      lines.push(row([s.entity, s.detector, String(s.positives), '-', 'pending', String(s.negatives), '-', '-', 'pending']));
      continue;
    }
    lines.push(row([s.entity, s.detector, String(s.positives), String(s.detected), pct(s.recall), String(s.negatives), String(s.flagged), String(s.flaggedValidate), pct(s.fpr)]));
  }
  const o = r.overall;
  lines.push(row(['OVERALL', r.pending.length ? '(excl. pending)' : '', String(o.positives), String(o.detected), pct(o.recall), String(o.negatives), String(o.flagged), '', pct(o.fpr)]));
  const ids = totals(r, (e) => e !== 'PHONE_NUMBER' && e !== 'EMAIL_ADDRESS');
  lines.push(row(['UK identifiers', '(excl. phone, e-mail)', String(ids.positives), String(ids.detected), pct(ids.recall), String(ids.negatives), String(ids.flagged), '', pct(ids.fpr)]));
  lines.push('');
  lines.push(`Targets: recall >= ${TARGETS.recall}: ${r.meetsTargets.recall ? 'met' : 'NOT met'}; FPR <= ${TARGETS.fpr}: ${r.meetsTargets.fpr ? 'met' : 'NOT met'}; every entity recall >= ${TARGETS.entityRecall}: ${r.meetsTargets.entityRecall ? 'met' : 'NOT met'}`);
  for (const p of r.pending) lines.push(`pending: ${p}`);
  const list = (title: string, items: Outcome[]): void => {
    lines.push('', `${title} (${items.length})`);
    for (const i of items) {
      lines.push(`  [${i.entity}/${i.mode}] ${JSON.stringify(i.text)}${i.matches ? ` (${i.matches} match${i.matches > 1 ? 'es' : ''})` : ''}`);
      lines.push(`      source: ${i.source}`);
      if (i.note) lines.push(`      note: ${i.note}`);
    }
  };
  list('Misses (expected a match, found none)', r.misses);
  list('False positives, detect mode', r.falsePositives);
  list('Validate-mode negatives accepted whole (counted in FPR)', r.validateFlagged);
  list('Validate-mode negatives with a valid entity found inside them (true finds, not counted)', r.insideFinds);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const vectorsPath = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_VECTORS_PATH;
  console.log(formatReport(await runVectors(vectorsPath)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

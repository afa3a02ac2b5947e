import { createHash } from 'node:crypto';
import { dirname, relative, resolve, sep } from 'node:path';
import { decodeText } from '../inputs/decode.js';
import { UserError, type FileResult } from '../model/index.js';
import { t } from '../i18n/index.js';
import { readRegularFile } from './read-file.js';

/**
 * A baseline (`check --write-baseline FILE`, then `--baseline FILE`): the findings a team has
 * accepted, so only new ones are reported. Each entry is a file (relative to the baseline's
 * folder), a rule and a fingerprint (src/engine/fingerprint.ts: the rule, the matched text and
 * its context, hashed; never a line number, never personal data in clear), with a count for
 * findings that are the same twice.
 */
export interface Baseline {
  version: 1;
  tool: 'smpolicy';
  entries: BaselineEntry[];
}

export interface BaselineEntry {
  file: string;
  rule: string;
  fingerprint: string;
  count: number;
}

const key = (file: string, rule: string, fingerprint: string) => `${file}\u0000${rule}\u0000${fingerprint}`;

/** A baseline entry's file as an absolute path. */
export function entryPath(baselineFile: string, entry: BaselineEntry): string {
  return resolve(dirname(baselineFile), entry.file);
}

/** The path of a result's file as the baseline records it: relative to the baseline's folder, with '/'. */
function baselinePath(baselineFile: string, cwd: string, shown: string): string {
  return relative(dirname(baselineFile), resolve(cwd, shown)).split(sep).join('/');
}

/** A finding with no fingerprint of its own (a suppression comment's) is known by its rule and message. */
const fingerprintOf = (f: { fingerprint?: string; ruleId: string; message: string }) => f.fingerprint ?? createHash('sha256').update(`${f.ruleId}\u0000${f.message}`).digest('hex').slice(0, 32);

export function makeBaseline(results: FileResult[], baselineFile: string, cwd: string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const r of results) {
    const file = baselinePath(baselineFile, cwd, r.file);
    for (const f of r.findings) {
      const fingerprint = fingerprintOf(f);
      const k = key(file, f.ruleId, fingerprint);
      const entry = counts.get(k) ?? { file, rule: f.ruleId, fingerprint, count: 0 };
      entry.count++;
      counts.set(k, entry);
    }
  }
  const entries = [...counts.values()].sort((a, b) => a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.fingerprint.localeCompare(b.fingerprint));
  return { version: 1, tool: 'smpolicy', entries };
}

export function baselineText(b: Baseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** Reads and checks a baseline file; a problem is one error naming the file. */
export async function readBaseline(path: string, shown: string): Promise<Baseline> {
  const text = decodeText(await readRegularFile(path, shown, { what: 'baseline' }), shown);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new UserError(t('baseline.badJson', { why: (e as Error).message }), shown);
  }
  const b = data as Partial<Baseline>;
  const valid =
    b && typeof b === 'object' && b.version === 1 && Array.isArray(b.entries) &&
    b.entries.every((e) => e && typeof e.file === 'string' && typeof e.rule === 'string' && typeof e.fingerprint === 'string' && Number.isInteger(e.count) && e.count > 0);
  if (!valid) throw new UserError(t('baseline.badShape'), shown);
  return b as Baseline;
}

export interface Filtered {
  results: FileResult[];
  /** Findings the baseline accepted. */
  accepted: number;
  /** Entries (with how many of their count) that matched nothing: the problem was fixed, or the text changed. */
  stale: Array<BaselineEntry & { unmatched: number }>;
  /** Entries of files this run did not check (stale only if the file is gone). */
  elsewhere: BaselineEntry[];
}

/**
 * Drops the findings the baseline accepts (each entry as many times as its count) and says
 * which entries matched nothing. Entries for files not checked in this run are not stale:
 * the run may have checked only some files.
 */
export function applyBaseline(results: FileResult[], b: Baseline, baselineFile: string, cwd: string): Filtered {
  const left = new Map(b.entries.map((e) => [key(e.file, e.rule, e.fingerprint), { ...e, unmatched: e.count }]));
  let accepted = 0;
  const checked = new Set<string>();
  const out = results.map((r) => {
    const file = baselinePath(baselineFile, cwd, r.file);
    checked.add(file);
    const findings = r.findings.filter((f) => {
      const entry = left.get(key(file, f.ruleId, fingerprintOf(f)));
      if (!entry || entry.unmatched === 0) return true;
      entry.unmatched--;
      accepted++;
      return false;
    });
    return { ...r, findings };
  });
  const stale = [...left.values()].filter((e) => e.unmatched > 0 && checked.has(e.file));
  const elsewhere = b.entries.filter((e) => !checked.has(e.file));
  return { results: out, accepted, stale, elsewhere };
}

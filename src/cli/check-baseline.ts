import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError, type FileResult } from '../model/index.js';
import { t } from '../i18n/index.js';
import { applyBaseline, baselineText, entryPath, makeBaseline, readBaseline } from '../workspace/baseline.js';
import type { Io } from './io.js';
import { writeReport } from './output-file.js';

export interface BaselineOptions {
  baseline?: string;
  writeBaseline?: string;
  reportStale?: boolean;
}

export function validateBaselineOptions(o: BaselineOptions): UserError[] {
  const errors: UserError[] = [];
  if (o.baseline !== undefined && o.writeBaseline !== undefined) errors.push(new UserError(t('opt.baselineBoth')));
  if (o.reportStale && o.baseline === undefined) errors.push(new UserError(t('opt.reportStale')));
  if (o.baseline === '' || o.writeBaseline === '') errors.push(new UserError(t('opt.baselineEmpty')));
  return errors;
}

/** `--write-baseline FILE`: every finding of the run, accepted (written atomically; never over an input). */
export async function writeBaselineFile(io: Io, file: string, results: FileResult[], inputs: string[]): Promise<number> {
  const baseline = makeBaseline(results, resolve(io.cwd, file), io.cwd);
  await writeReport(io.cwd, file, baselineText(baseline), inputs);
  return baseline.entries.reduce((n, e) => n + e.count, 0);
}

export interface BaselineOutcome {
  results: FileResult[];
  accepted: number;
  /** One line per entry that matches nothing any more (with --report-stale). */
  stale: string[];
}

/**
 * `--baseline FILE`: the run's findings less the accepted ones. With --report-stale, also the
 * entries that matched nothing: of a file checked in this run, or of a file that is gone.
 */
export async function filterByBaseline(io: Io, o: BaselineOptions & { baseline: string }, results: FileResult[]): Promise<BaselineOutcome> {
  const path = resolve(io.cwd, o.baseline);
  const baseline = await readBaseline(path, o.baseline);
  const filtered = applyBaseline(results, baseline, path, io.cwd);
  const stale: string[] = [];
  if (o.reportStale) {
    for (const e of filtered.stale) {
      const vars = { file: e.file, rule: e.rule, fingerprint: e.fingerprint.slice(0, 12), matched: e.count - e.unmatched, count: e.count };
      stale.push(t(e.unmatched === e.count ? 'baseline.staleNone' : 'baseline.stalePart', vars));
    }
    const gone = new Set<string>();
    for (const e of filtered.elsewhere) {
      if (gone.has(e.file) || (await stat(entryPath(path, e)).then(() => true, () => false))) continue;
      gone.add(e.file);
      stale.push(t('baseline.staleGone', { file: e.file }));
    }
  }
  return { results: filtered.results, accepted: filtered.accepted, stale };
}

import { t } from '../../i18n/index.js';
import { UserError, type PostMeta } from '../../model/index.js';
import type { SourceResult } from '../source.js';
import { DEFAULT_TIME_ZONE, zoneProblem } from './dates.js';
import { exportedPost, type ExportOptions } from './export-source.js';

/** The audit's time zone, or the error that stops a source before it reads anything. */
export function timeZoneOf(o: ExportOptions, file: string): { zone: string; error?: SourceResult } {
  const zone = o.timeZone ?? DEFAULT_TIME_ZONE;
  const problem = zoneProblem(zone);
  return problem ? { zone, error: { errors: [new UserError(problem, file)] } } : { zone };
}

/** A post of an export as a result: its meta without empty fields. */
export function postResult(text: string, file: string, row: number, meta: PostMeta): SourceResult {
  const post: PostMeta = {};
  for (const key of ['id', 'account', 'date', 'url'] as const) {
    const v = meta[key];
    if (typeof v === 'string' && v.trim() !== '') post[key] = v.trim();
  }
  return { doc: exportedPost(text, { file, row, post }), errors: [] };
}

/** A problem with one row or record, or with the whole file (then reading stops). */
export const problem = (message: string, file: string, line?: number): SourceResult => ({ errors: [new UserError(message, file, line)] });

/** The values a spreadsheet could run as a formula, which Sprout guards with a leading `'`: `'@Reply`. */
export const unguard = (value: string) => (value.startsWith("'@") ? value.slice(1) : value);

/** What a JSON value is, for a message about a record that is not as expected: "a list", "null". */
export function jsonKind(v: unknown): string {
  if (v === null) return t('json.null');
  if (Array.isArray(v)) return t('json.list');
  if (typeof v === 'string') return t('json.string');
  if (typeof v === 'number') return t('json.number');
  if (typeof v === 'boolean') return t('json.boolean');
  return t('json.object');
}

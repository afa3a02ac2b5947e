/**
 * A report written as results come (`smpolicy audit`): the audit never holds every result of
 * a large export, so a writer turns each into text at once and says its closing text last.
 */
import type { FileResult, RuleInfo } from '../../model/index.js';
import type { Summary } from '../summary.js';
import { translate, type Lang } from '../../i18n/index.js';

export interface ReportContext {
  rules: Map<string, RuleInfo>;
  version: string;
  color: boolean;
  cwd: string;
  /** The language of the report's own words (stylish); default English. */
  lang?: Lang;
}

export interface ReportWriter {
  start(): string;
  result(r: FileResult): string;
  end(summary: Summary, unchecked: number): string;
}

/** Where a result came from, for a reader: the file, and for a post of an export its row and post. */
export function resultLabel(r: FileResult, lang: Lang = 'en'): string {
  if (!r.post) return r.file;
  const parts = [r.row ? translate(lang, 'label.row', { row: r.row }) : '', r.post.account ?? '', r.post.date ? r.post.date.slice(0, 10) : '', r.post.id ? translate(lang, 'label.post', { id: r.post.id }) : ''].filter(Boolean);
  return `${r.file} (${parts.join(', ')})`;
}

/**
 * `audit --report csv`: one row per finding (RFC 4180: quoted where needed, CRLF line ends),
 * with the post it is in for a post of an export. Message and excerpt are already masked.
 * A cell that a spreadsheet would run as a formula ('=', '+', '-', '@' first) is prefixed
 * with an apostrophe, so a post cannot plant a formula in the council's spreadsheet.
 */
import type { FileResult, Finding } from '../../model/index.js';
import type { ReportWriter } from './writer.js';

const COLUMNS = ['file', 'row', 'post_id', 'account', 'date', 'url', 'line', 'column', 'rule', 'severity', 'category', 'message', 'excerpt', 'policy_ref', 'policy_title'];

export function csvCell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: Array<string | number | undefined>) => `${cells.map(csvCell).join(',')}\r\n`;

export function csvWriter(): ReportWriter {
  return {
    start: () => line(COLUMNS),
    result: (r: FileResult) =>
      r.findings
        .map((f: Finding) => line([r.file, r.row, r.post?.id, r.post?.account, r.post?.date, r.post?.url, f.line, f.column, f.ruleId, f.severity, f.category, f.message, f.excerpt, f.policy.ref, f.policy.title]))
        .join(''),
    end: () => '',
  };
}

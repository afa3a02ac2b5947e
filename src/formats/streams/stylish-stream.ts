/** `audit --report stylish`: the human format, a block per document with findings as it comes, then the summary. */
import { Chalk } from 'chalk';
import { displayPath } from '../paths.js';
import { renderFile, summaryText } from '../stylish.js';
import { resultLabel, type ReportContext, type ReportWriter } from './writer.js';

export function stylishWriter(ctx: ReportContext): ReportWriter {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  return {
    start: () => '',
    result: (r) => (r.findings.length ? `${renderFile(chalk, r.post ? resultLabel(r) : displayPath(r.file, ctx.cwd), r.findings)}\n\n` : ''),
    end: (summary, unchecked) => `${summaryText(chalk, summary, unchecked, 'document')}\n`,
  };
}

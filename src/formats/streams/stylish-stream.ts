/** `audit --report stylish`: the human format, a block per document with findings as it comes, then the summary. */
import { Chalk } from 'chalk';
import type { Finding } from '../../model/index.js';
import { displayPath } from '../paths.js';
import { explainHint, remediationOf, renderFile, summaryText } from '../stylish.js';
import { resultLabel, type ReportContext, type ReportWriter } from './writer.js';

export function stylishWriter(ctx: ReportContext): ReportWriter {
  const chalk = new Chalk({ level: ctx.color ? 1 : 0 });
  const help = remediationOf(ctx.rules);
  let firstRule: Finding | undefined;
  const lang = ctx.lang ?? 'en';
  return {
    start: () => '',
    result(r) {
      firstRule ??= r.findings.find((f) => !f.ruleId.startsWith('smpolicy/'));
      return r.findings.length ? `${renderFile(chalk, r.post ? resultLabel(r, lang) : displayPath(r.file, ctx.cwd), r.findings, { help, lang })}\n\n` : '';
    },
    end: (summary, unchecked) => `${summaryText(chalk, summary, unchecked, 'document', lang)}\n${firstRule ? explainHint(chalk, [firstRule], lang) : ''}`,
  };
}

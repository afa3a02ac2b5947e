import type { Command } from 'commander';
import { UserError, type Channel, type FileResult } from '../model/index.js';
import { AuditAggregator } from '../formats/audit-aggregate.js';
import { loadReportWriter, STREAM_REPORTS, type ReportWriter, type StreamReport } from '../formats/streams/report-writer.js';
import { expandAuditInputs, type ReadMeter } from '../workspace/audit-inputs.js';
import { runAudit } from '../workspace/audit-run.js';
import { defaultJobs } from '../workspace/pool.js';
import { setup, type CommonOptions } from '../workspace/setup.js';
import { addCommonOptions, CHANNELS } from './check.js';
import { EXIT, isValidDate, today, type Io } from './io.js';
import { printErrors, useColor } from './output.js';
import { openReportFile, type ReportSink } from './output-file.js';
import { startProgress } from './progress.js';
import { didYouMean } from '../support/nearest.js';
import { count, language, t } from '../i18n/index.js';
import { VERSION } from './version.js';

export const AUDIT_REPORTS = ['stylish', 'html', 'json', 'csv', 'sarif'] as const;

/** Problems printed one per line before the rest are counted: a broken export must not bury the report. */
export const ERRORS_SHOWN = 50;

export interface AuditOptions extends CommonOptions {
  report: string;
  out?: string;
  date?: string;
  channel?: string;
  maxWarnings?: string;
  quiet?: boolean;
  jobs?: string;
  redact: boolean;
  color: boolean;
  lang?: string;
  textColumn?: string;
  dateColumn?: string;
  accountColumn?: string;
  idColumn?: string;
  urlColumn?: string;
}

function validate(o: AuditOptions, io: Io): UserError[] {
  const errors: UserError[] = [];
  if (!(AUDIT_REPORTS as readonly string[]).includes(o.report)) errors.push(new UserError(t('opt.oneOf', { flag: '--report', value: o.report, list: AUDIT_REPORTS.join(', '), hint: didYouMean(o.report, AUDIT_REPORTS) })));
  if (o.date !== undefined && !isValidDate(o.date)) errors.push(new UserError(t('opt.date', { flag: '--date', value: o.date })));
  if (o.channel !== undefined && !CHANNELS.includes(o.channel)) errors.push(new UserError(t('opt.oneOf', { flag: '--channel', value: o.channel, list: CHANNELS.join(', '), hint: didYouMean(o.channel, CHANNELS) })));
  if (o.jobs !== undefined && !/^[1-9]\d*$/.test(o.jobs)) errors.push(new UserError(t('opt.jobs', { value: o.jobs })));
  if (o.maxWarnings !== undefined && !/^\d+$/.test(o.maxWarnings)) errors.push(new UserError(t('opt.maxWarnings', { value: o.maxWarnings })));
  if (o.out === '') errors.push(new UserError(t('opt.emptyFile', { flag: '--out' })));
  for (const [flag, value] of [['--text-column', o.textColumn], ['--date-column', o.dateColumn], ['--account-column', o.accountColumn], ['--id-column', o.idColumn], ['--url-column', o.urlColumn]] as const) {
    if (value !== undefined && !value.trim()) errors.push(new UserError(t('opt.column', { flag })));
  }
  if (o.report === 'html' && o.out === undefined && io.stdout.isTTY) errors.push(new UserError(t('opt.htmlOut')));
  return errors;
}

/** Where the report goes: --out (atomically, as it is made) or standard output. */
async function openSink(io: Io, out: string | undefined, inputs: string[]): Promise<ReportSink> {
  if (out !== undefined) return openReportFile(io.cwd, out, inputs);
  return { write: async (text) => void (text && io.stdout.write(text)), finish: async () => undefined, abort: async () => undefined };
}

/**
 * `smpolicy audit`: every post of the exports, drafts and account files given, judged as of
 * its own date, streamed into the report; exit codes as `check`.
 */
export async function audit(paths: string[], o: AuditOptions, io: Io): Promise<number> {
  // Every problem of the options and the configuration in one run, not only the first kind found.
  const optionErrors = validate(o, io);
  const { setup: s, errors: setupErrors } = await setup(io.cwd, o, language());
  if (optionErrors.length || !s) {
    await printErrors(io, [...optionErrors, ...setupErrors], { redact: o.redact });
    return EXIT.failure;
  }
  const exportOptions = { textColumn: o.textColumn, dateColumn: o.dateColumn, accountColumn: o.accountColumn, idColumn: o.idColumn, urlColumn: o.urlColumn };
  const meter: ReadMeter = { read: 0 };
  const inputs = paths.length ? paths : ['.'];
  const { items, errors } = await expandAuditInputs(inputs, io.cwd, s.configDir, s.config.ignore, exportOptions, meter);
  const targetSize = new Map(items.flatMap((i) => ('target' in i ? [[i.target.shown, i.size] as const] : [])));
  const total = items.reduce((n, i) => n + i.size, 0);
  let targetsDone = 0;

  const date = o.date ?? today();
  const color = useColor(io, o.color, o.out !== undefined) && o.report === 'stylish';
  const aggregate = new AuditAggregator();
  const writer: ReportWriter | undefined = o.report === 'html' ? undefined : await loadReportWriter(o.report as StreamReport, { rules: s.ruleSet.known, version: VERSION, color, cwd: io.cwd, lang: language() });
  const readFiles = [...s.files, ...items.map((i) => ('target' in i ? i.target.path : i.export.shown))];
  let sink: ReportSink;
  try {
    sink = await openSink(io, o.out, readFiles);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    await printErrors(io, [...errors, e], { redact: o.redact });
    return EXIT.failure;
  }

  const progress = startProgress(io, Boolean(o.quiet));
  let moreErrors = 0;
  const problems: UserError[] = [];
  const report = async (e: UserError) => {
    problems.push(e);
    if (problems.length > ERRORS_SHOWN) return void moreErrors++;
    progress.stop();
    await printErrors(io, [e], { redact: o.redact });
  };
  for (const e of errors) await report(e);

  let failed = false;
  try {
    if (writer) await sink.write(writer.start());
    await runAudit(items, s, { cwd: io.cwd, date, channel: o.channel as Channel | undefined, redact: o.redact, jobs: o.jobs === undefined ? defaultJobs() : Number(o.jobs), options: { config: o.config, policy: o.policy, rule: o.rule }, exports: exportOptions }, {
      async result(r: FileResult) {
        const shown = o.quiet ? { ...r, findings: r.findings.filter((f) => f.severity === 'error') } : r;
        aggregate.add(shown);
        if (writer) await sink.write(writer.result(shown));
        if (!r.post) targetsDone += targetSize.get(r.file) ?? 0;
        progress.update(meter.read + targetsDone, total, aggregate.summary().files);
      },
      error: report,
    });
    progress.stop();
    for (let i = 0; i < problems.length; i++) aggregate.failed();
    if (writer) await sink.write(writer.end(aggregate.summary(), problems.length));
    else {
      const { renderHtmlReport } = await import('../formats/html.js');
      const lang = language();
      await sink.write(renderHtmlReport(aggregate.build({ generatedAt: new Date().toISOString(), date, inputs, rules: s.ruleSet.known }), { lang, version: VERSION }));
    }
    await sink.finish();
  } catch (e) {
    failed = true;
    progress.stop();
    await sink.abort();
    if (!(e instanceof UserError)) throw e;
    await printErrors(io, [e], { redact: o.redact });
  }
  if (moreErrors) io.stderr.write(`${t('audit.moreErrors', { more: count('moreProblem', moreErrors), all: problems.length })}\n`);
  if (failed || problems.length) return EXIT.failure;
  const s2 = aggregate.summary();
  const tooManyWarnings = o.maxWarnings !== undefined && s2.warnings > Number(o.maxWarnings);
  if (tooManyWarnings) io.stderr.write(`${t('check.tooManyWarnings', { warnings: count('warning', s2.warnings), max: o.maxWarnings! })}\n`);
  return s2.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

export function registerAudit(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = program
    .command('audit')
    .description('audit everything the accounts published: platform exports, folders of drafts and account files')
    .argument('[inputs...]', 'exports (Sprout Social CSV, X archive, Facebook JSON, any CSV with --text-column), folders or globs (default: the current folder)');
  addCommonOptions(cmd);
  cmd
    .option('--report <name>', `report: ${AUDIT_REPORTS.join('|')}`, 'stylish')
    .option('--out <file>', 'write the report to a file (atomically) instead of stdout')
    .option('--text-column <name>', "a CSV's column holding the post text (any CSV that is not a Sprout Social export)")
    .option('--date-column <name>', 'the column holding each post’s publication date')
    .option('--account-column <name>', 'the column naming the account that posted')
    .option('--id-column <name>', 'the column holding each post’s id')
    .option('--url-column <name>', 'the column holding each post’s link')
    .option('--date <YYYY-MM-DD>', 'the day to judge drafts and undated posts against (default: today; dated posts are judged as of their own date)')
    .option('--channel <name>', `channel: ${CHANNELS.join('|')} (default: from each export or front matter)`)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only, and no progress bar')
    .option('--jobs <n>', 'worker threads (default: the number of cores)')
    .option('--no-redact', 'show personal data unmasked (default: masked)')
    .option('--no-color', 'no colour (also NO_COLOR, or when output is not a terminal)');
  cmd.action(async (paths: string[], o: AuditOptions) => done(await audit(paths, o, io)));
}

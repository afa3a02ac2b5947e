import { resolve } from 'node:path';
import type { Command } from 'commander';
import { printable, UserError, type Channel, type FileResult, type RuleInfo } from '../model/index.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../formats/index.js';
import { defaultJobs, lintMany } from '../workspace/pool.js';
import { setup, type CommonOptions, type Setup } from '../workspace/setup.js';
import { groupByConfig } from '../workspace/config-groups.js';
import { changedFiles } from '../workspace/git-changed.js';
import { expandTargets, type Target } from '../workspace/targets.js';
import { filterByBaseline, validateBaselineOptions, writeBaselineFile } from './check-baseline.js';
import { runFixes } from './fix.js';
import { EXIT, isValidDate, today, type Io } from './io.js';
import { emit, printErrors, useColor } from './output.js';
import { didYouMean } from '../support/nearest.js';
import { count, language, t } from '../i18n/index.js';
import { VERSION } from './version.js';

export const CHANNELS = ['twitter', 'x', 'facebook', 'instagram', 'linkedin', 'threads', 'bluesky', 'other'];

export interface CheckOptions extends CommonOptions {
  format: string;
  output?: string;
  date?: string;
  channel?: string;
  maxWarnings?: string;
  quiet?: boolean;
  jobs?: string;
  redact: boolean;
  color: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  fixPersonalData?: boolean;
  fixImages?: boolean;
  discardOriginals?: boolean;
  changed?: string | true;
  baseline?: string;
  writeBaseline?: string;
  reportStale?: boolean;
}

export function validateRunOptions(o: CheckOptions): UserError[] {
  const errors: UserError[] = [];
  if (!isFormatName(o.format)) errors.push(new UserError(t('opt.oneOf', { flag: '--format', value: o.format, list: FORMAT_NAMES.join(', '), hint: didYouMean(o.format, FORMAT_NAMES) })));
  if (o.date !== undefined && !isValidDate(o.date)) errors.push(new UserError(t('opt.date', { flag: '--date', value: o.date })));
  if (o.channel !== undefined && !CHANNELS.includes(o.channel)) errors.push(new UserError(t('opt.oneOf', { flag: '--channel', value: o.channel, list: CHANNELS.join(', '), hint: didYouMean(o.channel, CHANNELS) })));
  if (o.jobs !== undefined && !/^[1-9]\d*$/.test(o.jobs)) errors.push(new UserError(t('opt.jobs', { value: o.jobs })));
  if (o.output === '') errors.push(new UserError(t('opt.emptyFile', { flag: '--output' })));
  if (o.maxWarnings !== undefined && !/^\d+$/.test(o.maxWarnings)) errors.push(new UserError(t('opt.maxWarnings', { value: o.maxWarnings })));
  if (o.fix && o.fixDryRun) errors.push(new UserError(t('opt.fixBoth')));
  for (const [given, flag] of [[o.fixPersonalData, '--fix-personal-data'], [o.fixImages, '--fix-images']] as const) {
    if (given && !o.fix && !o.fixDryRun) errors.push(new UserError(t('opt.goesWithFix', { flag })));
  }
  if (o.discardOriginals && !o.fixImages) errors.push(new UserError(t('opt.discardOriginals')));
  return errors;
}

/** `smpolicy check`: lints drafts and account files; exit 0, 1 or 2 by the contract. */
export async function check(paths: string[], o: CheckOptions, io: Io): Promise<number> {
  // Every problem of the options and the configuration in one run, not only the first kind found.
  const optionErrors = [...validateRunOptions(o), ...validateBaselineOptions(o)];
  const { setup: s, errors: setupErrors } = await setup(io.cwd, o, language());
  if (optionErrors.length || !s) {
    await printErrors(io, [...optionErrors, ...setupErrors], { redact: o.redact });
    return EXIT.failure;
  }
  const expanded = await expandTargets(paths.length ? paths : ['.'], io.cwd, s.configDir, s.config.ignore);
  const errors = expanded.errors;
  let targets = expanded.targets;
  if (o.changed !== undefined) {
    try {
      const changed = await changedFiles(io.cwd, o.changed === true ? 'HEAD' : o.changed);
      targets = targets.filter((t) => t.stdin || changed.has(t.path));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      await printErrors(io, [e]);
      return EXIT.failure;
    }
  }
  const run = await lintGroups(targets, s, o, io);
  let results = run.results;
  errors.push(...run.errors);
  if (o.writeBaseline !== undefined) {
    try {
      const n = await writeBaselineFile(io, o.writeBaseline, results, [...run.read, ...run.files]);
      io.stderr.write(`${t('check.baselineWritten', { findings: count('finding', n), file: o.writeBaseline })}\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e);
    }
    await printErrors(io, errors, { redact: o.redact });
    return errors.length ? EXIT.failure : EXIT.ok;
  }
  let stale: string[] = [];
  if (o.baseline !== undefined) {
    try {
      const filtered = await filterByBaseline(io, { ...o, baseline: o.baseline }, results);
      results = filtered.results;
      stale = filtered.stale;
      if (filtered.accepted) io.stderr.write(`${t('check.baselineAccepted', { findings: count('finding', filtered.accepted), file: o.baseline })}\n`);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      await printErrors(io, [e]);
      return EXIT.failure;
    }
  }
  const counts = { errors: 0, warnings: 0 };
  for (const r of results) for (const f of r.findings) if (f.severity === 'error') counts.errors++; else if (f.severity === 'warning') counts.warnings++;
  const shown = o.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const formatter = await loadFormatter(o.format as (typeof FORMAT_NAMES)[number]);
  const report = formatter({ results: shown, rules: run.rules, version: VERSION, color: useColor(io, o.color, Boolean(o.output)), cwd: io.cwd, unchecked: errors.length, lang: language(), width: o.output || !io.stdout.isTTY ? undefined : io.stdout.columns });
  try {
    await emit(io, report, o.output, [...run.read, ...run.files]);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    errors.push(e);
  }
  for (const line of stale) io.stderr.write(`${printable(line)}\n`);
  await printErrors(io, errors, { redact: o.redact });
  if (errors.length) return EXIT.failure;
  const tooManyWarnings = o.maxWarnings !== undefined && counts.warnings > Number(o.maxWarnings);
  if (tooManyWarnings) io.stderr.write(`${t('check.tooManyWarnings', { warnings: count('warning', counts.warnings), max: o.maxWarnings! })}\n`);
  return counts.errors > 0 || tooManyWarnings || stale.length ? EXIT.findings : EXIT.ok;
}

interface GroupRun {
  results: FileResult[];
  errors: UserError[];
  read: string[];
  files: string[];
  rules: Map<string, RuleInfo>;
}

/**
 * Lints the targets, each with its own configuration (the nearest .smpolicy.yaml upward from
 * its folder, unless --config names one), fixing first with --fix or --fix-dry-run. Results
 * come back in the targets' order.
 */
async function lintGroups(targets: Target[], first: Setup, o: CheckOptions, io: Io): Promise<GroupRun> {
  const groups = o.config !== undefined ? [{ config: first.configPath, targets }] : await groupByConfig(targets, io.cwd);
  const out: GroupRun = { results: [], errors: [], read: [], files: [...first.files], rules: new Map(first.ruleSet.known) };
  const date = o.date ?? today();
  const channel = o.channel as Channel | undefined;
  const imagesDone = new Set<string>();
  for (const group of groups) {
    let s = first;
    if (group.config !== first.configPath) {
      const other = await setup(io.cwd, { ...o, config: group.config ?? undefined }, language());
      if (!other.setup) {
        out.errors.push(...other.errors);
        continue;
      }
      s = other.setup;
      out.files.push(...s.files);
      for (const [id, info] of s.ruleSet.known) if (!out.rules.has(id)) out.rules.set(id, info);
    }
    let mine = group.targets;
    if (o.fix || o.fixDryRun) {
      const protect = new Set([...s.files, ...[o.output, o.baseline].filter((p) => p !== undefined).map((p) => resolve(io.cwd, p))]);
      const images = o.fixImages ? { keepOriginal: !o.discardOriginals, done: imagesDone } : undefined;
      const fixed = await runFixes(mine, s, { cwd: io.cwd, date, channel, write: Boolean(o.fix), diffTo: o.format === 'stylish' && !o.output ? 'stdout' : 'stderr', personalData: o.fixPersonalData, images, protect, redact: o.redact }, io);
      out.errors.push(...fixed.errors);
      mine = fixed.targets.filter((t) => !fixed.errors.some((e) => e.file === t.shown));
    }
    const jobs = o.fixDryRun ? 1 : o.jobs === undefined ? defaultJobs() : Number(o.jobs);
    const run = await lintMany(mine, s, { cwd: io.cwd, date, channel, redact: o.redact, readStdin: io.readStdin, options: { config: group.config, policy: o.policy, rule: o.rule }, jobs });
    out.results.push(...run.results);
    out.errors.push(...run.errors);
    out.read.push(...run.read);
  }
  if (groups.length > 1) {
    const order = new Map(targets.map((t, i) => [t.shown, i]));
    out.results.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  }
  return out;
}

export function registerCheck(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = program
    .command('check')
    .description("lint drafts and account files; '-' reads a draft from stdin")
    .argument('[paths...]', 'files, folders or globs (default: the current folder)');
  addRunOptions(cmd);
  cmd
    .option('--fix', 'apply the safe fixes to the files (written atomically), then report what is left')
    .option('--fix-dry-run', 'print a diff of what --fix would change; change nothing')
    .option('--fix-personal-data', 'with --fix: also replace personal data with "[removed]" ("[wedi\'i dynnu]" in Welsh)')
    .option('--fix-images', 'with --fix: also remove the location from attached JPEG images, keeping each original as NAME.orig.jpg')
    .option('--discard-originals', 'with --fix-images: do not keep the original images')
    .option('--changed [ref]', 'check only files changed against REF (default HEAD), staged or untracked, by git')
    .option('--baseline <file>', 'report only findings not accepted in this baseline file')
    .option('--write-baseline <file>', 'accept every current finding: write them to a baseline file, and exit 0')
    .option('--report-stale', 'with --baseline: report entries that match nothing any more (exit 1)');
  cmd.action(async (paths: string[], o: CheckOptions) => done(await check(paths, o, io)));
}

export function addRunOptions(cmd: Command): void {
  addCommonOptions(cmd);
  cmd
    .option('--format <name>', `output format: ${FORMAT_NAMES.join('|')}`, 'stylish')
    .option('--output <file>', 'write the report to a file instead of stdout')
    .option('--date <YYYY-MM-DD>', 'the day date-based rules evaluate against (default: today)')
    .option('--channel <name>', `channel: ${CHANNELS.join('|')} (default: from front matter)`)
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--jobs <n>', 'worker threads for many files (default: the number of cores)')
    .option('--no-redact', 'show personal data unmasked (default: masked)')
    .option('--no-color', 'no colour (also NO_COLOR, or when output is not a terminal)');
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addCommonOptions(cmd: Command): void {
  cmd
    .option('--config <file>', 'configuration file (default: the nearest .smpolicy.yaml upward from each file, then from here)')
    .option('--policy <path>', 'extra rule pack file or folder (repeatable)', collect)
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', collect);
}

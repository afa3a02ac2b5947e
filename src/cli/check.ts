import type { Command } from 'commander';
import { lintDocument } from '../engine/lint.js';
import type { Channel, FileResult, RunContext } from '../engine/types.js';
import { UserError } from '../inputs/errors.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../formats/index.js';
import { loadDocument } from './documents.js';
import { expandTargets } from './files.js';
import { EXIT, isValidDate, today, type Io } from './io.js';
import { emit, printErrors, useColor } from './output.js';
import { setup, type CommonOptions } from './setup.js';
import { VERSION } from './version.js';

export const CHANNELS = ['twitter', 'x', 'facebook', 'instagram', 'linkedin', 'threads', 'bluesky', 'other'];

export interface CheckOptions extends CommonOptions {
  format: string;
  output?: string;
  date?: string;
  channel?: string;
  maxWarnings?: string;
  quiet?: boolean;
  redact: boolean;
  color: boolean;
}

export function validateRunOptions(o: CheckOptions): UserError[] {
  const errors: UserError[] = [];
  if (!isFormatName(o.format)) errors.push(new UserError(`--format '${o.format}': expected one of ${FORMAT_NAMES.join(', ')}`));
  if (o.date !== undefined && !isValidDate(o.date)) errors.push(new UserError(`--date '${o.date}': expected a real date as YYYY-MM-DD`));
  if (o.channel !== undefined && !CHANNELS.includes(o.channel)) errors.push(new UserError(`--channel '${o.channel}': expected one of ${CHANNELS.join(', ')}`));
  if (o.maxWarnings !== undefined && !/^\d+$/.test(o.maxWarnings)) errors.push(new UserError(`--max-warnings '${o.maxWarnings}': expected a whole number such as 0 or 10`));
  return errors;
}

/** `smpolicy check`: lints drafts and account files; exit 0, 1 or 2 by the contract. */
export async function check(paths: string[], o: CheckOptions, io: Io): Promise<number> {
  const optionErrors = validateRunOptions(o);
  if (optionErrors.length) {
    printErrors(io, optionErrors);
    return EXIT.failure;
  }
  const { setup: s, errors: setupErrors } = await setup(io, o);
  if (!s) {
    printErrors(io, setupErrors);
    return EXIT.failure;
  }
  const { targets, errors } = await expandTargets(paths.length ? paths : ['.'], io.cwd, s.configDir, s.config.ignore);
  const ctx: RunContext = {
    date: o.date ?? today(),
    channel: o.channel as Channel | undefined,
    organisation: s.config.organisation,
    welsh: s.config.welsh,
    elections: s.config.elections,
  };
  const results: FileResult[] = [];
  for (const target of targets) {
    const loaded = await loadDocument(target, io);
    if (!loaded.doc) {
      errors.push(...loaded.errors);
      continue;
    }
    try {
      const findings = await lintDocument(loaded.doc, s.ruleSet, ctx, { redact: o.redact, frontMatterKeyAt: loaded.smpolicyKeyAt });
      results.push({ file: target.shown, kind: loaded.doc.kind, findings });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e.file ? e : new UserError(e.message, target.shown));
    }
  }
  const counts = { errors: 0, warnings: 0 };
  for (const r of results) for (const f of r.findings) if (f.severity === 'error') counts.errors++; else if (f.severity === 'warning') counts.warnings++;
  const shown = o.quiet ? results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : results;
  const formatter = await loadFormatter(o.format as (typeof FORMAT_NAMES)[number]);
  const report = formatter({ results: shown, rules: s.ruleSet.known, version: VERSION, color: useColor(io, o.color, Boolean(o.output)), cwd: io.cwd });
  try {
    await emit(io, report, o.output);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    errors.push(e);
  }
  printErrors(io, errors);
  if (errors.length) return EXIT.failure;
  const tooManyWarnings = o.maxWarnings !== undefined && counts.warnings > Number(o.maxWarnings);
  if (tooManyWarnings) io.stderr.write(`smpolicy: ${counts.warnings} warnings, more than --max-warnings ${o.maxWarnings}\n`);
  return counts.errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

export function registerCheck(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = program
    .command('check')
    .description("lint drafts and account files; '-' reads a draft from stdin")
    .argument('[paths...]', 'files, folders or globs (default: the current folder)');
  addRunOptions(cmd);
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
    .option('--no-redact', 'show personal data unmasked (default: masked)')
    .option('--no-color', 'no colour (also NO_COLOR, or when output is not a terminal)');
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function addCommonOptions(cmd: Command): void {
  cmd
    .option('--config <file>', 'configuration file (default: nearest .smpolicy.yaml upward)')
    .option('--policy <path>', 'extra rule pack file or folder (repeatable)', collect)
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', collect);
}

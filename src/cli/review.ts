import type { Command } from 'commander';
import { resolve } from 'node:path';
import { decodeText } from '../inputs/decode.js';
import { findFrontMatter } from '../inputs/front-matter.js';
import { DRAFT_EXT } from '../inputs/draft.js';
import { printable, UserError, type Channel } from '../model/index.js';
import { encodeText, writeFileAtomically } from '../workspace/fix-run.js';
import { display } from '../workspace/paths.js';
import { readRegularFile } from '../workspace/read-file.js';
import { applyEdit, lineAt, lineEdit, shiftRange, suppressFileEdit, suppressLineEdit, type Edit } from '../workspace/review-edits.js';
import { lintReviewText, secretsOf, sensitiveSpans, type ReviewItem } from '../workspace/review-lint.js';
import { setup, type Setup } from '../workspace/setup.js';
import type { Target } from '../workspace/targets.js';
import { addCommonOptions, CHANNELS } from './check.js';
import { EXIT, isValidDate, today, type Io } from './io.js';
import { printErrors } from './output.js';
import { count, language, t } from '../i18n/index.js';
import { writeProblem } from './write-problem.js';
import { maskLine, showFinding, unmaskEdit } from './review-view.js';
import { canPrompt, openPrompter, PromptsStopped, type Choice, type Prompter } from './terminal.js';
import type { CommonOptions } from '../workspace/setup.js';

/** Everything `review` says, in the run's language (src/i18n); what it shows of a finding is in review-view.ts. */
const SAY = {
  description: 'interactive: walk the findings of one draft, fix or suppress each',
  file: 'the draft to review (.txt, .md, .markdown)',
  date: 'the day date-based rules evaluate against (default: today)',
  channel: `channel: ${CHANNELS.join('|')} (default: from front matter)`,
  noRedact: 'show personal data unmasked (default: masked)',
  noTerminal: () => `${t('review.noTerminal')}\n`,
  badDate: (d: string) => t('opt.date', { flag: '--date', value: d }),
  badChannel: (c: string) => t('opt.oneOf', { flag: '--channel', value: c, list: CHANNELS.join(', '), hint: '' }),
  stdin: () => t('review.stdin'),
  notDraft: () => t('review.notDraft'),
  utf16: () => t('review.utf16'),
  clean: (f: string) => `${t('review.clean', { file: f })}\n`,
  action: () => t('review.action'),
  fix: () => t('review.fix'),
  suppress: () => t('review.suppress'),
  suppressHow: (rule: string) => t('review.suppressHow', { rule }),
  suppressFile: () => t('review.suppressFile'),
  suppressFileHow: (rule: string) => t('review.suppressFileHow', { rule }),
  edit: (line: number) => t('review.edit', { line }),
  skip: () => t('review.skip'),
  quit: () => t('review.quit'),
  reason: () => t('review.reason'),
  reasonRequired: () => t('review.reasonRequired'),
  reasonComment: () => t('review.reasonComment'),
  editLine: (line: number, masked: boolean) => t(masked ? 'review.editLineMasked' : 'review.editLine', { line }),
  unchanged: () => `${t('review.unchanged')}\n`,
  refused: (why: string) => `${t('review.refused', { why })}\n`,
  cannotSuppress: (why: string) => `${t('review.cannotSuppress', { why })}\n`,
  quitted: (f: string) => `${t('review.quitted', { file: f })}\n`,
  stopped: (f: string) => `${t('review.stopped', { file: f })}\n`,
  cannotWrite: (why: string) => t('review.cannotWrite', { why }),
  nothingChanged: (f: string) => `${t('review.nothingChanged', { file: f })}\n`,
  written: (f: string) => `${t('review.written', { file: f })}\n`,
  tally: (f: string, k: Tally, left: { errors: number; warnings: number; infos: number }) => {
    const total = left.errors + left.warnings + left.infos;
    const rest = total ? t('review.left', { problems: count('problem', total), errors: count('error', left.errors), warnings: count('warning', left.warnings), infos: count('info', left.infos) }) : t('review.noneLeft');
    return `${t('review.tally', { file: f, fixed: k.fix, suppressed: k.suppress, edited: k.edit, skipped: k.skip, left: rest })}\n`;
  },
} as const;

type Action = 'fix' | 'suppress' | 'suppress-file' | 'edit' | 'skip' | 'quit';
type Tally = Record<'fix' | 'suppress' | 'edit' | 'skip', number>;

export interface ReviewOptions extends CommonOptions {
  date?: string;
  channel?: string;
  redact: boolean;
}

/** Where a finding was, tracked through later edits. */
interface Place {
  ruleId: string;
  start: number;
  end: number;
}

const samePlace = (a: Place, b: ReviewItem) => a.ruleId === b.finding.ruleId && a.start === b.start && a.end === b.end;

/** One review of one draft: its text as changed so far, the findings still to show, and what was done. */
class Session {
  text: string;
  items: ReviewItem[];
  queue: ReviewItem[];
  skipped: Place[] = [];
  secrets = new Set<string>();
  tally: Tally = { fix: 0, suppress: 0, edit: 0, skip: 0 };
  shown = 0;

  constructor(
    readonly original: string,
    items: ReviewItem[],
    private readonly lint: (text: string) => Promise<{ items: ReviewItem[]; errors: UserError[] }>,
  ) {
    this.text = original;
    this.items = items;
    this.queue = [...items];
    this.remember(original, items);
  }

  private remember(text: string, items: ReviewItem[]) {
    for (const s of secretsOf(text, items)) this.secrets.add(s);
  }

  /**
   * Makes a change and checks the text again. The findings still to show are taken from the new
   * run at their moved places (one the change touched is gone, or shown again if still there);
   * a new finding where the text changed is shown next. Undefined when the change is made; else
   * why the draft could not be read after it (the change is then not made).
   */
  async change(edit: Edit): Promise<string | undefined> {
    const text = applyEdit(this.text, edit);
    const run = await this.lint(text);
    if (run.errors.length) return run.errors[0].message;
    const moved = (p: Place): Place | undefined => {
      const r = shiftRange(p.start, p.end, edit);
      return r && { ruleId: p.ruleId, start: r[0], end: r[1] };
    };
    const pending = this.queue.map((it) => moved({ ruleId: it.finding.ruleId, start: it.start, end: it.end })).filter((p) => p !== undefined);
    this.skipped = this.skipped.map(moved).filter((p) => p !== undefined);
    const from = edit.start;
    const to = edit.start + edit.text.length;
    const touched = (it: ReviewItem) => (from === to ? it.start <= from && it.end >= from : it.start < to && it.end > from);
    this.queue = run.items.filter((it) => pending.some((p) => samePlace(p, it)) || (touched(it) && !this.skipped.some((p) => samePlace(p, it))));
    this.text = text;
    this.items = run.items;
    this.remember(text, run.items);
    return undefined;
  }
}

function optionErrors(o: ReviewOptions): UserError[] {
  const errors: UserError[] = [];
  if (o.date !== undefined && !isValidDate(o.date)) errors.push(new UserError(SAY.badDate(o.date)));
  if (o.channel !== undefined && !CHANNELS.includes(o.channel)) errors.push(new UserError(SAY.badChannel(o.channel)));
  return errors;
}

/** Reads the draft: its text and whether it starts with a UTF-8 byte order mark, or the one problem. */
async function readDraft(path: string, shown: string): Promise<{ text: string; bom: boolean } | UserError> {
  try {
    const bytes = await readRegularFile(path, shown, { what: 'draft' });
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return new UserError(SAY.utf16(), shown);
    return { text: decodeText(bytes, shown), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

/** `smpolicy review <file>`: shows each finding of one draft and fixes, suppresses or edits it as the user chooses. */
export async function review(file: string, o: ReviewOptions, io: Io): Promise<number> {
  if (!canPrompt(io)) {
    io.stderr.write(SAY.noTerminal());
    return EXIT.failure;
  }
  const fail = async (errors: UserError[]) => {
    await printErrors(io, errors, { redact: o.redact });
    return EXIT.failure;
  };
  const bad = optionErrors(o);
  if (bad.length) return fail(bad);
  if (file === '-') return fail([new UserError(SAY.stdin())]);
  const path = resolve(io.cwd, file);
  const shown = display(io.cwd, path);
  if (!DRAFT_EXT.test(shown)) return fail([new UserError(SAY.notDraft(), shown)]);
  const { setup: s, errors } = await setup(io.cwd, o, language());
  if (!s) return fail(errors);
  const read = await readDraft(path, shown);
  if (read instanceof UserError) return fail([read]);
  const date = o.date ?? today();
  const target: Target = { path, shown };
  const lint = (text: string) => lintReviewText(target, text, read.bom, s, { cwd: io.cwd, date, channel: o.channel as Channel | undefined, redact: o.redact });
  const first = await lint(read.text);
  if (first.errors.length) return fail(first.errors);
  if (!first.items.length) {
    io.stdout.write(SAY.clean(printable(shown)));
    return EXIT.ok;
  }
  const session = new Session(read.text, first.items, lint);
  const p = await openPrompter(io);
  let quit = false;
  try {
    quit = await walk(session, p, s, io, { shown, date, redact: o.redact });
  } catch (e) {
    if (!(e instanceof PromptsStopped)) throw e;
    io.stderr.write(SAY.stopped(printable(shown)));
    return EXIT.failure;
  } finally {
    p.close();
  }
  const name = printable(shown);
  if (quit) {
    io.stderr.write(SAY.quitted(name));
    return first.items.some((it) => it.finding.severity === 'error') ? EXIT.findings : EXIT.ok;
  }
  if (session.text === session.original) io.stdout.write(SAY.nothingChanged(name));
  else {
    const { createTwoFilesPatch } = await import('diff');
    const patch = createTwoFilesPatch(name, name, session.original, session.text, undefined, undefined, { context: 2 }).replace(/^Index: .*\n=+\n/, '');
    io.stdout.write(o.redact ? await maskPatch(patch, (line) => sensitiveSpans(line, undefined, [], session.secrets, s, date)) : patch);
    try {
      await writeFileAtomically(path, encodeText(session.text, read.bom));
    } catch (e) {
      return fail([new UserError(SAY.cannotWrite(writeProblem(e, 'file')), shown)]);
    }
    io.stdout.write(SAY.written(name));
  }
  const left = { errors: 0, warnings: 0, infos: 0 };
  for (const it of session.items) left[it.finding.severity === 'error' ? 'errors' : it.finding.severity === 'warning' ? 'warnings' : 'infos']++;
  io.stdout.write(SAY.tally(name, session.tally, left));
  return left.errors ? EXIT.findings : EXIT.ok;
}

/** Masks the personal data of a diff's lines (not its headers): the patch as shown. */
async function maskPatch(patch: string, spans: (line: string) => Promise<Array<[number, number]>>): Promise<string> {
  const out: string[] = [];
  for (const line of patch.split('\n')) {
    if (/^[ +-]/.test(line) && !/^(?:---|\+\+\+) /.test(line)) out.push(line[0] + maskLine(line.slice(1), await spans(line.slice(1))).text);
    else out.push(line);
  }
  return out.join('\n');
}

/** Shows each finding in turn and does what the user chooses; true when they quit. */
async function walk(session: Session, p: Prompter, s: Setup, io: Io, o: { shown: string; date: string; redact: boolean }): Promise<boolean> {
  const spans = (line: string, lineStart?: number) => (o.redact ? sensitiveSpans(line, lineStart, session.items, session.secrets, s, o.date) : Promise.resolve([]));
  const columns = (io.stderr as { columns?: number }).columns || 80;
  const reason = () => p.input({ message: SAY.reason(), validate: (r) => (!r.trim() ? SAY.reasonRequired() : r.includes('-->') ? SAY.reasonComment() : true) }).then((r) => r.trim().replace(/\s+/g, ' '));
  let again: ReviewItem | undefined;
  while (again || session.queue.length) {
    const item = again ?? session.queue.shift()!;
    if (!again) session.shown++;
    again = undefined;
    const f = item.finding;
    io.stderr.write(await showFinding(item, { file: printable(o.shown), text: session.text, index: session.shown, total: session.shown + session.queue.length, rule: s.ruleSet.known.get(f.ruleId), spans, columns }));
    const inFrontMatter = item.start < (findFrontMatter(session.text)?.bodyStart ?? 0);
    const meta = f.ruleId.startsWith('smpolicy/');
    const choices: Array<Choice<Action>> = [
      ...(item.fix ? [{ value: 'fix' as const, name: SAY.fix() }] : []),
      ...(meta || inFrontMatter ? [] : [{ value: 'suppress' as const, name: SAY.suppress(), description: SAY.suppressHow(f.ruleId) }]),
      ...(meta ? [] : [{ value: 'suppress-file' as const, name: SAY.suppressFile(), description: SAY.suppressFileHow(f.ruleId) }]),
      { value: 'edit', name: SAY.edit(f.line) },
      { value: 'skip', name: SAY.skip() },
      { value: 'quit', name: SAY.quit() },
    ];
    const action = await p.select({ message: SAY.action(), choices });
    if (action === 'quit') return true;
    if (action === 'skip') {
      session.skipped.push({ ruleId: f.ruleId, start: item.start, end: item.end });
      session.tally.skip++;
      continue;
    }
    let edit: Edit | undefined;
    if (action === 'fix') edit = { ...item.fix! };
    else if (action === 'suppress') edit = suppressLineEdit(session.text, item.start, f.ruleId, await reason());
    else if (action === 'suppress-file') {
      const made = await suppressFileEdit(session.text, f.ruleId, await reason());
      if (typeof made === 'string') io.stderr.write(SAY.cannotSuppress(made));
      else edit = made;
    } else {
      const line = lineAt(session.text, item.start);
      const current = session.text.slice(line.start, line.end);
      const shown = maskLine(current, await spans(current, line.start));
      const answer = await p.input({ message: SAY.editLine(f.line, shown.pieces.length > 0), default: shown.text, editable: true });
      if (answer === shown.text) io.stderr.write(SAY.unchanged());
      else edit = lineEdit(session.text, item.start, unmaskEdit(answer, shown.pieces));
    }
    const refused = edit && (await session.change(edit));
    if (!edit || refused) {
      if (refused) io.stderr.write(SAY.refused(printable(refused)));
      again = item;
      continue;
    }
    session.tally[action === 'suppress-file' ? 'suppress' : action]++;
  }
  return false;
}

export function registerReview(program: Command, io: Io, done: (code: number) => void): void {
  const cmd = program.command('review').description(SAY.description).argument('<file>', SAY.file);
  addCommonOptions(cmd);
  cmd
    .option('--date <YYYY-MM-DD>', SAY.date)
    .option('--channel <name>', SAY.channel)
    .option('--no-redact', SAY.noRedact)
    .action(async (file: string, o: ReviewOptions) => done(await review(file, o, io)));
}

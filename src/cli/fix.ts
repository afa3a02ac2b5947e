import { UserError, type Channel, type Finding } from '../model/index.js';
import { runContext } from '../engine/config.js';
import { PERSONAL_DATA_PLACEHOLDER } from '../engine/fix.js';
import { mask } from '../engine/redact.js';
import { plainDocument, privacyScan } from '../workspace/privacy.js';
import { fixImageLocation } from '../workspace/image-location-fix.js';
import { fixTarget, writeFileAtomically, type FixOutcome } from '../workspace/fix-run.js';
import type { Setup } from '../workspace/setup.js';
import type { Target } from '../workspace/targets.js';
import { printable } from '../model/index.js';
import { count, t } from '../i18n/index.js';
import type { Io } from './io.js';

export interface FixRun {
  /** The targets to check afterwards: for a dry run, each changed one with its fixed text in memory. */
  targets: Target[];
  errors: UserError[];
  files: number;
  fixes: number;
}

/** What `check` asks of the fixes. */
export interface FixRunOptions {
  cwd: string;
  date: string;
  channel?: Channel;
  write: boolean;
  diffTo: 'stdout' | 'stderr';
  /** `--fix-personal-data`: also replace personal data with a placeholder. */
  personalData?: boolean;
  /** `--fix-images`: also remove the location from attached JPEG images; `keepOriginal` unless `--discard-originals`. */
  images?: { keepOriginal: boolean; done: Set<string> };
  /** Mask personal data in the dry run's diff (unless --no-redact). */
  redact?: boolean;
  /** Absolute paths the run reads as something other than a draft (configuration, packs, word lists, baseline, report): never fixed. */
  protect?: ReadonlySet<string>;
}

/**
 * `check --fix` and `--fix-dry-run`: every draft's safe fixes, applied in passes until none is
 * left. `--fix` writes each changed file atomically; `--fix-dry-run` prints a unified diff
 * of what would change and writes nothing (on stdout before a stylish report, on stderr when
 * stdout carries a machine format). Either way the report that follows is of the fixed
 * text, so it says what is left to do by hand. Personal data is replaced only with
 * `--fix-personal-data`, and images are touched only with `--fix-images`; without them, one
 * line says what they would do.
 */
export async function runFixes(targets: Target[], s: Setup, o: FixRunOptions, io: Io): Promise<FixRun> {
  const errors: UserError[] = [];
  const out: Target[] = [];
  let files = 0;
  let fixes = 0;
  let images = 0;
  /** Files left as they were for a reason printed (a UTF-16 file). */
  let left = 0;
  let personalLeft = 0;
  let imagesLeft = 0;
  const { createTwoFilesPatch } = await import('diff');
  const unasked = new Set<string>();
  for (const target of targets) {
    if (o.protect?.has(target.path)) {
      io.stderr.write(`${t('fix.protected', { file: printable(target.shown) })}\n`);
      out.push(target);
      continue;
    }
    const r: FixOutcome | UserError = await fixTarget(target, s, o);
    if (r instanceof UserError) {
      errors.push(r);
      out.push(target);
      continue;
    }
    if (!o.personalData) personalLeft += r.findings.filter((f) => f.suggestedFix).length;
    for (const attachment of imageLocations(r.findings)) {
      if (!o.images) {
        // Only counted: what --fix-images would do, found without writing anything.
        if ((await fixImageLocation(target.shown, attachment, { cwd: o.cwd, write: false, keepOriginal: true, done: unasked }))?.fixed) imagesLeft++;
        continue;
      }
      const done = await fixImageLocation(target.shown, attachment, { cwd: o.cwd, write: o.write, keepOriginal: o.images.keepOriginal, done: o.images.done });
      if (!done) continue;
      if (done.fixed) images++;
      io[o.write ? 'stderr' : o.diffTo].write(`${printable(done.message)}\n`);
    }
    if (r.after === r.before) {
      if (r.note && !r.note.startsWith('account')) {
        io.stderr.write(`${printable(target.shown)}: ${r.note}\n`);
        left++;
      }
      out.push(target);
      continue;
    }
    files++;
    fixes += r.applied;
    if (o.write) {
      try {
        await writeFileAtomically(target.path, r.bytes);
      } catch (e) {
        errors.push(new UserError(t('check.cannotWriteFixed', { why: (e as NodeJS.ErrnoException).code ?? (e as Error).message }), target.shown));
      }
      out.push(target);
    } else {
      const name = printable(target.shown);
      const [before, after] = o.redact ? await masked(r, s, o.date) : [r.before, r.after];
      io[o.diffTo].write(createTwoFilesPatch(name, name, before, after, undefined, undefined, { context: 2 }).replace(/^Index: .*\n=+\n/, ''));
      out.push({ ...target, content: r.bytes });
    }
  }
  const imageNote = (key: 'fix.doneImages' | 'fix.wouldImages') => (o.images ? t(key, { images: count('image', images) }) : '');
  if (o.write) {
    // Files left with a reason printed above (UTF-16) are not "nothing had a safe fix".
    const nothing = fixes || images ? '' : left ? t('fix.doneLeft', { files: count('file', left) }) : t('fix.doneNothing');
    io.stderr.write(`${t('fix.done', { problems: count('problem', fixes), files: count('file', files), images: imageNote('fix.doneImages'), nothing })}\n`);
  } else {
    io.stderr.write(`${t(fixes + images === 1 ? 'fix.wouldOne' : 'fix.wouldMany', { fixes: count('fix', fixes), files: count('file', files), images: imageNote('fix.wouldImages') })}\n`);
  }
  if (personalLeft) {
    const key = personalLeft === 1 ? 'fix.personalLeftOne' : 'fix.personalLeftMany';
    io.stderr.write(`${t(key, { findings: count('finding', personalLeft), en: PERSONAL_DATA_PLACEHOLDER.en, cy: PERSONAL_DATA_PLACEHOLDER.cy })}\n`);
  }
  if (imagesLeft) io.stderr.write(`${t(imagesLeft === 1 ? 'fix.imagesLeftOne' : 'fix.imagesLeftMany', { images: count('image', imagesLeft) })}\n`);
  return { targets: out, errors, files, fixes };
}

/**
 * The texts before and after, with their personal data masked alike, for the dry run's diff:
 * what the fix passes met, and what the shipped detectors find in either text.
 */
async function masked(r: FixOutcome, s: Setup, date: string): Promise<[string, string]> {
  const ctx = runContext(s.config, { date });
  const found = new Set(r.secrets);
  for (const text of [r.before, r.after]) for (const [a, b] of await privacyScan.spans(plainDocument(text), ctx, new Set())) found.add(text.slice(a, b));
  const secrets = [...found].filter((t) => t.length > 2).sort((a, b) => b.length - a.length);
  const hide = (text: string) => secrets.reduce((out, secret) => out.split(secret).join(mask(secret)), text);
  return [hide(r.before), hide(r.after)];
}

/** The attachments dp/image-location reports (its match is the attachment's path; findings here are unmasked). */
function imageLocations(findings: Finding[]): string[] {
  return [...new Set(findings.filter((f) => f.ruleId === 'dp/image-location' && f.actual).map((f) => f.actual!))];
}

import { runContext } from '../engine/config.js';
import { lintDocument } from '../engine/lint.js';
import { UserError, type AccountDocument, type Channel, type FileResult, type FrontMatter, type Where } from '../model/index.js';
import { plainDraft } from '../inputs/draft.js';
import { accountSource } from '../inputs/account.js';
import { attachmentReader } from './attachments.js';
import type { SourceResult } from '../inputs/source.js';
import { loadDocument, pairPath } from './documents.js';
import { privacyScan } from './privacy.js';
import { hasWelshText, postLanguages } from '../language/post-languages.js';
import type { Setup } from './setup.js';
import type { Target } from './targets.js';
import { languageAt } from './language-at.js';

const isAccountTarget = (t: Target) => accountSource.accepts(t.shown, '');

/** How many files are read ahead of the one being linted. */
const READ_AHEAD = 16;

export interface LintRunOptions {
  cwd: string;
  date: string;
  channel?: Channel;
  redact: boolean;
  readStdin: () => Promise<Uint8Array>;
}

/**
 * Lints each target in order with the set-up rules: results for the documents that could be
 * read, and one error per input that could not (the others are still checked).
 */
export async function lintTargets(targets: Target[], s: Setup, o: LintRunOptions): Promise<{ results: FileResult[]; errors: UserError[]; read: string[] }> {
  const results: FileResult[] = [];
  const errors: UserError[] = [];
  const read: string[] = [];
  // Files are read a few ahead of the one being linted, so the disk is never what waits.
  const loads: Array<Promise<SourceResult> | undefined> = [];
  const load = (i: number) => (loads[i] ??= loadDocument(targets[i], o.cwd, o.readStdin));
  // Account files are read first: rules judge each against the others (counterparts, handles).
  const accounts: AccountDocument[] = [];
  for (const [i, target] of targets.entries()) {
    if (target.stdin || !isAccountTarget(target)) continue;
    const loaded = await load(i);
    if (loaded.doc?.kind === 'account') accounts.push(loaded.doc);
  }
  const ctx = runContext(s.config, { date: o.date, channel: o.channel, readAttachment: attachmentReader(o.cwd), accounts });
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    for (let k = i; k < Math.min(targets.length, i + READ_AHEAD); k++) void load(k);
    const loaded = await load(i);
    loads[i] = undefined;
    if (!target.stdin) read.push(target.path);
    if (loaded.doc?.kind === 'post' && loaded.doc.pair && !target.stdin) read.push(pairPath(target.path, loaded.doc)!);
    if (!loaded.doc) {
      errors.push(...loaded.errors);
      continue;
    }
    try {
      const findings = await lintDocument(loaded.doc, s.ruleSet, ctx, { redact: o.redact, privacy: privacyScan, languageAt });
      results.push({ file: target.shown, kind: loaded.doc.kind, findings });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e.file ? e : new UserError(e.message, target.shown));
    }
  }
  return { results, errors, read };
}

/** A post of an export, as sent to a worker: its text, where it came from, and its date. */
export interface PlainPost { text: string; where: Where; frontMatter: FrontMatter }

/** Lints posts of exports (each judged as of its own date): one result each, with its post and row. */
export async function lintPosts(posts: PlainPost[], s: Setup, o: Omit<LintRunOptions, 'readStdin'>, accounts: AccountDocument[] = []): Promise<FileResult[]> {
  const ctx = runContext(s.config, { date: o.date, channel: o.channel, accounts });
  const results: FileResult[] = [];
  for (const p of posts) {
    const doc = plainDraft(p.text, p.where, p.frontMatter);
    const findings = await lintDocument(doc, s.ruleSet, ctx, { redact: o.redact, privacy: privacyScan, languageAt });
    const languages = { english: postLanguages(doc).summary.hasEnglish, welsh: hasWelshText(doc) };
    results.push({ file: p.where.file, kind: 'post', ...(p.where.post ? { post: p.where.post } : {}), ...(p.where.row ? { row: p.where.row } : {}), findings, languages });
  }
  return results;
}

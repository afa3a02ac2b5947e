import { runContext } from '../engine/config.js';
import { lintDocument } from '../engine/lint.js';
import { UserError, type Channel, type FileResult } from '../model/index.js';
import { attachmentReader } from './attachments.js';
import { loadDocument, pairPath } from './documents.js';
import { privacyScan } from './privacy.js';
import type { Setup } from './setup.js';
import type { Target } from './targets.js';

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
  const ctx = runContext(s.config, { date: o.date, channel: o.channel, readAttachment: attachmentReader(o.cwd) });
  const results: FileResult[] = [];
  const errors: UserError[] = [];
  const read: string[] = [];
  for (const target of targets) {
    if (!target.stdin) read.push(target.path);
    const loaded = await loadDocument(target, o.cwd, o.readStdin);
    if (loaded.doc?.kind === 'post' && loaded.doc.pair && !target.stdin) read.push(pairPath(target.path, loaded.doc)!);
    if (!loaded.doc) {
      errors.push(...loaded.errors);
      continue;
    }
    try {
      const findings = await lintDocument(loaded.doc, s.ruleSet, ctx, { redact: o.redact, privacy: privacyScan });
      results.push({ file: target.shown, kind: loaded.doc.kind, findings });
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e.file ? e : new UserError(e.message, target.shown));
    }
  }
  return { results, errors, read };
}

import { availableParallelism } from 'node:os';
import type { ExportOptions } from '../inputs/exports/export-source.js';
import { UserError, type AccountDocument, type Channel, type FileResult } from '../model/index.js';
import type { AuditItem } from './audit-inputs.js';
import { PostPairer } from './audit-pairs.js';
import { loadDocument } from './documents.js';
import { startPool } from './pool.js';
import { lintPosts, lintTargets, type PlainPost } from './lint-run.js';
import type { CommonOptions, Setup } from './setup.js';
import type { Target } from './targets.js';
import type { BatchResult, BatchTask } from './worker.js';
import { language } from '../i18n/index.js';

export interface AuditRunOptions {
  cwd: string;
  date: string;
  channel?: Channel;
  redact: boolean;
  jobs: number;
  options: CommonOptions;
  exports: ExportOptions;
}

export interface AuditEvents {
  /** Each document's result, in the order of the inputs (and of the posts in each export). */
  result(r: FileResult): void | Promise<void>;
  error(e: UserError): void | Promise<void>;
}

/** Posts per batch sent to a worker; batches in flight at once (so memory stays flat). */
const POSTS_PER_BATCH = 500;
const TARGETS_PER_BATCH = 50;
const IN_FLIGHT_PER_JOB = 3;

type Unit = { target: Target } | { post: PlainPost };

/**
 * Audits every item: drafts and account files read from disk, posts streamed from exports,
 * linted in batches on `jobs` worker threads (or on this thread for one job), each result
 * handed on in input order as soon as its batch and those before it are done. Account files
 * are linted here, after all of them are read, so the set rules see every account.
 */
export async function runAudit(items: AuditItem[], s: Setup, o: AuditRunOptions, events: AuditEvents): Promise<void> {
  const accounts: AccountDocument[] = [];
  for (const item of items) {
    if (!('target' in item) || !/\.(ya?ml|json)$/i.test(item.target.shown)) continue;
    const loaded = await loadDocument(item.target, o.cwd, async () => new Uint8Array());
    if (loaded.doc?.kind === 'account') accounts.push(loaded.doc);
  }
  const jobs = Math.max(1, Math.min(o.jobs, availableParallelism() * 2));
  const pool = jobs > 1 ? startPool(jobs) : undefined;
  const queue: Array<Promise<BatchResult>> = [];
  const base = { cwd: o.cwd, options: o.options, date: o.date, channel: o.channel, redact: o.redact, lang: language() };

  // Separate English and Welsh posts of an export published together are one message.
  let pairer = new PostPairer();
  const settle = async () => {
    for (const r of pairer.flush()) await events.result(r);
    pairer = new PostPairer();
  };
  const drain = async (keep: number) => {
    while (queue.length > keep) {
      const batch = await queue.shift()!;
      for (const r of batch.results) for (const out of r.post ? pairer.push(r) : [...pairer.flush(), r]) await events.result(out);
      for (const e of batch.errors) await events.error(new UserError(e.message, e.file, e.line, e.column));
    }
  };
  const dispatch = async (units: Unit[]) => {
    if (!units.length) return;
    const posts = units.flatMap((u) => ('post' in u ? [u.post] : []));
    const targets = units.flatMap((u) => ('target' in u ? [u.target] : []));
    const task: BatchTask = { ...base, targets, ...(posts.length ? { posts } : {}) };
    const local = async (): Promise<BatchResult> => {
      if (task.posts) return { results: await lintPosts(task.posts, s, base, accounts), errors: [], read: [] };
      const run = await lintTargets(targets, s, { ...base, readStdin: async () => new Uint8Array() });
      return { results: run.results, errors: run.errors.map((e) => ({ message: e.message, file: e.file, line: e.line, column: e.column })), read: [] };
    };
    // Account files stay on this thread, where every account of the run is known.
    const isAccounts = targets.some((t) => /\.(ya?ml|json)$/i.test(t.shown));
    queue.push(pool && !isAccounts ? pool.run(task) : local());
    await drain(pool ? jobs * IN_FLIGHT_PER_JOB : 0);
  };

  try {
    let batch: Unit[] = [];
    for (const item of items) {
      if ('target' in item) {
        const isAccount = /\.(ya?ml|json)$/i.test(item.target.shown);
        if (isAccount || batch.some((u) => 'post' in u)) {
          await dispatch(batch);
          batch = [];
        }
        batch.push({ target: item.target });
        if (isAccount || batch.length >= TARGETS_PER_BATCH) {
          await dispatch(batch);
          batch = [];
        }
        continue;
      }
      await dispatch(batch);
      batch = [];
      for await (const r of item.source.read(item.export, o.exports)) {
        if (!r.doc) {
          for (const e of r.errors) await events.error(e);
          continue;
        }
        if (r.doc.kind !== 'post') continue;
        batch.push({ post: { text: r.doc.text, where: r.doc.where, frontMatter: r.doc.frontMatter } });
        if (batch.length >= POSTS_PER_BATCH) {
          await dispatch(batch);
          batch = [];
        }
      }
      await dispatch(batch);
      batch = [];
    }
    await dispatch(batch);
    await drain(0);
    await settle();
  } finally {
    await pool?.destroy();
  }
}

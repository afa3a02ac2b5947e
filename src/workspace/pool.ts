import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { accountSource } from '../inputs/account.js';
import { UserError, type FileResult } from '../model/index.js';
import { requirePackage } from '../support/require-package.js';
import { language } from '../i18n/index.js';
import { lintTargets, type LintRunOptions } from './lint-run.js';
import type { Setup, CommonOptions } from './setup.js';
import type { Target } from './targets.js';
import type { BatchResult, BatchTask } from './worker.js';

/** Fewer files than this are linted on the main thread: starting workers costs more than it saves. */
export const POOL_THRESHOLD = 200;

export const defaultJobs = () => Math.max(1, availableParallelism());

// The worker threads' entry, which runs the CLI's bundle (scripts/worker-entry.cjs); the same relative path
// holds from src/ (tests) and from dist/bundle/ (the installed CLI).
const WORKER = fileURLToPath(new URL('../../dist/bundle/worker-entry.cjs', import.meta.url));

/**
 * Each worker's young generation, in MB. The engine's garbage dies young, and V8's default
 * (a new space of up to 32 MB per thread, soon filled) added about 100 MB to the peak memory
 * of a 100,000-post audit for no gain in speed (DESIGN §7 asks under 300 MB).
 */
export const WORKER_YOUNG_MB = 4;

/**
 * How far, in per cent of what survives a full collection, V8 lets a heap grow before the next
 * one. Its default factor (up to fourfold, by its measure of allocation speed) let the main
 * thread, which turns the workers' results into the report, and each worker keep 100 to 130 MB
 * more than they need: a 100,000-post audit peaked at 329 to 372 MB, and 242 MB with this, at
 * the same speed (DESIGN §7 asks under 300 MB). Process-wide, so set once, before the workers start.
 * bin/smpolicy.js and the build's scripts/warm-cache.mjs set the same value: V8 takes a code cache
 * only under the flags it was made with, and the workers load the CLI's (scripts/worker-entry.cjs).
 */
export const HEAP_GROWING_PERCENT = 50;

/** A pool of `jobs` worker threads running the bundle's task (scripts/worker-entry.cjs). */
export function startPool(jobs: number) {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const { Piscina } = requirePackage<typeof import('piscina')>('piscina');
  return new Piscina({ filename: WORKER, maxThreads: jobs, minThreads: jobs, idleTimeout: 1000, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
}

/**
 * Lints the targets on `jobs` worker threads (piscina) when there are many, else on this one:
 * the same results, in the same order, either way.
 */
export async function lintMany(targets: Target[], s: Setup, o: LintRunOptions & { options: CommonOptions; jobs: number }): Promise<{ results: FileResult[]; errors: UserError[]; read: string[] }> {
  const files = targets.filter((t) => !t.stdin);
  if (o.jobs < 2 || files.length < POOL_THRESHOLD || files.length !== targets.length) return lintTargets(targets, s, o);
  // Account files are judged as a set (counterparts, handles): they stay on this thread.
  const accounts = targets.filter((t) => accountSource.accepts(t.shown, ''));
  if (accounts.length) {
    const [one, rest] = await Promise.all([lintTargets(accounts, s, o), lintMany(targets.filter((t) => !accounts.includes(t)), s, o)]);
    const order = new Map(targets.map((t, i) => [t.shown, i]));
    return {
      results: [...one.results, ...rest.results].sort((a, b) => order.get(a.file)! - order.get(b.file)!),
      errors: [...one.errors, ...rest.errors],
      read: [...one.read, ...rest.read],
    };
  }
  const pool = startPool(o.jobs);
  try {
    const size = Math.min(100, Math.ceil(targets.length / (o.jobs * 4)));
    const batches: Array<Promise<BatchResult>> = [];
    for (let i = 0; i < targets.length; i += size) {
      const task: BatchTask = { cwd: o.cwd, options: o.options, date: o.date, channel: o.channel, redact: o.redact, targets: targets.slice(i, i + size), lang: language() };
      batches.push(pool.run(task));
    }
    const results: FileResult[] = [];
    const errors: UserError[] = [];
    const read: string[] = [];
    for (const batch of await Promise.all(batches)) {
      results.push(...batch.results);
      for (const e of batch.errors) errors.push(new UserError(e.message, e.file, e.line, e.column));
      read.push(...batch.read);
    }
    return { results, errors, read };
  } finally {
    await pool.destroy();
  }
}

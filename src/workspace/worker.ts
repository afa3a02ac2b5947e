/**
 * A worker thread's task (run by piscina, src/workspace/pool.ts): lint a batch of targets with
 * the same set-up as the main thread, and send back plain data. Each worker sets up once per
 * distinct set of options (configuration, packs, rule flags) and keeps it.
 */
import type { Channel, FileResult, Lang, UserError } from '../model/index.js';
import { setLanguage } from '../i18n/index.js';
import { lintPosts, lintTargets, type PlainPost } from './lint-run.js';
import { setup, type CommonOptions, type Setup } from './setup.js';
import type { Target } from './targets.js';

export interface BatchTask {
  cwd: string;
  options: CommonOptions;
  date: string;
  channel?: Channel;
  redact: boolean;
  /** Files to read and lint... */
  targets: Target[];
  /** ...or posts of exports, already read. */
  posts?: PlainPost[];
  /** The run's language: of the rules' texts and of error lines. */
  lang?: Lang;
}

export interface PlainError { message: string; file?: string; line?: number; column?: number }
export interface BatchResult { results: FileResult[]; errors: PlainError[]; read: string[] }

const setups = new Map<string, Promise<Setup>>();

export default async function lintBatch(task: BatchTask): Promise<BatchResult> {
  setLanguage(task.lang ?? 'en');
  const key = JSON.stringify([task.cwd, task.options, task.lang]);
  let s = setups.get(key);
  if (!s) {
    s = setup(task.cwd, task.options, task.lang ?? 'en').then((r) => {
      if (!r.setup) throw new Error(r.errors.map((e) => e.format()).join('\n'));
      return r.setup;
    });
    setups.set(key, s);
  }
  const o = { cwd: task.cwd, date: task.date, channel: task.channel, redact: task.redact };
  if (task.posts) return { results: await lintPosts(task.posts, await s, o), errors: [], read: [] };
  const run = await lintTargets(task.targets, await s, { ...o, readStdin: async () => new Uint8Array() });
  return { results: run.results, errors: run.errors.map(plain), read: run.read };
}

const plain = (e: UserError): PlainError => ({ message: e.message, file: e.file, line: e.line, column: e.column });

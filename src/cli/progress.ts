import { requirePackage } from '../support/require-package.js';
import type { Io } from './io.js';
import { t } from '../i18n/index.js';

/** A progress line on stderr while an audit runs: only on a terminal, never with --quiet. */
export interface Progress {
  /** `done` of `total` bytes read; `posts` documents audited so far. */
  update(done: number, total: number, posts: number): void;
  stop(): void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

export function startProgress(io: Io, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY || io.env.TERM === 'dumb' || io.env.CI) return SILENT;
  const { SingleBar, Presets } = requirePackage<typeof import('cli-progress')>('cli-progress');
  const started = Date.now();
  const bar = new SingleBar(
    {
      stream: io.stderr as unknown as NodeJS.WritableStream,
      format: t('audit.progress'),
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  let running = false;
  return {
    update(done, total, posts) {
      const rate = Math.round(posts / Math.max(0.001, (Date.now() - started) / 1000)).toLocaleString('en-GB');
      const payload = { posts: posts.toLocaleString('en-GB'), rate };
      if (!running) {
        bar.start(Math.max(1, total), 0, payload);
        running = true;
      }
      bar.setTotal(Math.max(1, total));
      bar.update(Math.min(done, total), payload);
    },
    stop() {
      if (running) bar.stop();
      running = false;
    },
  };
}

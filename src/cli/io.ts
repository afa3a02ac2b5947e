import { t } from '../i18n/index.js';

/** Everything the CLI touches outside itself, so tests run it in-process. */
export interface Io {
  stdout: { write(s: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Reads all of standard input (only called for '-'). */
  readStdin(): Promise<Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard input as a stream, for the interactive commands (`init`, `review`); absent or not a TTY: no prompts. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const EXIT = { ok: 0, findings: 1, failure: 2 } as const;

export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * A stream the CLI writes its output to, made safe: when the reader goes away (`| head -1`:
 * EPIPE) the rest of the output is dropped quietly; any other write error (`> /dev/full`:
 * ENOSPC) is one line on stderr and exit 2. Never a stack trace, whether the stream reports
 * the error by throwing (files) or by an 'error' event (pipes).
 */
export function guardStream<S extends { write(s: string): unknown; isTTY?: boolean; columns?: number; on?(event: 'error', f: (e: Error) => void): unknown }>(
  stream: S,
  report: (line: string) => void,
): { stream: { write(s: string): boolean; isTTY?: boolean; readonly columns?: number }; failed(): boolean } {
  let broken: NodeJS.ErrnoException | undefined;
  const fail = (e: NodeJS.ErrnoException) => {
    if (broken) return;
    broken = e;
    if (e.code === 'EPIPE') return;
    const why = e.code === 'ENOSPC' ? t('why.noSpace') : e.code === 'EACCES' ? t('why.permission') : (e.code ?? e.message);
    report(`${t('io.cannotWrite', { why })}\n`);
  };
  stream.on?.('error', fail);
  return {
    stream: {
      isTTY: stream.isTTY,
      // The terminal's width, read when asked (it changes as the window is resized): prompts wrap to it.
      get columns() {
        return (stream as { columns?: number }).columns;
      },
      write(s: string) {
        if (broken) return true;
        try {
          stream.write(s);
        } catch (e) {
          fail(e as NodeJS.ErrnoException);
        }
        return true;
      },
    },
    failed: () => broken !== undefined && broken.code !== 'EPIPE',
  };
}

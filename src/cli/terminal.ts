import { Writable } from 'node:stream';
import type { Io } from './io.js';

/**
 * Whether prompts can run: standard input must be a terminal, and not in CI (`CI=true`, as
 * CI services set it), where nobody would answer and the command would wait for ever.
 */
export function canPrompt(io: Io): boolean {
  const ci = io.env.CI?.trim().toLowerCase();
  if (ci !== undefined && ci !== '' && ci !== '0' && ci !== 'false') return false;
  return io.stdin?.isTTY === true;
}

/** The user stopped the prompts (Ctrl+C, or standard input closed): nothing is to be written. */
export class PromptsStopped extends Error {
  constructor() {
    super('stopped');
    this.name = 'PromptsStopped';
  }
}

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

/** The few prompts the interactive commands ask, each reading `io.stdin` and drawing on `io.stderr`. */
export interface Prompter {
  input(o: { message: string; default?: string; editable?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(o: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  confirm(o: { message: string; default: boolean }): Promise<boolean>;
  /** Lets go of standard input; call once the last question is answered. */
  close(): void;
}

/**
 * Prompts on `io.stdin` and `io.stderr` (stdout stays for the command's own output), with
 * @inquirer/prompts loaded only now. Ctrl+C, or standard input ending, rejects the pending
 * prompt with PromptsStopped, so a closed terminal never leaves the command waiting.
 */
export async function openPrompter(io: Io): Promise<Prompter> {
  const prompts = await import('./prompt-library.js');
  const input = io.stdin!;
  const stderr = io.stderr as Io['stderr'] & { columns?: number };
  // A prompt ends the stream it draws on when it is done: each gets its own, writing to stderr.
  const output = () => {
    const stream = new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        stderr.write(String(chunk));
        done();
      },
    });
    // The prompts wrap their lines to the terminal's width, read from the stream they draw on.
    Object.defineProperty(stream, 'columns', { get: () => stderr.columns || 80 });
    Object.defineProperty(stream, 'isTTY', { get: () => stderr.isTTY === true });
    return stream;
  };
  const ended = new AbortController();
  const end = () => ended.abort();
  input.on('end', end);
  input.on('close', end);
  const context = () => ({ input, output: output(), signal: ended.signal });
  const stopped = (e: unknown): never => {
    const name = (e as Error | undefined)?.name;
    if (name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError') throw new PromptsStopped();
    throw e;
  };
  return {
    input: (o) =>
      prompts
        .input({ message: o.message, ...(o.default !== undefined ? { default: o.default } : {}), ...(o.editable ? { prefill: 'editable' as const } : {}), ...(o.validate ? { validate: o.validate } : {}) }, context())
        .catch(stopped),
    select: <T extends string>(o: { message: string; choices: Array<Choice<T>>; default?: T }) =>
      prompts.select<T>({ message: o.message, choices: o.choices, ...(o.default !== undefined ? { default: o.default } : {}), pageSize: 10 }, context()).catch(stopped),
    confirm: (o) => prompts.confirm({ message: o.message, default: o.default }, context()).catch(stopped),
    close() {
      input.off('end', end);
      input.off('close', end);
      (input as { pause?: () => void }).pause?.();
    },
  };
}

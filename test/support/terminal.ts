/** A fake terminal for the interactive commands (`init`, `review`), run in-process. */
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', ctrlU: '\x15', ctrlC: '\x03', backspace: '\x7f' } as const;

/** How long to wait for text on the screen before failing: generous, as a loaded CI machine is slow. */
const WAIT_MS = 30_000;
const POLL_MS = 10;

export interface FakeTerminal {
  /** Everything drawn on stderr so far, escape codes removed. */
  screen(): string;
  stdout(): string;
  /** Waits until `text` is drawn after what the last wait found; fails (with the screen) if it never is. */
  waitFor(text: string): Promise<void>;
  /** Waits until the latest drawing of `anchor` (a prompt's question) is followed by `text`. */
  waitForLatest(anchor: string, text: string): Promise<void>;
  /** Whether `text` was drawn after what the last wait found. */
  shows(text: string): boolean;
  /** Types keys (raw bytes, as a terminal sends them). */
  press(...keys: string[]): void;
  /** Closes standard input, as when the terminal goes away. */
  end(): void;
  /** The command's exit code, once it has finished. */
  exit: Promise<number>;
}

export interface TerminalOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Whether standard input is a terminal (default true). */
  tty?: boolean;
  /** No standard input stream at all. */
  noStdin?: boolean;
  columns?: number;
}

/** Runs `smpolicy argv` in-process with a terminal the test types into. */
export function runInTerminal(argv: string[], o: TerminalOptions): FakeTerminal {
  const input = Object.assign(new PassThrough(), { isTTY: o.tty ?? true });
  let err = '';
  let out = '';
  let mark = 0;
  const io: Io = {
    stdout: { write: (s: string) => ((out += s), true), isTTY: false },
    stderr: Object.assign({ write: (s: string) => ((err += s), true), isTTY: true }, { columns: o.columns ?? 100 }),
    readStdin: async () => new Uint8Array(),
    cwd: o.cwd,
    env: o.env ?? {},
    ...(o.noStdin ? {} : { stdin: input }),
  };
  const exit = run(argv, io);
  let finished = false;
  void exit.then(() => (finished = true), () => (finished = true));
  const screen = () => stripVTControlCharacters(err);
  const poll = async (find: () => number, what: string) => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const at = find();
      if (at !== -1) {
        mark = at;
        return;
      }
      if (finished || Date.now() > deadline) throw new Error(`never drawn: ${what}${finished ? ' (the command ended)' : ''}\n--- screen since the last wait:\n${screen().slice(mark)}\n--- stdout:\n${out}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  return {
    screen,
    stdout: () => out,
    exit,
    shows: (text) => screen().indexOf(text, mark) !== -1,
    waitFor: (text) =>
      poll(() => {
        const at = screen().indexOf(text, mark);
        return at === -1 ? -1 : at + text.length;
      }, JSON.stringify(text)),
    waitForLatest: (anchor, text) =>
      poll(() => {
        const s = screen();
        const from = s.lastIndexOf(anchor);
        const at = from === -1 ? -1 : s.indexOf(text, from);
        return at === -1 ? -1 : at + text.length;
      }, `${JSON.stringify(text)} after the latest ${JSON.stringify(anchor)}`),
    press: (...keys) => {
      for (const k of keys) input.write(k);
    },
    end: () => input.end(),
  };
}

/**
 * Picks a choice of the menu asking `question` by typing its first letter (the menu moves to
 * the first choice starting with it), then Enter once the menu shows it chosen.
 */
export async function choose(t: FakeTerminal, name: string, question = 'What do you want to do?'): Promise<void> {
  t.press(name[0].toLowerCase());
  await t.waitForLatest(question, `❯ ${name}`);
  t.press(KEY.enter);
  await t.waitFor(`✔ ${question} ${name}`);
}

/** Answers a text prompt: waits for its question, types, then Enter. */
export async function answer(t: FakeTerminal, question: string, text: string): Promise<void> {
  await t.waitFor(question);
  t.press(text, KEY.enter);
}

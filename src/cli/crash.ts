import { VERSION } from './version.js';

/** What the bin prints for an unexpected error: a bug report prompt, the stack, exit 2. */
export function crashReport(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `smpolicy ${VERSION} crashed: please report this with the command and input that caused it.\n${stack}\n`;
}

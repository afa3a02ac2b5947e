import { VERSION } from './version.js';
import { t } from '../i18n/index.js';

/** What the bin prints for an unexpected error: a bug report prompt, the stack, exit 2. */
export function crashReport(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  return `${t('crash.report', { version: VERSION })}\n${stack}\n`;
}

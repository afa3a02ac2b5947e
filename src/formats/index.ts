/**
 * The format registry. Each format is imported only when chosen: start-up time is a
 * product target (DESIGN §7), and only stylish needs chalk.
 */
import type { Formatter } from './types.js';

export type { FormatInput, Formatter } from './types.js';

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

export async function loadFormatter(name: string): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.js')).default;
    case 'json':
      return (await import('./json.js')).default;
    case 'sarif':
      return (await import('./sarif.js')).default;
    case 'junit':
      return (await import('./junit.js')).default;
    case 'github':
      return (await import('./github.js')).default;
    case 'gitlab':
      return (await import('./gitlab.js')).default;
    default:
      throw new Error(`unknown format '${name}': expected one of ${FORMAT_NAMES.join(', ')}`);
  }
}

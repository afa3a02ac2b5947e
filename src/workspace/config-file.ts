import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_CONFIG, parseConfigText, type Config } from '../engine/config.js';
import type { Lang, UserError } from '../model/index.js';
import { decodeText } from '../inputs/decode.js';
import { display } from './paths.js';
import { readRegularFile } from './read-file.js';

export const CONFIG_NAME = '.smpolicy.yaml';

/** The nearest .smpolicy.yaml from `dir` upward, if any. */
export async function findConfig(dir: string): Promise<string | undefined> {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const candidate = join(d, CONFIG_NAME);
    if (await stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
    if (dirname(d) === d) return undefined;
  }
}

/** The configuration named by --config, else the nearest one, else the defaults; `dir` is where its relative paths start. */
export async function loadConfig(cwd: string, explicit?: string): Promise<{ config: Config; dir: string; path?: string; errors: UserError[]; ruleIds?: Config['rules'] }> {
  const path = explicit ? resolve(cwd, explicit) : await findConfig(cwd);
  if (!path) return { config: DEFAULT_CONFIG, dir: cwd, errors: [] };
  const shown = display(cwd, path);
  let text: string;
  try {
    text = decodeText(await readRegularFile(path, shown, { what: 'configuration file' }), shown);
  } catch (e) {
    return { config: DEFAULT_CONFIG, dir: cwd, errors: [e as UserError] };
  }
  const { config, errors, ruleIds } = await parseConfigText(text, shown);
  return { config: config ?? DEFAULT_CONFIG, dir: dirname(path), path, errors, ...(ruleIds ? { ruleIds } : {}) };
}

/**
 * The configuration's `interface.language` (the file --config names, else the nearest one),
 * read before the command line is parsed so that even `--help` speaks it. Only a file that
 * mentions `interface` is parsed; a file that cannot be read or is invalid gives nothing
 * here (the command itself reports it).
 */
export async function configLanguage(cwd: string, explicit?: string): Promise<Lang | undefined> {
  try {
    const path = explicit ? resolve(cwd, explicit) : await findConfig(cwd);
    if (!path) return undefined;
    const shown = display(cwd, path);
    const text = decodeText(await readRegularFile(path, shown, { what: 'configuration file' }), shown);
    if (!/^interface\s*:/m.test(text)) return undefined;
    return (await parseConfigText(text, shown)).config?.interface.language;
  } catch {
    return undefined;
  }
}

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UserError } from '../inputs/errors.js';
import { display } from './setup.js';

export const DRAFT_EXT = /\.(txt|md|markdown)$/i;
export const ACCOUNT_EXT = /\.(ya?ml|json)$/i;
const GLOB_CHARS = /[*?[\]{}]/;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);
// An account file found in a folder walk: only YAML/JSON that declares itself one, so pack
// files, CI configs and .smpolicy.yaml in the same folder are not mistaken for accounts.
const ACCOUNT_MARK = /(?:^|[{,])\s*["']?kind["']?\s*:\s*["']?social-account\b/m;

export interface Target { path: string; shown: string; stdin?: boolean }

type Ignorer = { ignores(path: string): boolean };

async function loadIgnore(cwd: string, configDir: string, patterns: string[]): Promise<Ignorer> {
  const { default: ignore } = await import('ignore');
  const ig = ignore().add(patterns);
  for (const dir of new Set([cwd, configDir])) {
    const text = await readFile(join(dir, '.smpolicyignore'), 'utf8').catch(() => undefined);
    if (text) ig.add(text);
  }
  return ig;
}

/**
 * Expands the paths given to `check`: '-' is standard input, files are taken as named,
 * folders are walked for drafts and account files, globs are expanded with tinyglobby.
 * `.smpolicyignore` and config `ignore:` apply to folders and globs, never to a file named
 * explicitly. A path that matches nothing is an error for that path only.
 */
export async function expandTargets(paths: string[], cwd: string, configDir: string, ignorePatterns: string[]): Promise<{ targets: Target[]; errors: UserError[] }> {
  const targets: Target[] = [];
  const errors: UserError[] = [];
  const seen = new Set<string>();
  let ig: Ignorer | undefined;
  const ignored = async (abs: string) => {
    const rel = relative(configDir, abs).split(sep).join('/');
    if (!rel || rel.startsWith('..')) return false;
    ig ??= await loadIgnore(cwd, configDir, ignorePatterns);
    return ig.ignores(rel);
  };
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ path: abs, shown: display(cwd, abs) });
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (ALWAYS_SKIPPED.has(e.name) || (await ignored(abs))) continue;
      if (e.isDirectory()) await walk(abs);
      else if (e.isFile() && DRAFT_EXT.test(e.name)) add(abs);
      else if (e.isFile() && ACCOUNT_EXT.test(e.name) && (await isAccountFile(abs))) add(abs);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      targets.push({ path: '-', shown: '<stdin>', stdin: true });
      continue;
    }
    const abs = resolve(cwd, p);
    const s = await stat(abs).catch(() => undefined);
    if (s?.isDirectory()) await walk(abs);
    else if (s?.isFile()) add(abs);
    else if (GLOB_CHARS.test(p)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(p, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const kept = [];
      for (const f of found.sort()) {
        if (await ignored(f)) continue;
        if (DRAFT_EXT.test(f) || (ACCOUNT_EXT.test(f) && (await isAccountFile(f)))) kept.push(f);
      }
      if (!kept.length) errors.push(new UserError('no drafts or account files match this pattern', p));
      kept.forEach(add);
    } else errors.push(new UserError('no such file or folder', p));
  }
  return { targets, errors };
}

async function isAccountFile(abs: string): Promise<boolean> {
  const s = await stat(abs);
  if (s.size > 1_000_000) return false;
  return ACCOUNT_MARK.test(await readFile(abs, 'utf8').catch(() => ''));
}

import { constants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { ACCOUNT_EXT, ACCOUNT_MARK } from '../inputs/account.js';
import { decodeText } from '../inputs/decode.js';
import { DRAFT_EXT } from '../inputs/draft.js';
import { UserError } from '../model/index.js';
import { t } from '../i18n/index.js';
import { display } from './paths.js';
import { readProblem, readRegularFile } from './read-file.js';

const GLOB_CHARS = /[*?[\]{}]/;
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

export interface Target {
  path: string;
  shown: string;
  stdin?: boolean;
  /** The bytes to check instead of the file's (a `--fix` pass checks its text before writing it). */
  content?: Uint8Array;
}

type Ignorer = { ignores(path: string): boolean };

async function loadIgnore(cwd: string, configDir: string, patterns: string[], errors: UserError[]): Promise<Ignorer> {
  const { default: ignore } = await import('ignore');
  const ig = ignore().add(patterns);
  for (const dir of new Set([cwd, configDir])) {
    const path = join(dir, '.smpolicyignore');
    if (!(await stat(path).catch(() => undefined))) continue;
    try {
      ig.add(decodeText(await readRegularFile(path, display(cwd, path), { what: 'ignore file' }), display(cwd, path)));
    } catch (e) {
      errors.push(e as UserError);
    }
  }
  return ig;
}

/**
 * Expands the paths given to `check`: '-' is standard input, files are taken as named,
 * folders are walked for drafts and account files (following symbolic links, each real
 * folder once, so a link loop ends), globs are expanded with tinyglobby. `.smpolicyignore`
 * and config `ignore:` apply to folders and globs, never to a file named explicitly. A path
 * that matches nothing, or a folder that cannot be read, is an error for that path only.
 */
export async function expandTargets(paths: string[], cwd: string, configDir: string, ignorePatterns: string[]): Promise<{ targets: Target[]; errors: UserError[] }> {
  const targets: Target[] = [];
  const errors: UserError[] = [];
  const seen = new Set<string>();
  const walked = new Set<string>();
  let ig: Ignorer | undefined;
  const ignored = async (abs: string) => {
    const rel = relative(configDir, abs).split(sep).join('/');
    if (!rel || rel.startsWith('..')) return false;
    ig ??= await loadIgnore(cwd, configDir, ignorePatterns, errors);
    return ig.ignores(rel);
  };
  const add = (abs: string) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    targets.push({ path: abs, shown: display(cwd, abs) });
  };
  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir).catch(() => dir);
    if (walked.has(real)) return;
    walked.add(real);
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (e) {
      errors.push(new UserError(t('read.folder', { why: readProblem(e) }), display(cwd, dir)));
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      if (ALWAYS_SKIPPED.has(e.name) || (await ignored(abs))) continue;
      // A symbolic link is judged by what it points at; a broken one is reported if it looks like a draft.
      const kind = e.isSymbolicLink() ? await stat(abs).then((s) => (s.isDirectory() ? 'dir' : s.isFile() ? 'file' : 'other'), () => 'broken') : e.isDirectory() ? 'dir' : e.isFile() ? 'file' : 'other';
      if (kind === 'dir') await walk(abs);
      else if (kind === 'broken' && (DRAFT_EXT.test(e.name) || ACCOUNT_EXT.test(e.name))) errors.push(new UserError(t('read.brokenLink'), display(cwd, abs)));
      else if (kind === 'file' && DRAFT_EXT.test(e.name)) add(abs);
      else if (kind === 'file' && ACCOUNT_EXT.test(e.name) && (await isAccountFile(abs))) add(abs);
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
    else if (s) add(abs);
    else if (GLOB_CHARS.test(p)) {
      const { glob } = await import('tinyglobby');
      const found = await glob(p, { cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      const kept = [];
      for (const f of found.sort()) {
        if (await ignored(f)) continue;
        if (DRAFT_EXT.test(f) || (ACCOUNT_EXT.test(f) && (await isAccountFile(f)))) kept.push(f);
      }
      if (!kept.length) errors.push(new UserError(t('read.noMatch'), p));
      kept.forEach(add);
    } else errors.push(new UserError(t('read.noSuchPath'), p));
  }
  return { targets, errors };
}

/**
 * Whether a YAML/JSON file found in a walk declares itself an account (`kind: social-account`
 * in its first 64 KB, wherever its size: an over-large account is then reported when read,
 * not skipped). A file that cannot be opened is taken as one, so its problem is reported.
 */
async function isAccountFile(abs: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) return false;
    const head = Buffer.alloc(65536);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead);
    const utf16 = text[0] === 0xff || text[0] === 0xfe;
    return ACCOUNT_MARK.test(utf16 ? new TextDecoder(text[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(text) : text.toString('utf8'));
  } catch {
    return true;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

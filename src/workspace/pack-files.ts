import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { loadPack, type SourceFile } from '../engine/pack-loader.js';
import type { PackSpec } from '../model/index.js';
import { UserError, type DetectorRegistry } from '../model/index.js';
import { t } from '../i18n/index.js';
import { decodeText } from '../inputs/decode.js';
import { display } from './paths.js';
import { readRegularFile } from './read-file.js';

const YAML = /\.ya?ml$/i;
const PACK_FILE = 'pack.yaml';
/** More rules than any real policy has; a pack beyond it is refused, so loading stays bounded. */
export const MAX_RULES_PER_PACK = 2000;

/**
 * Packs named by paths (`--policy`, config `policies:`), read from disk and handed to the
 * engine's loader: a pack folder (pack.yaml plus one YAML file per rule and its word lists),
 * a single-file pack, a lone rule file (of the pack.yaml beside it, if any), or a folder of
 * such packs. Every problem is returned, each naming its file.
 */
export async function loadPackPaths(cwd: string, paths: string[], registry: DetectorRegistry, o: { trusted?: boolean } = {}): Promise<{ packs: PackSpec[]; errors: UserError[]; files: string[] }> {
  const packs: PackSpec[] = [];
  const files: string[] = [];
  const errors: UserError[] = [];
  const show = (p: string) => display(cwd, p);
  const read = async (path: string): Promise<SourceFile> => {
    files.push(path);
    return { path: show(path), text: decodeText(await readRegularFile(path, show(path), { what: 'rule pack file' }), show(path)) };
  };
  const readList = (dir: string) => async (name: string) => {
    const path = join(dir, name);
    files.push(path);
    try {
      return decodeText(await readRegularFile(path, show(path), { what: 'word list' }), show(path));
    } catch {
      return undefined;
    }
  };
  const load = async (pack: { file?: string; rules: string[]; dir: string }) => {
    if (pack.rules.length > MAX_RULES_PER_PACK) {
      errors.push(new UserError(t('pack.tooManyRuleFiles', { n: pack.rules.length, max: MAX_RULES_PER_PACK }), show(pack.dir)));
      return;
    }
    try {
      const result = await loadPack(
        { pack: pack.file ? await read(pack.file) : undefined, rules: await Promise.all(pack.rules.map(read)), folder: show(pack.dir), readList: readList(pack.dir), trusted: o.trusted },
        registry,
      );
      errors.push(...result.errors);
      if (result.pack) {
        if (result.pack.rules.length > MAX_RULES_PER_PACK) errors.push(new UserError(t('pack.tooManyRules', { n: result.pack.rules.length, max: MAX_RULES_PER_PACK }), result.pack.file));
        else packs.push(result.pack);
      }
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e);
    }
  };
  const walk = async (dir: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    if (entries.some((e) => e.name === PACK_FILE)) {
      return load({ file: join(dir, PACK_FILE), rules: entries.filter((e) => e.name !== PACK_FILE && YAML.test(e.name)).map((e) => join(dir, e.name)), dir });
    }
    // A folder without pack.yaml holds single-file packs and pack folders (as policies/ does).
    for (const e of entries) {
      if (e.isDirectory()) await walk(join(dir, e.name));
      else if (YAML.test(e.name)) await loadFile(join(dir, e.name));
    }
  };
  const loadFile = async (path: string) => {
    let text: string;
    try {
      text = (await read(path)).text;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      errors.push(e);
      return;
    }
    const beside = join(dirname(path), PACK_FILE);
    // A rule file (top-level 'id:') belongs to the pack.yaml beside it, when there is one.
    if (/^id\s*:/m.test(text) && !/^rules\s*:/m.test(text)) {
      const hasPack = basename(path) !== PACK_FILE && (await stat(beside).then((s) => s.isFile(), () => false));
      return load({ file: hasPack ? beside : undefined, rules: [path], dir: dirname(path) });
    }
    return load({ file: path, rules: [], dir: dirname(path) });
  };
  for (const p of paths) {
    const s = await stat(p).catch(() => undefined);
    if (!s) errors.push(new UserError(t('pack.noSuchPath'), show(p)));
    else if (s.isDirectory()) await walk(p).catch((e) => errors.push(folderError(e, show(p))));
    else await loadFile(p);
  }
  return { packs, errors, files };
}

/**
 * A folder that cannot be read (permissions, a loop, a name too long) is one line; anything
 * else is a defect of smpolicy's, not of the folder, and must not pass for one (a module
 * missing from the bundle once read "cannot read rule pack folder: MODULE_NOT_FOUND").
 */
export function folderError(e: unknown, shown: string): UserError {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && (e as NodeJS.ErrnoException).syscall) return new UserError(t('pack.cannotReadFolder', { why: code }), shown);
  throw e;
}

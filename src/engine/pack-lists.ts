import { UserError } from '../model/index.js';
import { isMapping } from '../support/yaml-file.js';
import { t } from '../i18n/index.js';

/** Reads a word list a rule names, from beside the rule's file; undefined when there is none. */
export type ReadList = (name: string, besideFile: string) => Promise<string | undefined>;

type At = (message: string, pointer: string, key?: string) => UserError;

/**
 * A word list in a file of its own: one entry per line; blank lines and lines starting with
 * '# ' (a hash and a space: '#hashtag' is an entry) are skipped.
 */
export function parseList(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l && l !== '#' && !l.startsWith('# '));
}

const LIST_NAME = /^[\w.-]+\.txt$/;

/**
 * Replaces each `{ file: NAME.txt }` under a rule's `detect` (its phrases, exceptions or any
 * parameter) with the entries of that file, so long lists do not hide the rule.
 */
export async function resolveLists(rule: unknown, base: string, file: string, readList: ReadList | undefined, at: At): Promise<UserError[]> {
  if (!isMapping(rule) || !isMapping(rule.detect)) return [];
  const errors: UserError[] = [];
  const visit = async (node: Record<string, unknown> | unknown[], pointer: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (Array.isArray(value)) {
        await visit(value, `${pointer}/${key}`);
        continue;
      }
      if (!isMapping(value)) continue;
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === 'file' && typeof value.file === 'string') {
        const name = value.file;
        if (!LIST_NAME.test(name)) {
          errors.push(at(t('pack.listName', { name }), pointer, key));
          continue;
        }
        const text = readList ? await readList(name, file) : undefined;
        if (text === undefined) errors.push(at(t('pack.listMissing', { name, file }), pointer, key));
        else (node as Record<string, unknown>)[key] = parseList(text);
      } else await visit(value, `${pointer}/${key}`);
    }
  };
  await visit(rule.detect, `${base}/detect`);
  return errors;
}

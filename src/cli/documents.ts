import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LintDocument, PostDocument } from '../engine/types.js';
import { isAccountFile, parseAccount } from '../inputs/account.js';
import { decodeText } from '../inputs/decode.js';
import { parseDraft } from '../inputs/draft.js';
import { UserError } from '../inputs/errors.js';
import type { Target } from './files.js';
import type { Io } from './io.js';
import { display } from './setup.js';

/** Larger than any real post or account file; beyond it a file is refused, not read. */
export const MAX_BYTES = 5 * 1024 * 1024;

export interface Loaded { doc?: LintDocument; smpolicyKeyAt?: number; errors: UserError[] }

async function readBytes(target: Target, io: Io): Promise<Uint8Array> {
  if (target.stdin) return io.readStdin();
  const s = await stat(target.path);
  if (s.size > MAX_BYTES) throw new UserError(`file is ${(s.size / 1048576).toFixed(1)} MB, over the 5 MB limit for one draft; split it, or use 'smpolicy audit' for exports`, target.shown);
  return readFile(target.path);
}

/** Reads, decodes and parses one target; never throws for a user's bad file. */
export async function loadDocument(target: Target, io: Io): Promise<Loaded> {
  let text: string;
  try {
    const bytes = await readBytes(target, io);
    if (bytes.length > MAX_BYTES) throw new UserError('input is over the 5 MB limit for one draft', target.shown);
    text = decodeText(bytes, target.shown);
  } catch (e) {
    if (e instanceof UserError) return { errors: [e] };
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : code === 'ENOENT' ? 'no such file' : 'cannot read file';
    return { errors: [new UserError(why, target.shown)] };
  }
  if (!target.stdin && isAccountFile(target.path)) return parseAccount(text, target.shown);
  const parsed = await parseDraft(text, target.shown, target.stdin ? true : undefined);
  if (!parsed.doc) return parsed;
  if (!target.stdin) {
    const pair = await loadPair(parsed.doc, target.path, io);
    if (pair instanceof UserError) return { errors: [pair] };
    if (pair) parsed.doc.pair = pair;
  }
  return parsed;
}

/** NAME.en.EXT ↔ NAME.cy.EXT beside it, or front matter `pair:` (relative to the draft). */
export function pairPath(path: string, doc: PostDocument): string | undefined {
  if (doc.frontMatter.pair) return resolve(dirname(path), doc.frontMatter.pair);
  const m = /^(.*)\.(en|cy)(\.(?:txt|md|markdown))$/i.exec(basename(path));
  if (!m) return undefined;
  return join(dirname(path), `${m[1]}.${m[2].toLowerCase() === 'en' ? 'cy' : 'en'}${m[3]}`);
}

async function loadPair(doc: PostDocument, path: string, io: Io): Promise<PostDocument | UserError | undefined> {
  const other = pairPath(path, doc);
  if (!other) return undefined;
  const shown = display(io.cwd, other);
  const explicit = Boolean(doc.frontMatter.pair);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(other);
  } catch {
    return explicit ? new UserError(`front matter pair: '${doc.frontMatter.pair}' not found (${shown})`, doc.path) : undefined;
  }
  try {
    const parsed = await parseDraft(decodeText(bytes, shown), shown);
    return parsed.doc ?? parsed.errors[0];
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

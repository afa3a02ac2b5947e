import { basename, dirname, join, resolve } from 'node:path';
import { accountSource } from '../inputs/account.js';
import { decodeText } from '../inputs/decode.js';
import { draftSource, parseDraft } from '../inputs/draft.js';
import type { DocumentSource, SourceResult } from '../inputs/source.js';
import { UserError, type PostDocument } from '../model/index.js';
import { t } from '../i18n/index.js';
import { display } from './paths.js';
import { MAX_BYTES, readRegularFile } from './read-file.js';
import type { Target } from './targets.js';

/** The sources `check` reads, in the order they are asked: the first that accepts an input reads it. */
export const CHECK_SOURCES: DocumentSource[] = [accountSource, draftSource];

/** Reads, decodes and parses one target through its source; never throws for a user's bad file. */
export async function loadDocument(target: Target, cwd: string, readStdin: () => Promise<Uint8Array>): Promise<SourceResult> {
  const source = CHECK_SOURCES.find((s) => s.accepts(target.shown, '')) ?? draftSource;
  const bytes = async () => {
    if (target.content) return target.content;
    if (!target.stdin) return readRegularFile(target.path, target.shown, { what: 'draft' });
    const b = await readStdin();
    if (b.length > MAX_BYTES) throw new UserError(t('draft.stdinTooBig'), target.shown);
    return b;
  };
  let result: SourceResult = { errors: [] };
  for await (const r of source.read({ shown: target.shown, bytes })) result = r;
  const doc = result.doc;
  if (doc?.kind === 'post' && !target.stdin) {
    const pair = await loadPair(doc, target.path, cwd);
    if (pair instanceof UserError) return { errors: [pair] };
    if (pair) doc.pair = pair;
  }
  return result;
}

/** NAME.en.EXT ↔ NAME.cy.EXT beside it, or front matter `pair:` (relative to the draft). */
export function pairPath(path: string, doc: PostDocument): string | undefined {
  if (doc.frontMatter.pair) return resolve(dirname(path), doc.frontMatter.pair);
  const m = /^(.*)\.(en|cy)(\.(?:txt|md|markdown))$/i.exec(basename(path));
  if (!m) return undefined;
  return join(dirname(path), `${m[1]}.${m[2].toLowerCase() === 'en' ? 'cy' : 'en'}${m[3]}`);
}

/** The other-language file, read like any draft (regular files only, the same size cap). */
async function loadPair(doc: PostDocument, path: string, cwd: string): Promise<PostDocument | UserError | undefined> {
  const other = pairPath(path, doc);
  if (!other) return undefined;
  const shown = display(cwd, other);
  const explicit = Boolean(doc.frontMatter.pair);
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(other, shown, { what: 'pair' });
  } catch (e) {
    if (!explicit && /no such file/.test((e as Error).message)) return undefined;
    return explicit && (e as Error).message.includes(t('why.noFile')) ? new UserError(t('draft.pairMissing', { pair: doc.frontMatter.pair ?? '', file: shown }), doc.path) : (e as UserError);
  }
  try {
    const parsed = await parseDraft(decodeText(bytes, shown), shown);
    return parsed.doc ?? parsed.errors[0];
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
}

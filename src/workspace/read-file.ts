import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { UserError } from '../model/index.js';
import { t, type MessageKey } from '../i18n/index.js';

/** Larger than any real post, account file, configuration or pack: beyond it a file is refused, not read. */
export const MAX_BYTES = 5 * 1024 * 1024;

/** Why a file could not be opened, in a user's words. */
export function readProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return t('why.noFile');
  if (code === 'EACCES' || code === 'EPERM') return t('why.permission');
  if (code === 'EISDIR') return t('why.isFolder');
  if (code === 'ELOOP') return t('why.loop');
  return t('why.cannotRead');
}

/** The kinds of file read here, in the run's language (an unknown kind is shown as given). */
const WHAT: Record<string, MessageKey> = {
  file: 'what.file',
  draft: 'what.draft',
  attachment: 'what.attachment',
  'configuration file': 'what.configurationFile',
  pair: 'what.pair',
  'rule pack file': 'what.rulePackFile',
  'word list': 'what.wordList',
  'ignore file': 'what.ignoreFile',
  baseline: 'what.baseline',
};

/**
 * Reads a regular file, and only a regular file, up to `max` bytes. A FIFO, device or socket
 * (`/dev/zero`, `/dev/stdin`, a named pipe) is refused without reading: it is opened
 * non-blocking and checked on the open handle, so nothing can swap it in between, and a read
 * never blocks or runs without end. Errors are UserErrors naming `shown`.
 */
export async function readRegularFile(path: string, shown: string, o: { max?: number; what?: string } = {}): Promise<Uint8Array> {
  const max = o.max ?? MAX_BYTES;
  const kind = o.what ?? 'file';
  const what = Object.hasOwn(WHAT, kind) ? t(WHAT[kind]) : kind;
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new UserError(t('read.cannot', { what, why: readProblem(e) }), shown);
  }
  try {
    const s = await handle.stat();
    if (s.isDirectory()) throw new UserError(t('read.cannot', { what, why: t('why.isFolder') }), shown);
    if (!s.isFile()) throw new UserError(t('read.notRegular', { what }), shown);
    if (s.size > max) throw new UserError(t('read.tooBig', { what, size: megabytes(s.size), max: megabytes(max) }), shown);
    // Read at most max + 1 bytes whatever stat said, so a file growing while read is still capped.
    const buffer = Buffer.allocUnsafe(Math.min(s.size, max) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > max) throw new UserError(t('read.grewTooBig', { what, max: megabytes(max) }), shown);
    return buffer.subarray(0, length);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(t('read.cannot', { what, why: readProblem(e) }), shown);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MB`;

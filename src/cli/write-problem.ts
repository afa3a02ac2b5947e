import { t, type MessageKey } from '../i18n/index.js';

/** Node's error codes for a write that failed, and how a user reads each. */
const SAY: Record<string, MessageKey> = {
  ENOENT: 'why.noFolder',
  ENOTDIR: 'why.noFolder',
  EACCES: 'why.permission',
  EPERM: 'why.permission',
  EROFS: 'why.readOnly',
  ENOSPC: 'why.noSpace',
  EISDIR: 'why.isFolder',
};

/** Why a file could not be written, in a user's words and language (`init` and `review`). */
export function writeProblem(e: unknown, what: 'folder' | 'file' = 'folder'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (what === 'file' && (code === 'ENOENT' || code === 'ENOTDIR')) return t('why.noFileMoved');
  const key = code !== undefined && Object.hasOwn(SAY, code) ? SAY[code] : undefined;
  return key ? t(key) : (code ?? (e as Error).message);
}

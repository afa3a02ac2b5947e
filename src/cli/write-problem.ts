import { t } from '../i18n/index.js';

/** Why a file could not be written, in a user's words and language (`init` and `review`). */
const SAY = {
  get ENOENT() {
    return t('why.noFolder');
  },
  get ENOENT_FILE() {
    return t('why.noFileMoved');
  },
  get EACCES() {
    return t('why.permission');
  },
  get EROFS() {
    return t('why.readOnly');
  },
  get ENOSPC() {
    return t('why.noSpace');
  },
  get EISDIR() {
    return t('why.isFolder');
  },
};

export function writeProblem(e: unknown, what: 'folder' | 'file' = 'folder'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return what === 'file' ? SAY.ENOENT_FILE : SAY.ENOENT;
  if (code === 'EACCES' || code === 'EPERM') return SAY.EACCES;
  if (code === 'EROFS' || code === 'ENOSPC' || code === 'EISDIR') return SAY[code];
  return code ?? (e as Error).message;
}

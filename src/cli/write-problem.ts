/** Why a file could not be written, in a user's words (`init` and `review`; translated with them: issue 14). */
const SAY = {
  ENOENT: 'no such folder',
  ENOENT_FILE: 'no such file (moved or deleted meanwhile)',
  EACCES: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'no space left on the device',
  EISDIR: 'it is a folder',
} as const;

export function writeProblem(e: unknown, what: 'folder' | 'file' = 'folder'): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return what === 'file' ? SAY.ENOENT_FILE : SAY.ENOENT;
  if (code === 'EACCES' || code === 'EPERM') return SAY.EACCES;
  if (code === 'EROFS' || code === 'ENOSPC' || code === 'EISDIR') return SAY[code];
  return code ?? (e as Error).message;
}

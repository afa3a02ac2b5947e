import { UserError } from '../model/index.js';
import { t } from '../i18n/index.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes to text: UTF-8 (BOM stripped), or UTF-16 LE/BE with a BOM as Windows Notepad saves.
 * Binary files and invalid UTF-8 are user errors naming the file and where the bad byte is.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2));
    } catch {
      throw new UserError(t('decode.utf16'), file);
    }
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul !== -1) {
    throw new UserError(t('decode.binary'), file);
  }
  try {
    return utf8.decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    const before = utf8.decode(body.subarray(0, at.valid));
    const lines = before.split('\n');
    throw new UserError(
      t('decode.utf8', { byte: `0x${at.byte.toString(16).padStart(2, '0')}` }),
      file,
      lines.length,
      lines[lines.length - 1].length + 1,
    );
  }
}

/** Offset of the first byte that breaks UTF-8, found by decoding ever longer valid prefixes. */
function firstInvalidUtf8(bytes: Uint8Array): { valid: number; byte: number } {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return { valid: i, byte: b };
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return { valid: i, byte: b };
    }
    i += len;
  }
  return { valid: i, byte: 0 };
}

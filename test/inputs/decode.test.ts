import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/inputs/decode.js';
import { UserError } from '../../src/model/index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** UTF-16 as Windows Notepad saves "Unicode" (LE) and "Unicode big endian" (BE): BOM first. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = Buffer.from(le);
  be.swap16();
  return new Uint8Array(be);
}

function decodeError(input: Uint8Array, file = 'draft.txt'): UserError {
  try {
    decodeText(input, file);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('decodeText did not throw');
}

const WELSH = 'Croeso i Gaerfyrddin — ŵ ŷ â ê î ô û 😀\r\nAil linell\n';

describe('decodeText', () => {
  it.each([
    ['plain ASCII', 'Road closed\n'],
    ['Welsh diacritics, emoji and CRLF', WELSH],
    ['empty file', ''],
  ])('UTF-8: %s', (_, text) => {
    expect(decodeText(utf8(text), 'a.txt')).toBe(text);
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], WELSH), 'a.txt')).toBe(WELSH);
  });

  it('keeps a U+FEFF that is not at the start', () => {
    expect(decodeText(utf8('a\ufeffb'), 'a.txt')).toBe('a\ufeffb');
  });

  it.each(['le', 'be'] as const)('decodes UTF-16 %s with a BOM (Windows Notepad)', (endian) => {
    const encoded = utf16(WELSH, endian);
    expect(encoded[0]).toBe(endian === 'le' ? 0xff : 0xfe);
    expect(decodeText(encoded, 'a.txt')).toBe(WELSH);
  });

  it('rejects UTF-16 that is not valid (a lone surrogate), naming the file', () => {
    const e = decodeError(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'notepad.txt');
    expect(e.file).toBe('notepad.txt');
    expect(e.message).toMatch(/UTF-16/);
  });

  it.each([
    ['a NUL among text', bytes('Hello', [0], 'world')],
    ['a PNG header', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d])],
    ['UTF-16 without a BOM', new Uint8Array(Buffer.from('Hello', 'utf16le'))],
    ['a NUL after a UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], 'a', [0], 'b')],
  ])('rejects a binary file: %s', (_, input) => {
    const e = decodeError(input, 'img.txt');
    expect(e.file).toBe('img.txt');
    expect(e.message).toMatch(/^binary file/);
    expect(e.format()).toMatch(/^img\.txt: binary file/);
  });

  it.each([
    ['a bad byte on line 2', bytes('ab\ncd', [0xff], 'x'), 2, 3, 0xff],
    ['after CRLF line endings', bytes('ab\r\nc\r\nd', [0xff]), 3, 2, 0xff],
    ['Latin-1 é (a lone lead byte)', bytes('Caf', [0xe9], ' ar agor'), 1, 4, 0xe9],
    ['after multi-byte characters', bytes('ŵŷ', [0xc3, 0x28]), 1, 3, 0xc3],
    ['after an emoji (columns are UTF-16 units)', bytes('😀', [0x80]), 1, 3, 0x80],
    ['a truncated sequence at the end', bytes('abc', [0xe2, 0x82]), 1, 4, 0xe2],
    ['an overlong encoding', bytes('x', [0xc0, 0xaf]), 1, 2, 0xc0],
    ['an encoded surrogate', bytes('xy', [0xed, 0xa0, 0x80]), 1, 3, 0xed],
    ['after a UTF-8 BOM (the BOM is not counted)', bytes([0xef, 0xbb, 0xbf], 'ab', [0xfe]), 1, 3, 0xfe],
  ])('rejects invalid UTF-8 with its line:column: %s', (_, input, line, column, byte) => {
    const e = decodeError(input, 'bad.txt');
    expect([e.file, e.line, e.column]).toEqual(['bad.txt', line, column]);
    expect(e.message).toBe(`invalid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')}); re-save the file as UTF-8`);
    expect(e.format()).toBe(`bad.txt:${line}:${column}: ${e.message}`);
  });
});

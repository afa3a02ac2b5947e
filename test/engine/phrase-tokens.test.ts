import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenise } from '../../src/engine/kinds/phrase-tokens.js';

const WORD = /[\p{L}\p{M}\p{N}_]/u;
const APOSTROPHE = /['’‘ʼ`]/u;
const GAP = /[\s\u00a0\-\u2010-\u2015_.,:;/]/u;

/** The reading by a regular expression per character and per word, as the tokeniser first did it. */
function byRegex(text: string, fold: boolean) {
  const t = { norm: [] as string[], start: [] as number[], end: [] as number[], word: [] as boolean[] };
  const cls = (c: string) => (c === '_' ? 4 : GAP.test(c) ? 1 : WORD.test(c) ? 2 : APOSTROPHE.test(c) ? 3 : 0);
  const n = text.length;
  const whole = fold ? text.toLowerCase() : text;
  const lower = whole.length === n ? whole : undefined;
  for (let i = 0; i < n; ) {
    const k = cls(text[i]!);
    if (k === 1 || k === 4) {
      i++;
      continue;
    }
    if (k === 2) {
      let j = i + 1;
      for (; j < n; j++) {
        const c = cls(text[j]!);
        if (c === 2 || c === 4) continue;
        if (c === 3 && j + 1 < n && cls(text[j + 1]!) === 2) continue;
        break;
      }
      let raw = (lower ?? text).slice(i, j);
      if (/['’‘ʼ`]/u.test(raw)) raw = raw.replace(/['’‘ʼ`]/gu, '');
      t.norm.push(fold && !lower ? raw.toLowerCase() : raw);
      t.start.push(i);
      t.end.push(j);
      t.word.push(true);
      i = j;
      continue;
    }
    const c = text[i]!;
    const width = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdbff && i + 1 < n ? 2 : 1;
    t.norm.push(k === 3 ? "'" : text.slice(i, i + width));
    t.start.push(i);
    t.end.push(i + width);
    t.word.push(false);
    i += width;
  }
  return t;
}

describe('phrase tokens', () => {
  it('agree with the per-character regular-expression reading on any text, folded or not', () => {
    const piece = fc.constantFrom('a', 'Ŵ', 'ŷ', 'İ', "'", '’', '‘', 'ʼ', '`', '_', '-', '–', ' ', '\u00a0', '.', '[', '😀', '9', '٣', 'é', '\u0301', 'ß');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.boolean(), (parts, fold) => {
        const text = parts.join('');
        expect(tokenise(text, fold)).toEqual(byRegex(text, fold));
      }),
      { numRuns: 1000 },
    );
  });
});

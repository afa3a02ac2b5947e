/**
 * The bounded line search detectors use: the ends of a match's line, never more than
 * LINE_REACH characters away, so a long one-line text costs each match a fixed amount.
 */
import { describe, expect, it } from 'vitest';
import { afterLast, LINE_REACH, lineNear, nextOf } from '../../src/model/index.js';

describe('lineNear', () => {
  it('gives the line holding an offset, without its line break (LF and CRLF)', () => {
    const text = 'one\ntwo three\r\nfour';
    expect(lineNear(text, 0)).toEqual([0, 3]);
    expect(lineNear(text, 6)).toEqual([4, 13]);
    expect(lineNear(text, text.length)).toEqual([15, 19]);
    expect(lineNear(text, 3)).toEqual([0, 3]);
  });

  it('cuts a line longer than its reach at the reach, either side', () => {
    const text = 'x'.repeat(10 * LINE_REACH);
    const at = 5 * LINE_REACH;
    expect(lineNear(text, at)).toEqual([at - LINE_REACH, at + LINE_REACH]);
    expect(lineNear(text, 10, 4)).toEqual([6, 14]);
    expect(lineNear('ab\ncdefgh', 5, 10)).toEqual([3, 9]);
  });
});

describe('afterLast and nextOf', () => {
  it('find the nearest character before and after, as lastIndexOf + 1 and indexOf do within reach', () => {
    const text = 'a, b, c\nd, e';
    expect(afterLast(text, ',', 4)).toBe(text.lastIndexOf(',', 3) + 1);
    expect(afterLast(text, ',', 2)).toBe(2);
    expect(afterLast(text, '\n', 11)).toBe(8);
    expect(nextOf(text, ',', 3)).toBe(text.indexOf(',', 3));
    expect(nextOf(text, '\n', 0)).toBe(7);
  });

  it('stop at the reach when the character is not there', () => {
    expect(afterLast('abcdef', ',', 5)).toBe(0);
    expect(afterLast('abcdef', ',', 5, 2)).toBe(3);
    expect(nextOf('abcdef', ',', 1)).toBe(6);
    expect(nextOf('abcdef', ',', 1, 2)).toBe(3);
  });
});

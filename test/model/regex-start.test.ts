import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryAfter } from '../../src/model/index.js';

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
const WORD = String.raw`(?<![\p{L}\p{M}\p{N}_])`;
const NUMBER = String.raw`(?<![\p{L}\p{N}_]|\d[ \-.,/])`;

describe('boundaryAfter', () => {
  it('finds what the pattern with its lookbehind first finds: whole words, not inside a word', () => {
    const re = new RegExp(`${boundaryAfter(WORD, 'cat|concat|date of birth|birth')}(?![\\p{L}])`, 'gu');
    expect(matches(re, 'concat cat xcat scatter a date of birth xdate of birth ŵcat')).toEqual([
      [0, 'concat'],
      [7, 'cat'],
      [26, 'date of birth'],
      [49, 'birth'],
    ]);
  });

  it('keeps a multi-character lookbehind: a number is not cut out of a longer number', () => {
    const re = new RegExp(boundaryAfter(NUMBER, String.raw`\d+`), 'gu');
    expect(matches(re, '12 34 x56 7,8 and 90')).toEqual([
      [0, '12'],
      [18, '90'],
    ]);
  });

  it('numbers its group before the body’s own groups, so they read one further on', () => {
    const m = new RegExp(boundaryAfter(WORD, '(born)|(birthday)'), 'u').exec('a birthday')!;
    expect([m[2], m[3]]).toEqual([undefined, 'birthday']);
  });

  it('gives the same matches as the lookbehind first, on any text (property)', () => {
    const words = ['ab', 'abc', 'b c', 'ŵy', 'c'];
    const body = words.map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
    const before = new RegExp(`${WORD}(?:${body})(?![\\p{L}])`, 'gu');
    const after = new RegExp(`${boundaryAfter(WORD, body)}(?![\\p{L}])`, 'gu');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', ' ', 'ŵ', 'y', '1', '_', '-'), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(matches(after, text)).toEqual(matches(before, text));
      }),
      { numRuns: 2000 },
    );
  });
});

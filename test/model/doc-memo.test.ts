import { describe, expect, it } from 'vitest';
import { DocMemo } from '../../src/model/index.js';

describe('DocMemo', () => {
  it('computes a value once per document and gives each document its own', () => {
    let calls = 0;
    const memo = new DocMemo<{ text: string }, string>((d) => {
      calls++;
      return d.text.toUpperCase();
    });
    const a = { text: 'a' };
    const b = { text: 'b' };
    expect(memo.get(a)).toBe('A');
    expect(memo.get(b)).toBe('B');
    expect(memo.get(a)).toBe('A');
    expect(calls).toBe(2);
  });

  it('tells apart documents with equal contents (identity, not value)', () => {
    const memo = new DocMemo<{ text: string }, object>(() => ({}));
    const a = { text: 'same' };
    const b = { text: 'same' };
    expect(memo.get(a)).not.toBe(memo.get(b));
    expect(memo.get(a)).toBe(memo.get(a));
  });

  it('computes again, the same value, for a document pushed out by many later ones', () => {
    let calls = 0;
    const memo = new DocMemo<{ n: number }, number>((d) => {
      calls++;
      return d.n * 2;
    });
    const first = { n: 1 };
    memo.get(first);
    for (let i = 0; i < 20; i++) memo.get({ n: i });
    expect(memo.get(first)).toBe(2);
    expect(calls).toBe(22);
  });
});

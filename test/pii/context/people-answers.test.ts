/**
 * findPeople keeps its answers for the last text it read: several rules ask about the same
 * sentence of the same post (a long document has thousands). The answer is shared, so it is
 * frozen, and a different text (or lexicon, range or option) gets its own.
 */
import { describe, expect, it } from 'vitest';
import { findPeople, lexicon } from '../../../src/pii/context/people.js';

const lex = lexicon();

describe('findPeople answers', () => {
  it('gives the same frozen answer to the same question, in English and Welsh', () => {
    for (const text of ['Thanks to Sian Morgan for her help.', 'Diolch i Siân Morgan am ei help.']) {
      const once = findPeople(text, 0, text.length, lex);
      expect(once.map((p) => p.text)).toEqual([text.includes('Siân') ? 'Siân Morgan' : 'Sian Morgan']);
      expect(findPeople(text, 0, text.length, lex)).toBe(once);
      expect(Object.isFrozen(once) && Object.isFrozen(once[0])).toBe(true);
      expect(() => (once as unknown as unknown[]).push(1)).toThrow(TypeError);
    }
  });

  it('answers again for another range, option or text of the same length', () => {
    const text = 'Thanks to Mrs Davies. Your bin is due.';
    expect(findPeople(text, 0, 21, lex).map((p) => p.kind)).toEqual(['titled']);
    expect(findPeople(text, 21, text.length, lex)).toEqual([]);
    expect(findPeople(text, 21, text.length, lex, { addressee: true }).map((p) => p.kind)).toEqual(['addressee']);
    const other = 'Thanks to Mrs Jenkin. Your bin is due.';
    expect(other.length).toBe(text.length);
    expect(findPeople(other, 0, 21, lex).map((p) => p.text)).toEqual(['Mrs Jenkin']);
  });

  it('answers for another lexicon (a pack that adds given names)', () => {
    const text = 'Well done to Zephyrine Quill today.';
    const own = lexicon({ 'given-names': ['Zephyrine'] });
    expect(findPeople(text, 0, text.length, own).map((p) => p.text)).toEqual(['Zephyrine Quill']);
    expect(findPeople(text, 0, text.length, lex).map((p) => p.text)).not.toEqual(findPeople(text, 0, text.length, own).map((p) => p.text));
  });
});

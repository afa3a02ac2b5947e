import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normLength } from '../../../src/packs/welsh-language/lib/text-lengths.js';

// welsh/unequal-content compares segments for copies by a normal form, and measures it first
// without making it: the two must agree, or a copy would go unreported.
const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

describe('normLength', () => {
  it('is the length of the normal form, on any text', () => {
    const pieces = fc.constantFrom('Ffordd', ' ', '\n\n', 'ŵ', 'İ', 'ß', '—', '’', '9', '٣', '𝐀', '😀', '\u0302', 'é', ', ', 'ΣΑΣ', '\t');
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(normLength(text)).toBe(norm(text).length);
    }), { numRuns: 2000 });
  });

  it('counts what a reader sees: runs of letters and digits, one space between', () => {
    expect(normLength("  Mae'r ffordd ar gau!  ")).toBe('mae r ffordd ar gau'.length);
    expect(normLength('İstanbul 𝐀 ')).toBe(norm('İstanbul 𝐀 ').length);
    expect(normLength('— … —')).toBe(0);
  });
});

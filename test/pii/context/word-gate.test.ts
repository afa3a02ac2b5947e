/**
 * A word gate runs a whole-word list's expression only where a phrase's first word is in the
 * text: it must find exactly what a scan of the whole text finds, for every kind of phrase
 * start (a plain word, a word cut by a hyphen or a wildcard, an apostrophe first).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldedRegex, wordsSource } from '../../../src/pii/context/phrases.js';
import { WordGate } from '../../../src/pii/context/word-gate.js';
import { builtinPacks } from '../../../src/support/generated.js';

const PHRASES = ['cancer', 'on the autistic spectrum', 'pen-glin newydd', 'arrest*', "'s stroke", "alzheimer's", 'ôl-driniaeth', 'd.o.b', 'cafodd ei eni', 'HIV'];
const lower = PHRASES.map((p) => p.toLowerCase());
const gated = new FoldedRegex((fold) => wordsSource(PHRASES, fold), () => lower);
const plain = new FoldedRegex((fold) => wordsSource(PHRASES, fold));
const found = (re: FoldedRegex, text: string, from = 0) => re.matches(text, undefined, from).map((m) => `${m.index}:${m[0]}`);

describe('WordGate', () => {
  it('finds where each kind of phrase could start, and only there', () => {
    const gate = WordGate.of(lower)!;
    const text = "on arrested cancerous pen glin, Jim's stroke; alzheimer’s penglin onto";
    const at = (word: string) => text.indexOf(word);
    // "on" (exact first word), "arrested" (wildcard), "pen" and "penglin" (cut by a hyphen),
    // both apostrophes (either may open "'s stroke"), "alzheimer" (an apostrophe ends its first word).
    expect(gate.starts(text)).toEqual([at('on '), at('arrested'), at('pen glin'), at("'s"), at('alzheimer'), at('’s'), at('penglin')]);
    // Not "cancerous" (the whole word must be "cancer") nor "onto".
    expect(gate.starts('cancerous onto')).toEqual([]);
  });

  it('gives no gate for a phrase opening with a hyphen, which may match nothing there', () => {
    expect(WordGate.of(['-ish', 'cancer'])).toBeUndefined();
  });

  it('finds what the whole scan finds in prose', () => {
    const text = "Cafodd ei eni yn 1990. Jim's stroke; he is on the autistic spectrum and was arrested after an ôl-driniaeth check. HIV, cancer; d.o.b 1/2/90. Pen-glin newydd, pen glin newydd, penglin newydd.";
    expect(found(gated, text)).toEqual(found(plain, text));
    // Not "Jim's stroke": a phrase opening with an apostrophe starts no word.
    expect(found(gated, text).length).toBe(10);
    expect(found(gated, text, 30)).toEqual(found(plain, text, 30));
  });

  it('finds what the whole scan finds in any text made of the phrases, look-alikes and odd characters', () => {
    const pieces = ['cancer', 'Cancer', 'cancers', 'on', 'the', 'autistic', 'spectrum', 'pen', '-', 'glin', 'newydd', 'arrest', 'ed', "'", '’', 's', 'stroke', 'alzheimer', 'ôl', 'o\u0302l', 'driniaeth', 'd', '.', 'o', 'b', 'hiv', 'İ', '𝐀', '😀', '_', '7', ' ', '  ', '\n', ',', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(20), (parts, from) => {
        const text = parts.join('');
        expect(found(gated, text, Math.min(from, text.length))).toEqual(found(plain, text, Math.min(from, text.length)));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what the whole scan finds with the shipped special-category terms', async () => {
    const rule = (await builtinPacks()).flatMap((p) => p.rules).find((r) => r.id === 'dp/special-category')!;
    const terms = (rule.detect as unknown as { params: { categories: Array<{ terms: string[] }> } }).params.categories.flatMap((c) => c.terms);
    expect(terms.length).toBeGreaterThan(500);
    expect(WordGate.of(terms.map((t) => t.toLowerCase()))).toBeDefined();
    const withGate = new FoldedRegex((fold) => wordsSource(terms, fold), () => terms.map((t) => t.toLowerCase()));
    const without = new FoldedRegex((fold) => wordsSource(terms, fold));
    const words = [...new Set(terms.flatMap((t) => t.replace(/\*$/, '').split(/\s+/)))];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', "'", '-', ', ', 'Mae ', 'the ', 'xyz')), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(found(withGate, text)).toEqual(found(without, text));
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * `alternation` builds a trie-shaped pattern ("ment(?:al\s+health|ion)") for speed: it must
 * match exactly what the flat list, longest phrase first, matches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation } from '../../../src/pii/context/phrases.js';

const SPECIAL = /[.*+?^${}()|[\]\\]/g;
/** The flat pattern the trie replaces: each phrase in full, longest first. */
function flat(phrases: string[]): string {
  const one = (p: string) => {
    const wild = p.endsWith('*');
    const body = (wild ? p.slice(0, -1) : p).trim().split(/\s+/).map((w) => [...w].map((c) => (c === "'" || c === '’' ? "['’]" : c === '-' ? '[-‐‑ ]?' : c.replace(SPECIAL, '\\$&'))).join('')).join('\\s+');
    return wild ? `${body}[\\p{L}\\p{M}]*` : body;
  };
  return [...new Set(phrases.filter((p) => p.trim()))].sort((a, b) => b.length - a.length).map(one).join('|');
}
const whole = (source: string) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_])(?:${source})(?![\\p{L}\\p{M}\\p{N}_])`, 'gu');
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('alternation (a trie of the phrases)', () => {
  it('shares prefixes, so a letter that starts no phrase fails at once', () => {
    expect(alternation(['mental health', 'mention', 'men'])).toBe('men(?:t(?:al\\s+health|ion))?');
  });

  it('prefers the longest phrase, and falls back to a shorter one when the longer is not whole', () => {
    const re = whole(alternation(['has cancer', 'cancer', 'has']));
    expect(matches(re, 'she has cancer; he has cancers; has')).toEqual(['4:has cancer', '19:has', '32:has']);
  });

  it('keeps the phrase syntax: apostrophes, hyphens, spaces and a trailing wildcard', () => {
    const re = whole(alternation(["pen-blwydd", "o'r ysbyty", 'arrest*']));
    expect(matches(re, 'penblwydd pen blwydd pen-blwydd o’r ysbyty arrested arrest')).toEqual(['0:penblwydd', '10:pen blwydd', '21:pen-blwydd', '32:o’r ysbyty', '43:arrested', '52:arrest']);
  });

  it('never matches anything for an empty list', () => {
    expect(matches(whole(alternation([])), 'anything at all')).toEqual([]);
    expect(matches(whole(alternation(['  '])), 'anything at all')).toEqual([]);
  });

  it('matches what the flat longest-first list matches, for any phrases and text', () => {
    // Words as lists have them: letters, with an apostrophe, hyphen or full stop between two.
    const letters = fc.array(fc.constantFrom('a', 'b', 'c', 'ŵ'), { minLength: 1, maxLength: 3 }).map((l) => l.join(''));
    const word = fc.tuple(letters, fc.option(fc.tuple(fc.constantFrom("'", '-', '.'), letters))).map(([a, rest]) => (rest ? a + rest[0] + rest[1] : a));
    const phrase = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([w, star]) => w.join(' ') + (star ? '*' : ''));
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 12 }), fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', ', ')), { maxLength: 30 }), (phrases, parts) => {
        const text = parts.join(' ');
        expect(matches(whole(alternation(phrases)), text)).toEqual(matches(whole(flat(phrases)), text));
      }),
      { numRuns: 120 },
    );
    // Each case compiles two Unicode patterns (about 10 ms each): a loaded CI machine needs room.
  }, 180_000);
});

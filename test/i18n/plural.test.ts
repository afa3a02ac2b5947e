/** Counted nouns: Welsh's six CLDR categories through Intl.PluralRules, and the forms the glossary gives. */
import { describe, expect, it } from 'vitest';
import { countIn, countWith, pluralCategory } from '../../src/i18n/index.js';

const NUMBERS = [0, 1, 2, 3, 6, 11, 100];

describe('plural categories', () => {
  it('Welsh has six: zero, one, two, few, many, other', () => {
    expect(NUMBERS.map((n) => pluralCategory('cy', n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other', 'other']);
    expect(new Set([0, 1, 2, 3, 6, 7].map((n) => pluralCategory('cy', n))).size).toBe(6);
    expect(NUMBERS.map((n) => pluralCategory('en', n))).toEqual(['other', 'one', 'other', 'other', 'other', 'other', 'other']);
  });

  it('a form a noun does not give falls back to other; one it gives is used (a translator may add the fuller forms)', () => {
    const forms = { zero: 'dim problemau', one: '# broblem', two: '# broblem', few: '# problem', many: '# phroblem', other: '# o broblemau' };
    expect(NUMBERS.map((n) => countWith('cy', forms, n))).toEqual(['dim problemau', '1 broblem', '2 broblem', '3 problem', '6 phroblem', '11 o broblemau', '100 o broblemau']);
  });
});

describe('Welsh counts (docs/glossary.md, "Plurals and numbers")', () => {
  it.each([
    ['problem', ['dim problemau', '1 broblem', '2 o broblemau', '3 o broblemau', '6 o broblemau', '11 o broblemau', '100 o broblemau']],
    ['error', ['dim gwallau', '1 gwall', '2 o wallau', '3 o wallau', '6 o wallau', '11 o wallau', '100 o wallau']],
    ['warning', ['dim rhybuddion', '1 rhybudd', '2 o rybuddion', '3 o rybuddion', '6 o rybuddion', '11 o rybuddion', '100 o rybuddion']],
    ['info', ['dim nodiadau', '1 nodyn', '2 o nodiadau', '3 o nodiadau', '6 o nodiadau', '11 o nodiadau', '100 o nodiadau']],
    ['file', ['dim ffeiliau', '1 ffeil', '2 o ffeiliau', '3 o ffeiliau', '6 o ffeiliau', '11 o ffeiliau', '100 o ffeiliau']],
    ['finding', ['dim canfyddiadau', '1 canfyddiad', '2 o ganfyddiadau', '3 o ganfyddiadau', '6 o ganfyddiadau', '11 o ganfyddiadau', '100 o ganfyddiadau']],
    ['document', ['dim dogfennau', '1 ddogfen', '2 o ddogfennau', '3 o ddogfennau', '6 o ddogfennau', '11 o ddogfennau', '100 o ddogfennau']],
  ] as const)('%s', (noun, expected) => {
    expect(NUMBERS.map((n) => countIn('cy', noun, n))).toEqual(expected);
  });

  it('English: one and other, large numbers grouped', () => {
    expect([0, 1, 2, 1234].map((n) => countIn('en', 'problem', n))).toEqual(['0 problems', '1 problem', '2 problems', '1,234 problems']);
    expect(countIn('cy', 'problem', 1234)).toBe('1,234 o broblemau');
  });
});

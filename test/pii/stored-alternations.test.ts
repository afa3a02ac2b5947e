import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { alternation, buildAlternation } from '../../src/pii/context/phrases.js';
import { madeAlternations, storedAlternation, STORED_ALTERNATIONS_URL } from '../../src/pii/stored-alternations.js';

describe('stored phrase tries (dist/alternations.json)', () => {
  const stored = JSON.parse(readFileSync(fileURLToPath(STORED_ALTERNATIONS_URL), 'utf8')) as Array<[string, string]>;

  it('holds the shipped packs’ long lists, written by the build', () => {
    expect(stored.length).toBeGreaterThan(10);
    // special-category's health terms, English and Welsh, are among them.
    expect(stored.some(([key]) => key.split('\u0001').includes('dementia') && key.split('\u0001').includes('canser'))).toBe(true);
  });

  it('gives, for every list, exactly the pattern the code builds now', () => {
    for (const [key, source] of stored) expect(source, key.slice(0, 80)).toBe(buildAlternation(key.split('\u0001')));
  });

  it('builds a list it does not hold, once, and keeps it for the run', () => {
    let builds = 0;
    const make = () => (builds++, 'x(?:y|z)');
    const key = `not-stored-${Math.random()}`;
    expect(storedAlternation(key, make)).toBe('x(?:y|z)');
    expect(storedAlternation(key, make)).toBe('x(?:y|z)');
    expect(builds).toBe(1);
    expect(madeAlternations()).toContainEqual([key, 'x(?:y|z)']);
  });

  it('matches as the trie built afresh does, in English and Welsh', () => {
    const list = ['wedi marw', 'ysbyty', 'hospital', 'has cancer', 'cancer'];
    expect(alternation(list)).toBe(buildAlternation(list));
    const re = new RegExp(alternation(list), 'g');
    expect('Mae hi yn yr ysbyty; he has cancer'.match(re)).toEqual(['ysbyty', 'has cancer']);
  });
});

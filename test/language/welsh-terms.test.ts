import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownDerivative } from '../../src/language/welsh-derivation.js';
import { accentSlip, excused } from '../../src/language/welsh-excuses.js';
import { isWelshWord, loadWelshWords, normaliseWelsh } from '../../src/language/welsh-spelling.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TERMS = join(ROOT, 'scripts', 'welsh-terms');
const words = loadWelshWords();
const lists = readdirSync(TERMS).filter((f) => f.endsWith('.words.txt'));
const entries = (file: string) => readFileSync(join(TERMS, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));

describe('scripts/welsh-terms word lists', () => {
  it('are the three licensed sources, each naming its source and licence', () => {
    expect(lists.sort()).toEqual(['hunspell-cy.words.txt', 'lecsicon-bangor.words.txt', 'termcymru.words.txt']);
    const notice = readFileSync(join(TERMS, 'NOTICE.md'), 'utf8');
    for (const [file, licence] of [['lecsicon-bangor.words.txt', /CC0 1\.0/], ['termcymru.words.txt', /Creative Commons[\s#]+Attribution/], ['hunspell-cy.words.txt', /LGPL 3\.0/]] as const) {
      expect(readFileSync(join(TERMS, file), 'utf8').split('\n').filter((l) => l.startsWith('#')).join(' '), file).toMatch(licence);
      expect(notice).toContain(file);
    }
  });

  it('hold sorted, unique, lower-case NFC words', () => {
    for (const file of lists) {
      const list = entries(file);
      expect(list.length, file).toBeGreaterThan(100);
      for (let i = 0; i < list.length; i++) {
        expect(list[i], file).toBe(normaliseWelsh(list[i]!));
        expect(list[i], file).toMatch(/^\p{L}[\p{L}'-]*$/u);
        if (i > 0 && !(list[i - 1]! < list[i]!)) throw new Error(`${file}: not sorted at ${list[i]}`);
      }
    }
  });

  it('are in the built word list', () => {
    for (const file of lists) for (const w of entries(file).filter((_, i) => i % 50 === 0)) expect(isWelshWord(w, words), `${file}: ${w}`).toBe(true);
  });

  it('do not make real misspellings Welsh', () => {
    const all = new Set(lists.flatMap(entries));
    for (const w of ['buddianau', 'ywn', 'lleihaur', 'caniatád', 'ysgolon', 'ffrodd', 'cyngot']) {
      expect(all.has(w), w).toBe(false);
      expect(isWelshWord(w, words), w).toBe(false);
    }
  });
});

describe('English section of the word list', () => {
  it('is loaded apart and never taken for Welsh', () => {
    expect(words.english?.has('virtual')).toBe(true);
    expect(words.english?.has('barrier')).toBe(true);
    expect(words.has('virtual')).toBe(false);
    expect(isWelshWord('virtual', words)).toBe(false);
    expect(words.english?.has('cyngor')).toBe(false);
  });
});

describe('knownDerivative', () => {
  it.each(['sicrheir', 'gwlypach', 'tecach', 'caletaf', 'cyfrifadwy', 'ailgylchwyr', 'tecstiwch', 'cydgynhyrchu'])('accepts %s', (w) => {
    expect(knownDerivative(w, words)).toBe(true);
  });
  it('the forms with nn or rr made single are Welsh (the slips above are rejected because of them)', () => {
    expect(isWelshWord('enillwyr', words)).toBe(true);
    expect(isWelshWord('cynaliadwy', words)).toBe(true);
  });
  it.each(['ysgolon', 'gwasanaethio', 'chair', 'ffrodd', 'buddianau', 'gor-', 'cyngor-', 'ennillwyr', 'cynnaliadwy'])('rejects %s', (w) => {
    expect(knownDerivative(w, words)).toBe(false);
  });
});

describe('accentSlip', () => {
  it.each(['ty', 'tim', 'grwp', 'mís', 'storiau', 'caniatád'])('%s is Welsh with its accent put right', (w) => {
    expect(accentSlip(w, words)).toBe(true);
  });
  it.each(['virtual', 'barrier', 'cyngot'])('%s is not', (w) => {
    expect(accentSlip(w, words)).toBe(false);
  });
});

describe('excused', () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return excused(text, start, start + word.length, word, words);
  };
  it('excuses abbreviations, list numerals, English words and names', () => {
    expect(at('Cyfarfod ddydd Mer 3 Rhag', 'Mer')).toBe(true);
    expect(at('gweler ergl. 5(b)', 'ergl')).toBe(true);
    expect(at('Cyngh./Cllr. Jones', 'Cyngh')).toBe(true);
    expect(at('Gallwch:\nii. drwy\'r post', 'ii')).toBe(true);
    expect(at('cyfarfod virtual heno', 'virtual')).toBe(true);
    expect(at("y bont 'Rose and Crown' heno", 'and')).toBe(true);
    expect(at('Yn bresennol:\nKimberly Roberts', 'Kimberly')).toBe(true);
  });
  it('does not excuse lost accents, short English words alone, or a word after a full stop', () => {
    expect(at('Mae\'r tim yn barod', 'tim')).toBe(false);
    expect(at('Roedd y wed yn y neuadd', 'wed')).toBe(false);
    expect(at('Ar gau. Ffrodd Davies', 'Ffrodd')).toBe(false);
    expect(at('ar gau yfor. Diolch', 'yfor')).toBe(false);
  });
});

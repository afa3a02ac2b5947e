/** The CLI's message catalogue (src/i18n): both languages hold every key, with the same placeholders. */
import { describe, expect, it } from 'vitest';
import { count, countIn, MESSAGES, NOUNS, placeholders, setLanguage, t, translate, type MessageKey } from '../../src/i18n/index.js';
import { CY } from '../../src/i18n/messages-cy.js';
import { EN } from '../../src/i18n/messages-en.js';

const keys = Object.keys(EN) as MessageKey[];

describe('message catalogue', () => {
  it('has every key in both languages, and no key in one only', () => {
    expect(Object.keys(CY).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(typeof CY[key], key).toBe('string');
      expect(CY[key].trim(), key).not.toBe('');
    }
  });

  it('a missing key is caught: the check above compares whole key sets', () => {
    const broken: Record<string, string> = { ...CY };
    delete broken['summary.problems'];
    expect(Object.keys(broken).sort()).not.toEqual([...keys].sort());
  });

  it.each(keys)('%s has the same placeholders in Welsh as in English', (key) => {
    expect(placeholders(CY[key])).toEqual(placeholders(EN[key]));
  });

  it('every counted noun has the same forms in both languages, each with its figure', () => {
    expect(Object.keys(NOUNS.cy).sort()).toEqual(Object.keys(NOUNS.en).sort());
    for (const lang of ['en', 'cy'] as const) {
      for (const [noun, forms] of Object.entries(NOUNS[lang])) {
        for (const [category, form] of Object.entries(forms)) {
          if (lang === 'cy' && category === 'zero') expect(form, `${lang} ${noun} ${category}`).toMatch(/^dim /);
          else expect(form, `${lang} ${noun} ${category}`).toContain('#');
        }
      }
    }
  });

  it('Welsh text uses the real accented letters, not look-alikes or ASCII stand-ins', () => {
    for (const key of keys) expect(CY[key], key).not.toMatch(/\w\^|w\^|y\^/);
  });

  it('t() fills placeholders in the run language; a placeholder without a value stays visible', () => {
    setLanguage('cy');
    try {
      expect(t('review.edit', { line: 3 })).toBe('Golygu llinell 3');
      expect(count('problem', 1)).toBe('1 broblem');
    } finally {
      setLanguage('en');
    }
    expect(t('review.edit', { line: 3 })).toBe('Edit line 3');
    expect(translate('en', 'review.edit')).toBe('Edit line {line}');
    expect(MESSAGES.en['review.edit']).toBe(EN['review.edit']);
    expect(countIn('en', 'file', 1)).toBe('1 file');
  });
});

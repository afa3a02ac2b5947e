/** The HTML report's words (html-strings.ts, docs/glossary.md) and colours (html-style.ts). */
import { describe, expect, it } from 'vitest';
import { categoryLabel, count, formatDate, formatDateTime, formatMonth, formatPercent, SEVERITY_LABEL, STRINGS } from '../../src/formats/html-strings.js';
import { PALETTE } from '../../src/formats/html-style.js';

describe('Welsh counts (glossary: "Plurals and numbers")', () => {
  it.each([
    [0, 'dim canfyddiadau', 'dim negeseuon', 'dim cyfrifon', 'dim gwallau', 'dim rhybuddion', 'dim nodiadau'],
    [1, '1 canfyddiad', '1 neges', '1 cyfrif', '1 gwall', '1 rhybudd', '1 nodyn'],
    [2, '2 o ganfyddiadau', '2 o negeseuon', '2 o gyfrifon', '2 o wallau', '2 o rybuddion', '2 o nodiadau'],
    [3, '3 o ganfyddiadau', '3 o negeseuon', '3 o gyfrifon', '3 o wallau', '3 o rybuddion', '3 o nodiadau'],
    [6, '6 o ganfyddiadau', '6 o negeseuon', '6 o gyfrifon', '6 o wallau', '6 o rybuddion', '6 o nodiadau'],
    [7, '7 o ganfyddiadau', '7 o negeseuon', '7 o gyfrifon', '7 o wallau', '7 o rybuddion', '7 o nodiadau'],
    [100, '100 o ganfyddiadau', '100 o negeseuon', '100 o gyfrifon', '100 o wallau', '100 o rybuddion', '100 o nodiadau'],
    [1234, '1,234 o ganfyddiadau', '1,234 o negeseuon', '1,234 o gyfrifon', '1,234 o wallau', '1,234 o rybuddion', '1,234 o nodiadau'],
  ])('%i', (n, finding, post, account, error, warning, info) => {
    expect([count('cy', 'finding', n), count('cy', 'post', n), count('cy', 'account', n), count('cy', 'error', n), count('cy', 'warning', n), count('cy', 'info', n)]).toEqual([finding, post, account, error, warning, info]);
  });

  it('feminine nouns mutate after one (dogfen), rh- does not (rheol)', () => {
    expect([count('cy', 'document', 1), count('cy', 'document', 5), count('cy', 'rule', 1), count('cy', 'rule', 2)]).toEqual(['1 ddogfen', '5 o ddogfennau', '1 rheol', '2 o reolau']);
  });

  it('English singular and plural', () => {
    expect([count('en', 'post', 0), count('en', 'post', 1), count('en', 'post', 2), count('en', 'info', 1), count('en', 'info', 3)]).toEqual(['0 posts', '1 post', '2 posts', '1 info', '3 infos']);
  });
});

describe('the table of strings', () => {
  it('has every English string in Welsh, translated', () => {
    expect(Object.keys(STRINGS.cy).sort()).toEqual(Object.keys(STRINGS.en).sort());
    const same = Object.keys(STRINGS.en).filter((k) => STRINGS.en[k as keyof typeof STRINGS.en] === STRINGS.cy[k as keyof typeof STRINGS.cy]);
    expect(same).toEqual(['none']);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(STRINGS.en) as Array<keyof typeof STRINGS.en>) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(STRINGS.cy[key]), key).toEqual(names(STRINGS.en[key]));
    }
  });

  it('uses the glossary’s terms', () => {
    expect(SEVERITY_LABEL.cy).toEqual({ error: 'Gwall', warning: 'Rhybudd', info: 'Gwybodaeth' });
    expect(STRINGS.cy.summary).toBe('Crynodeb');
    expect(STRINGS.cy.howToFix).toBe('Sut i’w gywiro');
    expect(STRINGS.cy.citation).toBe('Cyfeirnod y polisi');
    expect(STRINGS.cy.docTitle).toMatch(/^Adroddiad archwilio/);
    // Never an ampersand (Arddulliadur), never "w^" for ŵ.
    for (const s of Object.values(STRINGS.cy)) expect(s).not.toMatch(/&|\^/);
  });

  it('names the categories in both languages, and keeps a pack’s own category id', () => {
    expect(categoryLabel('cy', 'welsh-language')).toBe('Y Gymraeg');
    expect(categoryLabel('en', 'data-protection')).toBe('Data protection');
    expect(categoryLabel('cy', 'local-rules')).toBe('local-rules');
    expect(categoryLabel('cy', 'constructor')).toBe('constructor');
  });
});

describe('dates and numbers', () => {
  it('writes dates and months in words', () => {
    expect(formatDate('cy', '2026-12-01')).toBe('1 Rhagfyr 2026');
    expect(formatDate('en', '2026-03-05T09:00:00Z')).toBe('5 March 2026');
    expect(formatDate('en', 'soon')).toBe('soon');
    expect(formatDateTime('cy', '2026-11-28T10:02:41.123Z')).toBe('28 Tachwedd 2026, 10:02 UTC');
    expect(formatMonth('cy', '2026-02')).toBe('Chwefror 2026');
    expect(formatMonth('cy', '2026-07', true)).toBe('Gorff 2026');
  });

  it('writes shares as percentages, and a dash when there is nothing to share', () => {
    expect([formatPercent(1, 3), formatPercent(3, 3), formatPercent(0, 5), formatPercent(0, 0)]).toEqual(['33.3%', '100%', '0%', '—']);
  });
});

/** WCAG 2.x contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('colours (WCAG 2.2 AA)', () => {
  const P = PALETTE;
  it.each([
    ['text on card', P.text, P.card],
    ['text on page', P.text, P.page],
    ['text on table heads', P.text, P.head],
    ['muted text on card', P.muted, P.card],
    ['muted text on page', P.muted, P.page],
    ['muted text on table heads', P.muted, P.head],
    ['links on card', P.link, P.card],
    ['masthead text', P.brandText, P.brand],
    ['masthead secondary text', P.brandMuted, P.brand],
    ['error badge', P.errorText, P.errorBg],
    ['warning badge', P.warningText, P.warningBg],
    ['info badge', P.infoText, P.infoBg],
    ['text on the left-out note', P.text, P.noteBg],
  ])('%s: at least 4.5:1', (_, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['accent bars', P.barAccent],
    ['error bars', P.barError],
    ['warning bars', P.barWarning],
    ['info bars', P.barInfo],
    ['compliance bars', P.barGood],
    ['form control borders', P.control],
  ])('%s: at least 3:1 against the card (non-text contrast)', (_, colour) => {
    expect(contrast(colour, P.card)).toBeGreaterThanOrEqual(3);
    expect(contrast(colour, P.track)).toBeGreaterThanOrEqual(3);
  });
});

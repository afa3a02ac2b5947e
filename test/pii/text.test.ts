import { describe, expect, it } from 'vitest';
import { contextPattern, hasContext, hasDigit, isSingleCase } from '../../src/pii/text.js';

describe('contextPattern and hasContext', () => {
  const re = contextPattern(['nhs', 'claf']);
  it.each([
    ['NHS no. 123', true],
    ['rhif GIG y claf 123', true],
    ['nhsx 123', false],
    ['cyflafan 123', false],
  ])('%j → %s', (text, found) => expect(hasContext(text, text.length - 3, text.length, re)).toBe(found));

  it('only looks within the window', () => {
    const text = `NHS ${'x'.repeat(80)} 123`;
    expect(hasContext(text, text.length - 3, text.length, re, 60, 0)).toBe(false);
    expect(hasContext(text, text.length - 3, text.length, re, 100, 0)).toBe(true);
  });
});

describe('hasDigit and isSingleCase', () => {
  it('hasDigit', () => {
    expect(hasDigit('no digits here')).toBe(false);
    expect(hasDigit('one 1')).toBe(true);
  });
  it('isSingleCase', () => {
    expect(isSingleCase('AB12CDE')).toBe(true);
    expect(isSingleCase('ab12cde')).toBe(true);
    expect(isSingleCase('Ab12cde')).toBe(false);
  });
});

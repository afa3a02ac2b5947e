import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/engine/excerpt.js';

describe('excerpt', () => {
  it('leaves out HTML comments, which are never published', () => {
    const text = 'Call 07700 900123 now. <!-- expect: dp/phone-number -->';
    expect(excerpt(text, 5, 17, [[5, 17]])).toBe('Call 0770•••••23 now.');
  });

  it('does not mark a cut that falls inside a comment as more text', () => {
    const text = `Welsh to follow. <!-- ${'x'.repeat(60)} -->`;
    expect(excerpt(text, 0, 15, [])).toBe('Welsh to follow.');
  });

  it('keeps the ellipsis when real text is cut', () => {
    const text = `Welsh to follow ${'and more words '.repeat(6)}`;
    expect(excerpt(text, 0, 15, []).endsWith('…')).toBe(true);
  });
});

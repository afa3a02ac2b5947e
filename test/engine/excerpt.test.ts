import { describe, expect, it } from 'vitest';
import { excerpt, SHOWN } from '../../src/engine/excerpt.js';

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

  it('shows a long match by its start, cut at a space, whole paragraphs not repeated', () => {
    const text = `${'Road closed on the A48 today. '.repeat(40)}Diolch.`;
    const shown = excerpt(text, 0, text.length - 8, []);
    expect(shown.length).toBeLessThanOrEqual(SHOWN + 1);
    expect(shown).toMatch(/^Road closed on the A48 today\. .* Road…$/);
  });

  it('masks personal data in the shown start of a long match', () => {
    const text = `Call 07700 900123 now. ${'Road closed on the A48 today. '.repeat(20)}`;
    expect(excerpt(text, 0, text.length, [[5, 17]])).toMatch(/^Call 0770•••••23 now\. Road .*…$/);
  });

  it('shows a match of SHOWN characters or fewer whole, with its context', () => {
    const text = `Before it. ${'a'.repeat(SHOWN - 1)} after it.`;
    expect(excerpt(text, 11, 11 + SHOWN - 1, [])).toBe(`Before it. ${'a'.repeat(SHOWN - 1)} after it.`);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankComments, extractBareUrls, plainProse } from '../../src/inputs/prose.js';

/** The character-array reading plainProse replaces: comments blanked, then bare URLs found and blanked. */
function byArray(text: string) {
  const chars = text.split('');
  blankComments(text, chars, 0, text.length);
  const links = extractBareUrls(text, chars, 0, text.length);
  return { prose: chars.join(''), links };
}

describe('plainProse', () => {
  it('blanks URLs and comments, keeping every offset and line break', () => {
    const text = 'See https://example.org/a, then <!-- smpolicy-disable\nx --> www.example.org.';
    const { prose, links } = plainProse(text);
    expect(prose).toHaveLength(text.length);
    expect(prose).toBe('See ' + ' '.repeat(21) + ', then ' + ' '.repeat(21) + '\n' + ' '.repeat(5) + ' ' + ' '.repeat(15) + '.');
    expect(links.map((l) => l.url)).toEqual(['https://example.org/a', 'www.example.org']);
  });

  it('gives the text itself when there is nothing to blank', () => {
    const text = 'Bin collections change next week.';
    expect(plainProse(text)).toEqual({ prose: text, links: [] });
  });

  it('agrees with the character-array reading on any text', () => {
    const piece = fc.constantFrom('https://', 'www.', 'example.org', '/x', '<!--', '-->', ' ', '\n', '.', ',', ')', 'a', 'ŵ', '😀', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(plainProse(text)).toEqual(byArray(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDraft on plain text', () => {
  it('reads a plain draft as plainDraft does, and a thread or front matter the long way', async () => {
    const { parseDraft, plainDraft } = await import('../../src/inputs/draft.js');
    const text = 'Bins are late: see https://example.org/bins <!-- smpolicy-disable-next-line x -- y -->\nDiolch.';
    const parsed = (await parseDraft(text, 'draft.txt')).doc!;
    const plain = plainDraft(text, { file: 'draft.txt', line: 1 });
    expect(parsed.prose).toBe(plain.prose);
    expect(parsed.links).toEqual(plain.links);
    const thread = (await parseDraft('First post\n---\nSecond post', 'thread.txt')).doc!;
    expect(thread.posts).toHaveLength(2);
    expect(thread.prose).toBe('First post\n   \nSecond post');
  });
});

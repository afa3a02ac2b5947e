import { describe, expect, it } from 'vitest';
import { plainDraft } from '../../../src/inputs/draft.js';
import { exportedPost } from '../../../src/inputs/exports/export-source.js';

describe('exportedPost', () => {
  const where = { file: 'posts.csv', row: 3, post: { id: '1', account: '@ExampleCouncil', date: '2026-03-02T09:00+00:00', url: 'https://example.org/p/1' } };
  const text = 'Mwy o wybodaeth: www.example.org/llyfrgell <!-- smpolicy-disable-next-line --> More: https://example.org/library';

  it('reads as the plain draft of its text, judged as of its own date', () => {
    const doc = exportedPost(text, where);
    const draft = plainDraft(text, where, { scheduled: '2026-03-02T09:00' });
    expect({ ...doc }).toEqual(draft);
    expect(doc.links.map((l) => l.url)).toEqual(draft.links.map((l) => l.url));
    expect(doc.links.length).toBe(2);
  });

  it('makes its prose once, when first read, and keeps it', () => {
    const doc = exportedPost(text, where);
    const prose = doc.prose;
    expect(prose).toHaveLength(text.length);
    expect(prose).not.toContain('smpolicy-disable');
    expect(doc.prose).toBe(prose);
  });

  it('has no scheduled date when the export gives none', () => {
    expect(exportedPost('Hello', { ...where, post: { ...where.post, date: '' } }).frontMatter).toEqual({});
  });
});

/**
 * dp/unconsented-quote as shipped: attributable quotes of members of the public need a
 * permission recorded in front matter `quotes:`; councillors, officers and organisations do not.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, found } from './helpers.js';

const RULE = 'dp/unconsented-quote';

const withQuotes = (quotes: string, body: string) => `---\nquotes:\n${quotes}---\n${body}\n`;

describe(RULE, () => {
  it.each([
    ['“The new bins are brilliant,” said Sian Morgan, a resident.', 'Sian Morgan'],
    ['Sian Morgan said: “Best day ever.”', 'Sian Morgan'],
    ['“Thanks for fixing the lights!” tweeted @sian_123.', '@sian_123'],
    ['As @sian_123 tweeted, “the park is lovely”.', '@sian_123'],
    ['@sian_123: “Brilliant service from the library”', '@sian_123'],
    ['RT @sian_123: the bins were not collected again', '@sian_123'],
    ['“Great,” said Bob.', 'Bob'],
    ['‘It’s wonderful,’ said Megan Evans.', 'Megan Evans'],
    ['"Fab" said Tom Jones', 'Tom Jones'],
    ['“It was great,” Sian Morgan told us, “and we will be back.”', 'Sian Morgan'],
    ['Dywedodd Dai Jones: “Mae’r parc yn wych.”', 'Dai Jones'],
    ['“Hyfryd,” meddai Mrs Davies o Lanelli.', 'Mrs Davies'],
    ['“Diolch,” meddai @sian_123.', '@sian_123'],
    ['Yn ôl Sian Morgan, “mae’r llyfrgell yn wych”.', 'Sian Morgan'],
  ])('finds the author of %j', async (text, author) => {
    expect(await found(RULE, text)).toEqual([author]);
  });

  it.each([
    '“We are delighted,” said Cllr Jones, Cabinet Member for Waste.',
    '“Mae’n wych,” meddai Cyng. Dai Jones.',
    '“Mae’n newyddion gwych,” meddai Arweinydd y Cyngor.',
    'Our Leader, Cllr Darren Price, said: “We will listen.”',
    'Jane Evans, Director of Place, said: “We are pleased.”',
    '“We are proud,” said Carmarthenshire Council.',
    '“Stay safe,” said Dyfed-Powys Police.',
    '“Thanks all,” tweeted @CarmsCouncil.',
    'One resident told us the new bins are “brilliant”.',
    'Road closed: “Welsh to follow” is not a translation.',
    'Invoice INV-2026-004512 for the “new benches” has been paid.',
    'Have you seen this “black cat”? It was near King Street.',
  ])('leaves alone %j', async (text) => {
    expect(await found(RULE, text)).toEqual([]);
  });

  it('a recorded permission covers the author, by handle or by name', async () => {
    const q = '  - author: "@sian_123"\n    permission: "DM 2026-11-01"\n  - author: "Megan Evans"\n    permission: "e-mail 2026-10-30"\n';
    expect(await found(RULE, withQuotes(q, '“Lovely!” tweeted @sian_123.'))).toEqual([]);
    expect(await found(RULE, withQuotes(q, '“Lovely!” said Megan Evans.'))).toEqual([]);
    expect(await found(RULE, withQuotes(q, '“Lovely!” said Megan.'))).toEqual([]);
    expect(await found(RULE, withQuotes(q, '“Lovely!” said Mrs Megan Evans.'))).toEqual([]);
    expect(await found(RULE, withQuotes(q, '“Lovely!” said Dai Jones.'))).toEqual(['Dai Jones']);
  });

  it('an author listed without a permission is still reported, with a note', async () => {
    const [f] = await findingsOf(RULE, withQuotes('  - author: "@sian_123"\n', '“Lovely!” tweeted @sian_123.'));
    expect(f.note).toMatch(/no permission/);
  });

  it('the organisation’s own name (organisation.name) is not a member of the public', async () => {
    const text = '“We are listening,” said Dyfed Housing Unitary.';
    expect(await found(RULE, text)).toEqual(['Dyfed Housing Unitary']);
    expect(await found(RULE, text, { ctx: { organisation: { name: 'Dyfed Housing Unitary', domains: [], approvedApps: [], allow: { emails: [], phones: [] } } } })).toEqual([]);
  });

  it('masks the author', async () => {
    const [f] = await findingsOf(RULE, '“The new bins are brilliant,” said Sian Morgan, a resident.');
    expect(f.message).not.toContain('Sian Morgan');
    expect(f.excerpt).not.toContain('Sian Morgan');
  });
});

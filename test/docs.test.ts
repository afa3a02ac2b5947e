import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs, ROOT, spliceReadme } from '../scripts/docs.js';

describe('generated docs are up to date (run `npm run docs` after editing a pack)', () => {
  it('README rule table matches the packs', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const { table } = await renderDocs();
    expect(spliceReadme(readme, table)).toBe(readme);
  });
  it('docs/rules.md matches the packs', async () => {
    const { rulesMd } = await renderDocs();
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesMd);
  });
  it('docs/rheolau.md (the Welsh rule docs) matches the packs', async () => {
    const { rheolauMd } = await renderDocs();
    expect(readFileSync(join(ROOT, 'docs', 'rheolau.md'), 'utf8')).toBe(rheolauMd);
  });
});

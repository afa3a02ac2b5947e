import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../../src/formats/index.js';
import { input } from './fixture.js';

const SRC = fileURLToPath(new URL('../../src/formats/', import.meta.url));

describe('format registry', () => {
  it('lists the six contract formats', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
  });

  it.each(FORMAT_NAMES)('loads %s, which renders the whole output ending in a newline', async (name) => {
    const format = await loadFormatter(name);
    const out = format(input());
    expect(out.length).toBeGreaterThan(0);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('rejects an unknown name, listing the valid ones', async () => {
    await expect(loadFormatter('xml')).rejects.toThrow("unknown format 'xml': expected one of stylish, json, sarif, junit, github, gitlab");
  });

  it('keeps start-up lean: no static import of a format, chalk only in stylish', () => {
    const index = readFileSync(`${SRC}index.ts`, 'utf8');
    expect(index).not.toMatch(/^import\s+(?!type\b)[^;]*from\s+'\.\/(stylish|json|sarif|junit|github|gitlab)\.js'/m);
    for (const file of readdirSync(SRC).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(`${SRC}${file}`, 'utf8');
      expect(/from 'chalk'/.test(source), file).toBe(file === 'stylish.ts');
    }
  });
});

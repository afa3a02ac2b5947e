/**
 * Positions from js-yaml's listener (src/support/yaml-spans.ts) are the YAML library's:
 * wherever spanLocator answers, yamlLocator on the full document gives the same line:column.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LineIndex } from '../src/model/index.js';
import { takesFastPath } from '../src/support/yaml-file.js';
import { yamlLocator } from '../src/support/yaml-locate.js';
import { loadYaml } from '../src/support/yaml-module.js';
import { spanLocator } from '../src/support/yaml-spans.js';

const yaml = await loadYaml();

/** Every pointer in the data, each with and without its last segment as a key. */
function* pointers(data: unknown, at = ''): Generator<[string, string | undefined]> {
  yield [at, undefined];
  if (data === null || typeof data !== 'object') return;
  for (const [k, v] of Object.entries(data)) {
    const seg = k.replace(/~/g, '~0').replace(/\//g, '~1');
    if (!Array.isArray(data)) yield [at, k];
    yield* pointers(v, `${at}/${seg}`);
  }
  yield [`${at}/missing`, undefined];
  yield [at, 'missing'];
}

/** Compares the two locators on every pointer; returns how many the listener answered. */
function agree(text: string): { answered: number; asked: number } {
  const data = yaml.fastLoad(text, { schema: yaml.CORE_SCHEMA });
  const lines = new LineIndex(text);
  const full = yamlLocator(yaml, yaml.parseDocument(text, { uniqueKeys: false }), lines);
  const spans = spanLocator(yaml, text);
  let answered = 0;
  let asked = 0;
  for (const [pointer, key] of pointers(data)) {
    asked++;
    const at = spans(pointer, key);
    if (at === undefined) continue;
    answered++;
    expect({ pointer, key, at: lines.position(at) }).toEqual({ pointer, key, at: full(pointer, key) });
  }
  return { answered, asked };
}

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

describe('positions from js-yaml agree with the YAML library', () => {
  const files = [...yamlFiles('policies'), ...yamlFiles('fixtures')].filter((f) => {
    const text = readFileSync(f, 'utf8');
    try {
      yaml.fastLoad(text, { schema: yaml.CORE_SCHEMA });
      return takesFastPath(text);
    } catch {
      return false;
    }
  });

  it('on every pack and fixture the fast path reads, for all but a handful of pointers', () => {
    expect(files.length).toBeGreaterThan(50);
    let answered = 0;
    let asked = 0;
    for (const f of files) {
      const r = agree(readFileSync(f, 'utf8'));
      answered += r.answered;
      asked += r.asked;
    }
    expect(answered / asked).toBeGreaterThan(0.99);
  });

  it('on an account listing admins in flow mappings, with comments, quotes and nesting', () => {
    const admins = Array.from({ length: 40 }, (_, i) => `  - { name: "Admin ${i}", email: admin${i}@example.org, rol: admin }  # ${i}`).join('\n');
    const text = `# account\nkind: social-account\nhandle: '@ExampleCouncil'\nadmins:\n${admins}\nowners:\n  -\n    name: Owner\n    roles: [a, b,\n      c]\n  - name: Two\n    empty:\n    tagged: !!str 5\nflow: {a, b: 1, c: [x, {y: z}]}\n`;
    const r = agree(text);
    // All but the empty value and the tagged one, whose places the YAML library says.
    expect(r.asked - r.answered).toBeLessThanOrEqual(6);
  });

  it('on any data the YAML library writes, block or flow', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('map')),
      leaf: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('a: b', '#x', 'Cyngor Sir Gâr', "it's", '- x')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(value.map, fc.boolean(), (data, flow) => {
        const text = stringify(data, { collectionStyle: flow ? 'flow' : 'block' });
        if (!takesFastPath(text)) return;
        try {
          yaml.fastLoad(text, { schema: yaml.CORE_SCHEMA });
        } catch {
          return;
        }
        agree(text);
      }),
      { numRuns: 300 },
    );
  });
});

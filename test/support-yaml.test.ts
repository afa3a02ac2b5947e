/**
 * The two YAML readers agree: js-yaml (the fast path of src/support/yaml-file.ts) and the
 * YAML library (positions and errors) give the same data for the files smpolicy reads.
 */
import fc from 'fast-check';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { parseYamlFile, takesFastPath } from '../src/support/yaml-file.js';

/** What each reader makes of a text: its data as JSON (so -0 is 0), or that it refused it. */
const read = (f: () => unknown) => {
  try {
    return JSON.stringify(f());
  } catch {
    return 'refused';
  }
};
const fast = (text: string) => read(() => load(text, { schema: CORE_SCHEMA }));
const full = (text: string) => read(() => parse(text));

const SCALARS = ['yes', 'no', 'on', 'off', 'y', 'n', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', '0o17', '0x1F', '017', '1e3', '1_000', '0_.', '0x_1', '1__2', '+1_.e2', '+12', '-0', '.5', '.inf', '-.Inf', '.NaN', '2026-06-01', '2026-06-01T09:00', '12:30', '1:20:30', "'quoted'", '"dq \\u00e2"', '@handle', '#not-a-comment', 'a: b', 'Cyngor Sir Gâr', '07700 900123', '"07700900123"', '0123', '1.0', '1.', '3.14e-2'];

describe('js-yaml and the YAML library read the same data', () => {
  it.each(SCALARS)('scalar %s', (s) => {
    const text = `value: ${s}\nlist: [${s.includes(':') || s.includes('#') ? JSON.stringify(s) : s}]\n`;
    if (takesFastPath(text)) expect(fast(text)).toBe(full(text));
    else expect(fast(text)).not.toBe(full(text));
  });

  it('any data the YAML library writes', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('map')),
      leaf: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true }), fc.constantFrom(...SCALARS)),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.string({ minLength: 1 }), tie('node'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(value.map, (data) => {
        const text = stringify(data);
        if (takesFastPath(text)) expect(fast(text)).toBe(full(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the fast path still gives positions when a later check asks for one', async () => {
    const file = await parseYamlFile('pack: p\ntitle: T\nrules:\n  - id: a/b\n    severity: eror\n', 'p.yaml');
    expect(file.errors).toEqual([]);
    expect(file.locate('/rules/0/severity')).toEqual({ line: 5, column: 15 });
    expect(file.locate('/rules/0', 'id')).toEqual({ line: 4, column: 5 });
  });

  it('underscored numbers are strings, as YAML 1.2 reads them (js-yaml would read 0_. as 0; found by the property above)', async () => {
    const file = await parseYamlFile('a:\n  0_.: 1\nb: 0x_1\nc: 1__2\n', 'u.yaml');
    expect(file.data).toEqual({ a: { '0_.': 1 }, b: '0x_1', c: '1__2' });
  });

  it('a duplicate key is an error at its line, as from the full parse', async () => {
    const file = await parseYamlFile('a: 1\nb: 2\na: 3\n', 'x.yaml');
    expect(file.errors.map((e) => e.format())).toEqual([expect.stringMatching(/^x\.yaml:3:1: invalid YAML: /)]);
  });
});

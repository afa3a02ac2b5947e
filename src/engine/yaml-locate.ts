import type { Document, Node } from 'yaml';
import type { Yaml } from './yaml-module.js';
import { UserError } from '../inputs/errors.js';
import { LineIndex } from '../inputs/lines.js';

export type Locate = (pointer: string, key?: string) => { line: number; column: number };

/** Splits a JSON Pointer ("/rules/0/detect") into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Finds where a JSON Pointer's value (or, with `key`, that key of the mapping at the pointer)
 * sits in a parsed YAML document; falls back to the nearest existing parent.
 * `base` is the offset of the YAML text inside the file (front matter starts after `---`).
 */
export function yamlLocator(yaml: Yaml, doc: Document, lines: LineIndex, base = 0): Locate {
  const { isMap, isSeq, isPair, isScalar } = yaml;
  return (pointer, key) => {
    let node: Node | null = doc.contents as Node | null;
    let offset = node?.range?.[0] ?? 0;
    const segments = pointerSegments(pointer);
    if (key !== undefined) segments.push(key);
    for (let i = 0; i < segments.length && node; i++) {
      const seg = segments[i];
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === seg);
        if (!pair) break;
        const keyAt = (pair.key as Node).range?.[0] ?? offset;
        const value = pair.value as Node | null;
        // A scalar is shown where its value is; a mapping or list, and a named key, at the key.
        const atKey = (key !== undefined && i === segments.length - 1) || !isScalar(value);
        offset = atKey ? keyAt : value?.range?.[0] ?? keyAt;
        node = value;
      } else if (isSeq(node)) {
        const item = node.items[Number(seg)] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else break;
    }
    return lines.position(base + offset);
  };
}

/** A YAML syntax error as one line; `lineOffset` shifts lines for YAML embedded in a file. */
export function yamlSyntaxError(
  e: { message: string; linePos?: [{ line: number; col: number }, ...unknown[]] },
  file: string,
  lineOffset = 0,
): UserError {
  const pos = e.linePos?.[0];
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return new UserError(`invalid YAML: ${first}`, file, (pos?.line ?? 1) + lineOffset, pos?.col ?? 1);
}

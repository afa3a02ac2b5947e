import type { Document, Node } from 'yaml';
import type { Yaml } from './yaml-module.js';
import { UserError } from '../model/index.js';
import { language, t, type MessageKey } from '../i18n/index.js';
import { escapeRegExp, LineIndex } from '../model/index.js';

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

/** What each YAML library error code means, for a Welsh run (docs: yaml's errors.d.ts). */
const YAML_WHY: Record<string, MessageKey> = {
  ALIAS_PROPS: 'yaml.why.alias',
  BAD_ALIAS: 'yaml.why.alias',
  MULTIPLE_ANCHORS: 'yaml.why.alias',
  BAD_DQ_ESCAPE: 'yaml.why.escape',
  BAD_INDENT: 'yaml.why.indent',
  TAB_AS_INDENT: 'yaml.why.tab',
  BAD_SCALAR_START: 'yaml.why.scalarStart',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.why.key',
  MULTILINE_IMPLICIT_KEY: 'yaml.why.key',
  DUPLICATE_KEY: 'yaml.why.duplicateKey',
  MISSING_CHAR: 'yaml.why.missing',
  UNEXPECTED_TOKEN: 'yaml.why.unexpected',
  TAG_RESOLVE_FAILED: 'yaml.why.tag',
  MULTIPLE_TAGS: 'yaml.why.tag',
  BAD_PROP_ORDER: 'yaml.why.tag',
  MULTIPLE_DOCS: 'yaml.why.documents',
};

/**
 * Why YAML could not be read. English keeps the library's own words, which are more
 * detailed; Welsh says what the error's code means, and the commonest mistakes exactly.
 */
function yamlWhy(code: string | undefined, english: string): string {
  if (language() === 'en') return english;
  const unclosed = / end with a (\S)$/.exec(english);
  if (unclosed) return t('yaml.why.unclosed', { char: unclosed[1] });
  if (/^Missing closing .?quote/.test(english)) return t('yaml.why.unclosedQuote');
  if (/^Implicit map keys need to be followed by map values/.test(english)) return t('yaml.why.noValue');
  return t(code && Object.hasOwn(YAML_WHY, code) ? YAML_WHY[code] : 'yaml.why.other');
}

/**
 * A YAML error as one line at its true position; `base` is the offset of the YAML inside the
 * file (front matter starts after its `---` line).
 */
export function yamlSyntaxError(e: { message: string; pos: [number, number]; code?: string }, file: string, lines: LineIndex, base = 0, length = lines.text.length - base): UserError {
  // An error found only at the end of the input (an unclosed quote or bracket) is shown on
  // the last line that has text, where the user left it open.
  let offset = Math.min(e.pos[0], Math.max(0, length - 1));
  if (e.pos[0] >= length) while (offset > 0 && /\s/.test(lines.text[base + offset])) offset--;
  const at = lines.position(base + offset);
  const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return new UserError(t('yaml.invalid', { why: yamlWhy(e.code, first) }), file, at.line, at.column);
}

/**
 * The document as plain data. Unresolved aliases (`*x`) and alias bombs throw inside the
 * YAML library; they become one clear error at the document's start instead of a crash.
 */
export function yamlData(doc: Document, file: string, lines: LineIndex, base = 0): { data?: unknown; error?: UserError } {
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }) };
  } catch (e) {
    const message = (e as Error).message;
    // The library names an unresolved alias but not where it is: find its first use.
    const name = /alias[^:]*: (\S+)$/i.exec(message)?.[1];
    const found = lines.text.slice(base).search(name ? new RegExp(`\\*${escapeRegExp(name)}(?![\\w-])`) : /\*[\w-]/);
    const at = lines.position(base + Math.max(0, found));
    const why = language() === 'cy' ? t(/alias/i.test(message) ? 'yaml.why.alias' : 'yaml.why.other') : /alias/i.test(message) ? `YAML aliases: ${message}` : message;
    return { error: new UserError(t('yaml.invalid', { why }), file, at.line, at.column) };
  }
}

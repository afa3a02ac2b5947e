import { LineIndex, UserError } from '../model/index.js';
import { pointerSegments, yamlData, yamlLocator, yamlSyntaxError, type Locate } from './yaml-locate.js';
import { loadYaml } from './yaml-module.js';
import { spanLocator } from './yaml-spans.js';

export interface YamlFile {
  data?: unknown;
  /** Line:column of a JSON Pointer's value (or key) in the file. */
  locate: Locate;
  /** [start, end) offsets of the scalar at a JSON Pointer, as written (quotes included), if it is one. */
  range(pointer: string): [number, number] | undefined;
  lines: LineIndex;
  errors: UserError[];
}

/**
 * Parses a whole YAML (or JSON) file into plain data with a locator for its keys: syntax
 * errors and alias problems come back as UserErrors at their line:column, never as throws.
 */
export async function parseYamlFile(text: string, file: string, options: { uniqueKeys?: boolean } = {}): Promise<YamlFile> {
  const yaml = await loadYaml();
  const lines = new LineIndex(text);
  const nowhere: Locate = () => ({ line: 1, column: 1 });
  let full: ReturnType<typeof yaml.parseDocument> | undefined;
  const document = () => (full ??= yaml.parseDocument(text, { prettyErrors: false, logLevel: 'silent', uniqueKeys: false }));
  const range = (pointer: string): [number, number] | undefined => {
    const node = document().getIn(pointerSegments(pointer), true) as { range?: [number, number, number] } | undefined;
    return node && yaml.isScalar(node) && node.range ? [node.range[0], node.range[1]] : undefined;
  };
  // Fast path: a file with no anchors or aliases (so no alias bomb either) that js-yaml reads
  // without complaint (duplicate keys are an error there too). Positions are worked out only
  // if a later check needs one; anything else takes the full parse below, whose errors say where.
  if (takesFastPath(text)) {
    let data: unknown;
    let ok = false;
    try {
      data = yaml.fastLoad(text, { schema: yaml.CORE_SCHEMA });
      ok = true;
    } catch {
      // Reported with its line:column by the full parse.
    }
    if (ok) {
      // Most positions come from js-yaml's own reading, loaded again with a listener; the
      // YAML library's document is parsed only for the few it cannot be sure of.
      let spans: ReturnType<typeof spanLocator> | undefined;
      let locator: Locate | undefined;
      const locate: Locate = (pointer, key) => {
        spans ??= spanLocator(yaml, text);
        const at = spans(pointer, key);
        if (at !== undefined) return lines.position(at);
        locator ??= yamlLocator(yaml, document(), lines);
        return locator(pointer, key);
      };
      return { data, locate, range, lines, errors: [] };
    }
  }
  const doc = yaml.parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: options.uniqueKeys ?? true });
  if (doc.errors.length) return { locate: nowhere, range: () => undefined, lines, errors: doc.errors.map((e) => yamlSyntaxError(e, file, lines)) };
  const parsed = yamlData(doc, file, lines);
  if (parsed.error) return { locate: nowhere, range: () => undefined, lines, errors: [parsed.error] };
  full = doc;
  return { data: parsed.data, locate: yamlLocator(yaml, doc, lines), range, lines, errors: [] };
}

/**
 * js-yaml reads 1_000, 0_. and 0x_1 as numbers (YAML 1.1); YAML 1.2 as strings: a file with an
 * underscore after a digit or a number's prefix takes the full parse.
 */
const UNDERSCORED = /\d_|0[xob]_/i;
/** Whether a text may take the fast path (js-yaml): no anchors or aliases, no underscored numbers. */
export const takesFastPath = (text: string): boolean => !ALIAS.test(text) && !UNDERSCORED.test(text);
/** An anchor or alias ('&a', '*a') where YAML would read one. */
const ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/;

export const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

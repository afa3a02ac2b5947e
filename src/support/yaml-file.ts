import { LineIndex, UserError } from '../model/index.js';
import { yamlData, yamlLocator, yamlSyntaxError, type Locate } from './yaml-locate.js';
import { loadYaml } from './yaml-module.js';

export interface YamlFile {
  data?: unknown;
  /** Line:column of a JSON Pointer's value (or key) in the file. */
  locate: Locate;
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
  const doc = yaml.parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: options.uniqueKeys ?? true });
  const nowhere: Locate = () => ({ line: 1, column: 1 });
  if (doc.errors.length) return { locate: nowhere, lines, errors: doc.errors.map((e) => yamlSyntaxError(e, file, lines)) };
  const parsed = yamlData(doc, file, lines);
  if (parsed.error) return { locate: nowhere, lines, errors: [parsed.error] };
  return { data: parsed.data, locate: yamlLocator(yaml, doc, lines), lines, errors: [] };
}

export const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

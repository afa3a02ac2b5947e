import { loadYaml } from '../engine/yaml-module.js';
import type { AccountDocument } from '../engine/types.js';
import { yamlData, yamlLocator, yamlSyntaxError } from '../engine/yaml-locate.js';
import { UserError } from './errors.js';
import { LineIndex } from './lines.js';

export const isAccountFile = (file: string) => /\.(ya?ml|json)$/i.test(file);

/**
 * An account configuration (YAML or JSON; JSON is read by the YAML parser so every key has a
 * position). Schema problems are findings (`account/schema`), not errors: only unreadable
 * files and files that are not account configurations at all stop here.
 */
export async function parseAccount(text: string, file: string): Promise<{ doc?: AccountDocument; errors: UserError[] }> {
  const yaml = await loadYaml();
  const { parseDocument } = yaml;
  const doc = parseDocument(text, { prettyErrors: false, logLevel: 'error', uniqueKeys: true });
  const lines = new LineIndex(text);
  if (doc.errors.length) return { errors: doc.errors.map((e) => yamlSyntaxError(e, file, lines)) };
  const parsed = yamlData(doc, file, lines);
  if (parsed.error) return { errors: [parsed.error] };
  const data = parsed.data;
  if (!data || typeof data !== 'object' || Array.isArray(data) || (data as { kind?: unknown }).kind !== 'social-account') {
    return { errors: [new UserError("not an account configuration: expected top-level 'kind: social-account' (drafts are .txt or .md files)", file, 1, 1)] };
  }
  const locate = yamlLocator(yaml, doc, lines);
  return { doc: { kind: 'account', path: file, text, data: data as Record<string, unknown>, locate }, errors: [] };
}

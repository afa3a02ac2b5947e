import { UserError, type AccountDocument } from '../model/index.js';
import { isMapping, parseYamlFile } from '../support/yaml-file.js';
import { decodeText } from './decode.js';
import { readText, type DocumentSource, type SourceResult } from './source.js';

export const ACCOUNT_EXT = /\.(ya?ml|json)$/i;
// Only YAML/JSON that declares itself an account, so pack files, CI configs and
// .smpolicy.yaml in the same folder are not mistaken for accounts.
export const ACCOUNT_MARK = /(?:^|[{,])\s*["']?kind["']?\s*:\s*["']?social-account\b/m;

/**
 * An account configuration (YAML or JSON; JSON is read by the YAML parser so every key has a
 * position). Schema problems are findings (`account/schema`), not errors: only unreadable
 * files and files that are not account configurations at all stop here.
 */
export async function parseAccount(text: string, file: string): Promise<SourceResult & { doc?: AccountDocument }> {
  const parsed = await parseYamlFile(text, file, { uniqueKeys: true });
  if (parsed.errors.length) return { errors: parsed.errors };
  const data = parsed.data;
  if (!isMapping(data) || data.kind !== 'social-account') {
    return { errors: [new UserError("not an account configuration: expected top-level 'kind: social-account' (drafts are .txt or .md files)", file, 1, 1)] };
  }
  return { doc: { kind: 'account', path: file, where: { file, pointer: '' }, text, data, locate: parsed.locate }, errors: [] };
}

/** Account files: YAML or JSON named as such. */
export const accountSource: DocumentSource = {
  name: 'account',
  accepts: (shown) => ACCOUNT_EXT.test(shown),
  async *read(input) {
    const { text, errors } = await readText(input, decodeText);
    yield text === undefined ? { errors } : await parseAccount(text, input.shown);
  },
};

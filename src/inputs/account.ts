import { UserError, type AccountDocument, type PostDocument } from '../model/index.js';
import { t } from '../i18n/index.js';
import { isMapping, parseYamlFile } from '../support/yaml-file.js';
import { decodeText } from './decode.js';
import { extractBareUrls } from './prose.js';
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
    return { errors: [new UserError(t('account.notAccount'), file, 1, 1)] };
  }
  const doc: AccountDocument = { kind: 'account', path: file, where: { file, pointer: '' }, text, data, locate: parsed.locate };
  const profile = profileDocuments(doc, parsed.range);
  if (profile.length) doc.profile = profile;
  return { doc, errors: [] };
}

/** The account's published texts, in each language where the value is a mapping of languages. */
const PROFILE = ['display-name', 'bio', 'auto-reply', 'disclaimer'];

function profileDocuments(doc: AccountDocument, range: (pointer: string) => [number, number] | undefined): PostDocument[] {
  const out: PostDocument[] = [];
  for (const key of PROFILE) {
    const value = doc.data[key];
    const pointers = typeof value === 'string' ? [`/${key}`] : isMapping(value) ? Object.keys(value).filter((k) => typeof value[k] === 'string').map((k) => `/${key}/${k}`) : [];
    for (const pointer of pointers) {
      const at = range(pointer);
      if (!at) continue;
      // The value's own characters, and nothing else of the file, are its prose; its web
      // addresses are its links, blanked in the prose as in a draft.
      const prose = doc.text.replace(/[^\n\r]/g, ' ').split('');
      for (let i = at[0]; i < at[1]; i++) prose[i] = doc.text[i];
      const links = extractBareUrls(doc.text, prose, at[0], at[1]);
      out.push({ kind: 'post', path: doc.path, where: { file: doc.path, pointer }, text: doc.text, prose: prose.join(''), links, frontMatter: {}, bodyStart: 0 });
    }
  }
  return out;
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

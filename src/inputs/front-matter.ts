import { loadYaml } from '../support/yaml-module.js';
import { validator, schema } from '../support/generated.js';
import { describeSchemaErrors } from '../support/schema-errors.js';
import type { FrontMatter } from '../model/index.js';
import { yamlData, yamlLocator, yamlSyntaxError } from '../support/yaml-locate.js';
import { UserError } from '../model/index.js';
import { t } from '../i18n/index.js';
import { LineIndex } from '../model/index.js';

export interface FrontMatterBlock {
  /** Offsets of the YAML between the fences. */
  yamlStart: number;
  yamlEnd: number;
  /** Offset where the body starts, after the closing fence and its line break. */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Finds a YAML front matter block: `---` on the first line, closed by `---` or `...`. */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  const yamlStart = open[0].length;
  return { yamlStart, yamlEnd: yamlStart + close.index, bodyStart: yamlStart + close.index + close[0].length };
}

/**
 * Parses and validates front matter (DESIGN §2). Every problem is a UserError with the
 * file's own line:column; `smpolicyKeyAt` is where the `smpolicy:` key is, for suppressions.
 */
export async function parseFrontMatter(text: string, block: FrontMatterBlock, file: string): Promise<{ data: FrontMatter; smpolicyKeyAt?: number; errors: UserError[] }> {
  const yaml = await loadYaml();
  const { parseDocument } = yaml;
  const lines = new LineIndex(text);
  const yamlText = text.slice(block.yamlStart, block.yamlEnd);
  const doc = parseDocument(yamlText, { prettyErrors: false, logLevel: 'error' });
  const lineOffset = lines.position(block.yamlStart).line - 1;
  if (doc.errors.length) return { data: {}, errors: doc.errors.map((e) => yamlSyntaxError(e, file, lines, block.yamlStart, yamlText.length)) };
  const parsed = yamlData(doc, file, lines, block.yamlStart);
  if (parsed.error) return { data: {}, errors: [parsed.error] };
  const data = parsed.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { data: {}, errors: [new UserError(t('draft.frontMatterMapping'), file, lineOffset + 1, 1)] };
  }
  const locate = yamlLocator(yaml, doc, lines, block.yamlStart);
  const validate = await validator('frontMatter');
  if (!validate(data)) {
    const problems = describeSchemaErrors(validate.errors ?? [], await schema('frontMatter'), locate);
    return { data: {}, errors: problems.map((p) => new UserError(t('draft.frontMatter', { message: p.message }), file, p.line, p.column)) };
  }
  const fm = data as FrontMatter;
  if (fm.scheduled && !isRealDate(fm.scheduled.slice(0, 10))) {
    const p = locate('/scheduled');
    return { data: {}, errors: [new UserError(t('draft.scheduled', { value: fm.scheduled.slice(0, 10) }), file, p.line, p.column)] };
  }
  let smpolicyKeyAt: number | undefined;
  if (fm.smpolicy) {
    const p = locate('', 'smpolicy');
    smpolicyKeyAt = lines.lineStart(p.line) + p.column - 1;
  }
  return { data: fm, smpolicyKeyAt, errors: [] };
}

/**
 * `--format stylish`, the human format. Grouped by file, like ESLint's:
 *
 *   drafts/road.md
 *     3:12  error  Personal phone number in a post  dp/phone-number
 *                  “call 0770•••••23”  (UK GDPR Art. 5(1)(c): Data minimisation)
 *
 *   ✖ 1 problem (1 error, 0 warnings, 0 infos)
 *
 * The second, dim line sits under the message: the excerpt in quotes, then the policy
 * citation; the third says how to fix it (the rule's remediation, wrapped to the width).
 * Files without findings are not listed; the summary counts them, and a run with findings
 * ends by pointing at `smpolicy explain`.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { printable, type Finding, type PolicyRef, type Severity } from '../model/index.js';
import { countIn, translate, type Lang } from '../i18n/index.js';

export { printable };
import { displayPath } from './paths.js';
import { summarise, type Summary } from './summary.js';
import type { FormatInput } from './types.js';

export default function formatStylish(input: FormatInput): string {
  // chalk on its own ignores NO_COLOR and sniffs the TTY; the CLI has already decided.
  const chalk = new Chalk({ level: input.color ? 1 : 0 });
  const blocks: string[] = [];
  const help = remediationOf(input.rules);
  const lang = input.lang ?? 'en';
  for (const result of input.results) {
    if (result.findings.length === 0) continue;
    blocks.push(renderFile(chalk, displayPath(result.file, input.cwd), result.findings, { help, width: input.width, lang }));
  }
  const summary = summaryText(chalk, summarise(input.results), input.unchecked ?? 0, 'file', lang);
  if (blocks.length === 0) return `${summary}\n`;
  return `${blocks.join('\n\n')}\n\n${summary}\n${explainHint(chalk, input.results.flatMap((r) => r.findings), lang)}`;
}

/** How to fix a finding, from its rule: the remediation as one paragraph. */
export function remediationOf(rules: Map<string, { remediation: string }>): (f: Finding) => string | undefined {
  return (f) => {
    const text = rules.get(f.ruleId)?.remediation?.replace(/\s+/g, ' ').trim();
    return text ? text : undefined;
  };
}

/** The closing pointer at `smpolicy explain`, naming a rule of the run. */
export function explainHint(chalk: ChalkInstance, findings: Finding[], lang: Lang = 'en'): string {
  const rule = findings.find((f) => !f.ruleId.startsWith('smpolicy/'))?.ruleId ?? findings[0]?.ruleId;
  return rule ? `${chalk.dim(translate(lang, 'stylish.explainHint', { rule: printable(rule) }))}\n` : '';
}

/** Lines of a paragraph no wider than `width` (a word longer than that stands alone), at most `max` of them. */
function wrap(text: string, width: number, max = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && textWidth(line) + 1 + textWidth(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length > max) return [...lines.slice(0, max - 1), `${lines[max - 1]} …`];
  return lines;
}

export interface RenderOptions {
  /** The remediation to show under a finding. */
  help?: (f: Finding) => string | undefined;
  /** Columns to wrap to (the terminal's, else 100). */
  width?: number;
  /** The language of the severity labels. */
  lang?: Lang;
}

export function renderFile(chalk: ChalkInstance, file: string, findings: Finding[], o: RenderOptions = {}): string {
  const rows = findings.map((f) => ({
    line: String(f.line),
    column: String(f.column),
    severity: f.severity,
    label: translate(o.lang ?? 'en', `severity.${f.severity}`),
    message: printable(f.message),
    ruleId: printable(f.ruleId),
    detail: detailLine(f.excerpt, f.policy),
    help: o.help?.(f),
  }));
  // Loops, not Math.max(...rows): a spread of a hundred thousand findings overflows the stack.
  const widest = (width: (r: (typeof rows)[number]) => number) => rows.reduce((max, r) => Math.max(max, width(r)), -Infinity);
  const lineWidth = widest((r) => r.line.length);
  const columnWidth = widest((r) => r.column.length);
  const severityWidth = widest((r) => r.label.length);
  const messageWidth = widest((r) => textWidth(r.message));
  // Line numbers right-aligned and columns left-aligned keep the ':' in one column.
  const indent = ' '.repeat(2 + lineWidth + 1 + columnWidth + 2 + severityWidth + 2);

  const out = [chalk.underline(printable(file))];
  for (const row of rows) {
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const severity = SEVERITY_COLOUR[row.severity](chalk)(row.label) + ' '.repeat(severityWidth - row.label.length);
    const message = row.message + ' '.repeat(messageWidth - textWidth(row.message));
    out.push(`  ${chalk.dim(position)}  ${severity}  ${message}  ${chalk.dim(row.ruleId)}`);
    if (row.detail !== '') out.push(indent + chalk.dim(row.detail));
    if (row.help) for (const [i, line] of wrap(printable(row.help), Math.max(30, (o.width ?? 100) - indent.length - 2)).entries()) out.push(`${indent}${i === 0 ? '↳ ' : '  '}${line}`);
  }
  return out.join('\n');
}

const SEVERITY_COLOUR: Record<Severity, (chalk: ChalkInstance) => (text: string) => string> = {
  error: (chalk) => chalk.red,
  warning: (chalk) => chalk.yellow,
  info: (chalk) => chalk.cyan,
};

function detailLine(excerpt: string, policy: PolicyRef): string {
  const parts: string[] = [];
  if (excerpt.trim() !== '') parts.push(`“${printable(excerpt)}”`);
  const citation = [policy.ref, policy.title].filter((s) => s.trim() !== '').join(': ');
  if (citation !== '') parts.push(`(${printable(citation)})`);
  return parts.join('  ');
}

/**
 * The closing line: problems by severity, or how many were checked with none; never success
 * over unchecked inputs. Welsh counts take their own forms ("✖ 6 o broblemau (5 o wallau,
 * 1 rhybudd, dim nodiadau)"; docs/glossary.md).
 */
export function summaryText(chalk: ChalkInstance, s: Summary, uncheckedCount: number, noun: 'file' | 'document' = 'file', lang: Lang = 'en'): string {
  const problems = s.errors + s.warnings + s.infos;
  const unchecked = uncheckedCount ? translate(lang, 'summary.unchecked', { count: countIn(lang, noun === 'file' ? 'file' : 'input', uncheckedCount) }) : '';
  const files = countIn(lang, noun, s.files);
  if (problems === 0) {
    if (unchecked) return chalk.red.bold(translate(lang, 'summary.uncheckedClean', { unchecked, files }));
    return chalk.green.bold(translate(lang, 'summary.clean', { files }));
  }
  const counts = { problems: countIn(lang, 'problem', problems), errors: countIn(lang, 'error', s.errors), warnings: countIn(lang, 'warning', s.warnings), infos: countIn(lang, 'info', s.infos), unchecked };
  const text = translate(lang, unchecked ? 'summary.problemsUnchecked' : 'summary.problems', counts);
  const colour = s.errors > 0 || unchecked ? chalk.red : s.warnings > 0 ? chalk.yellow : chalk.cyan;
  return colour.bold(text);
}

let segmenter: Intl.Segmenter | undefined;

/** Terminal columns taken by `text`: combining marks take none, emoji and CJK take two. */
const SIMPLE_WIDTH = /^[^\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u1100-\u115f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u2e80-\ua4cf\uac00-\ud7a3\ud800-\udfff\uf900-\ufaff\ufe00-\ufe0f\ufe20-\ufe2f\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u2600-\u27bf\u2300-\u23ff]*$/;

export function textWidth(text: string): number {
  // Most text (ASCII, Welsh letters, •, curly quotes) is one column per code unit; only
  // combining marks, wide scripts, emoji and zero-width characters need Intl.Segmenter,
  // whose first use costs ~10 ms of start-up.
  if (SIMPLE_WIDTH.test(text)) return text.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let width = 0;
  for (const { segment } of segmenter.segment(text)) width += graphemeWidth(segment);
  return width;
}

function graphemeWidth(grapheme: string): number {
  if (/^[\p{Mn}\p{Me}\p{Cf}]+$/u.test(grapheme)) return 0;
  const emoji = /\p{Emoji_Presentation}/u.test(grapheme) || grapheme.includes('\ufe0f');
  if (emoji && /\p{Extended_Pictographic}/u.test(grapheme)) return 2;
  const code = grapheme.codePointAt(0) ?? 0;
  const wide =
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

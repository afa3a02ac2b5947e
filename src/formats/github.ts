/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding:
 *   ::error file=drafts/road.md,line=3,col=12,endLine=3,endColumn=25,title=dp/phone-number::MESSAGE
 * warning → ::warning, info → ::notice. The message is followed, on a second line, by the
 * policy citation and, on a third, how to fix it (the rule's remediation, as stylish, SARIF
 * and JUnit give it). Clean files print nothing.
 */
import type { Finding, RuleInfo, Severity } from '../model/index.js';
import { displayPath } from './paths.js';
import type { FormatInput } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export default function formatGithub(input: FormatInput): string {
  const lines: string[] = [];
  for (const result of input.results) {
    const file = displayPath(result.file, input.cwd);
    for (const finding of result.findings) lines.push(annotation(file, finding, input.rules.get(finding.ruleId)));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** The label of the remediation line, in the language of the rule's text (docs/glossary.md). */
const HOW_TO_FIX = { en: 'How to fix', cy: "Sut i'w gywiro" } as const;

function annotation(file: string, f: Finding, rule: RuleInfo | undefined): string {
  const props: string[] = [`file=${escapeProperty(file)}`];
  if (isPositive(f.line)) {
    props.push(`line=${f.line}`);
    // GitHub rejects columns on an annotation spanning several lines.
    const oneLine = !isPositive(f.endLine) || f.endLine === f.line;
    if (oneLine && isPositive(f.column)) props.push(`col=${f.column}`);
    if (isPositive(f.endLine) && f.endLine >= f.line) props.push(`endLine=${f.endLine}`);
    if (oneLine && isPositive(f.column) && isPositive(f.endColumn) && f.endColumn >= f.column) {
      props.push(`endColumn=${f.endColumn}`);
    }
  }
  props.push(`title=${escapeProperty(f.ruleId)}`);
  const citation = [f.policy.ref, f.policy.title].filter((s) => s !== '').join(': ');
  const remediation = rule?.remediation.replace(/\s+/g, ' ').trim();
  const message = [f.message, ...(citation === '' ? [] : [`(${citation})`]), ...(remediation ? [`${HOW_TO_FIX[rule?.lang ?? 'en']}: ${remediation}`] : [])].join('\n');
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(message)}`;
}

function isPositive(n: number): boolean {
  return Number.isInteger(n) && n >= 1;
}

/** Escaping of a command's message; a raw newline would otherwise start a new command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value, where ':' and ',' are delimiters. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

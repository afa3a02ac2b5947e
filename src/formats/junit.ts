/**
 * `--format junit`: one <testsuite> per file checked, one <testcase> per finding, and one
 * passing testcase for a clean file so CI shows it was checked. A CI dashboard fails on what
 * fails the run: an error finding is a <failure> (type = severity); a warning or an info is a
 * passing testcase whose <system-out> holds the same details, since neither fails the run by
 * itself. Too many warnings for --max-warnings (when the caller passes `maxWarnings`) add one
 * failing testcase, "--max-warnings", in a suite named "smpolicy"; inputs that could not be
 * checked (exit 2) add one testcase with an <error> there.
 */
import type { Finding, RuleInfo } from '../model/index.js';
import { displayPath } from './paths.js';
import { summarise } from './summary.js';
import { countIn, translate, type Lang, type MessageKey } from '../i18n/index.js';
import type { FormatInput } from './types.js';

export interface JunitInput extends FormatInput {
  /** `--max-warnings`: more warnings than this fail the run, so the report shows a failing testcase. */
  maxWarnings?: number;
}

export default function formatJunit(input: JunitInput): string {
  const summary = summarise(input.results);
  const run: string[] = [];
  let runFailures = 0;
  let runErrors = 0;
  if (input.maxWarnings !== undefined && summary.warnings > input.maxWarnings) {
    const message = translate(input.lang ?? 'en', 'junit.tooManyWarnings', { warnings: countIn(input.lang ?? 'en', 'warning', summary.warnings), max: input.maxWarnings });
    run.push(`    <testcase classname="smpolicy" name="--max-warnings">`, `      <failure message="${attr(message)}" type="max-warnings">${text(message)}</failure>`, '    </testcase>');
    runFailures++;
  }
  if (input.unchecked) {
    const message = translate(input.lang ?? 'en', 'junit.unchecked', { inputs: countIn(input.lang ?? 'en', 'input', input.unchecked) });
    run.push(`    <testcase classname="smpolicy" name="unchecked inputs">`, `      <error message="${attr(message)}" type="unchecked">${text(message)}</error>`, '    </testcase>');
    runErrors++;
  }
  const tests = input.results.reduce((n, r) => n + Math.max(1, r.findings.length), 0) + runFailures + runErrors;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smpolicy" tests="${tests}" failures="${summary.errors + runFailures}" errors="${runErrors}">`,
  ];
  for (const result of input.results) {
    const shown = displayPath(result.file, input.cwd);
    const file = attr(shown);
    const count = result.findings.length;
    const failures = result.findings.filter((f) => f.severity === 'error').length;
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, count)}" failures="${failures}" errors="0" skipped="0">`);
    if (count === 0) out.push(`    <testcase classname="${file}" name="smpolicy"/>`);
    for (const f of result.findings) {
      const body = text(details(f, shown, input.rules.get(f.ruleId), input.lang ?? 'en'));
      out.push(
        `    <testcase classname="${file}" name="${attr(`${f.ruleId} ${f.line}:${f.column}`)}">`,
        f.severity === 'error'
          ? `      <failure message="${attr(f.message)}" type="${attr(f.severity)}">${body}</failure>`
          : `      <system-out>${body}</system-out>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  if (run.length) {
    out.push(`  <testsuite name="smpolicy" tests="${runFailures + runErrors}" failures="${runFailures}" errors="${runErrors}" skipped="0">`, ...run, '  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/** A finding's details, labelled in the run's language (the severity word as the stylish format shows it). */
function details(f: Finding, file: string, rule: RuleInfo | undefined, lang: Lang): string {
  const say = (key: MessageKey, vars: Record<string, string | number>) => translate(lang, key, vars);
  const lines = [
    `${lang === 'en' ? f.severity : translate(lang, `severity.${f.severity}`)}: ${f.message}`,
    say('junit.at', { where: `${file}:${f.line}:${f.column}` }),
    say('junit.rule', { rule: f.ruleId, category: f.category }),
  ];
  if (f.excerpt !== '') lines.push(say('junit.excerpt', { excerpt: f.excerpt }));
  const citation = [f.policy.ref, f.policy.title].filter((s) => s !== '').join(': ');
  if (citation !== '') lines.push(say('junit.policy', { citation: `${citation}${f.policy.pack ? ` [${f.policy.pack}]` : ''}` }));
  const remediation = rule?.remediation.trim().replace(/\s+/g, ' ');
  if (remediation) lines.push(say('junit.howToFix', { remediation }));
  if (f.suggestions?.length) lines.push(say('junit.suggestions', { list: f.suggestions.join(', ') }));
  if (f.note) lines.push(say('junit.note', { note: f.note }));
  if (f.url) lines.push(say('junit.more', { url: f.url }));
  if (rule) lines.push(say('junit.explain', { rule: f.ruleId }));
  return lines.join('\n');
}

/**
 * Characters XML 1.0 forbids outright (most C0 controls, lone surrogates, U+FFFE/U+FFFF):
 * no escape can carry them, so they are dropped.
 */
const ILLEGAL_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/** Text content. '\r' is a character reference because parsers normalise a raw one away. */
export function text(value: string): string {
  return value
    .replace(ILLEGAL_XML, '')
    .replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}

/** Attribute values: also tab and line breaks, which attribute normalisation would turn into spaces. */
export function attr(value: string): string {
  return value
    .replace(ILLEGAL_XML, '')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

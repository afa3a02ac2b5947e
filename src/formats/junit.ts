/**
 * `--format junit`: one <testsuite> per file checked, one failing <testcase> per finding
 * (type = severity), and one passing testcase for a clean file so CI shows it was checked.
 */
import type { Finding } from '../model/index.js';
import { displayPath } from './paths.js';
import { summarise } from './summary.js';
import type { FormatInput } from './types.js';

export default function formatJunit(input: FormatInput): string {
  const summary = summarise(input.results);
  const failures = summary.errors + summary.warnings + summary.infos;
  const tests = input.results.reduce((n, r) => n + Math.max(1, r.findings.length), 0);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="smpolicy" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const result of input.results) {
    const shown = displayPath(result.file, input.cwd);
    const file = attr(shown);
    const count = result.findings.length;
    out.push(`  <testsuite name="${file}" tests="${Math.max(1, count)}" failures="${count}" errors="0" skipped="0">`);
    if (count === 0) out.push(`    <testcase classname="${file}" name="smpolicy"/>`);
    for (const f of result.findings) {
      out.push(
        `    <testcase classname="${file}" name="${attr(`${f.ruleId} ${f.line}:${f.column}`)}">`,
        `      <failure message="${attr(f.message)}" type="${attr(f.severity)}">${text(details(f, shown))}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function details(f: Finding, file: string): string {
  const lines = [
    `${f.severity}: ${f.message}`,
    `at ${file}:${f.line}:${f.column}`,
    `rule: ${f.ruleId} (${f.category})`,
  ];
  if (f.excerpt !== '') lines.push(`excerpt: ${f.excerpt}`);
  const citation = [f.policy.ref, f.policy.title].filter((s) => s !== '').join(': ');
  if (citation !== '') lines.push(`policy: ${citation}${f.policy.pack ? ` [${f.policy.pack}]` : ''}`);
  if (f.suggestions?.length) lines.push(`suggestions: ${f.suggestions.join(', ')}`);
  if (f.note) lines.push(`note: ${f.note}`);
  if (f.url) lines.push(`more: ${f.url}`);
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

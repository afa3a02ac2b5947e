/** `--format json`: exactly the object of DESIGN §4, two-space indented. */
import type { FileResult, Finding } from '../model/index.js';
import { summarise } from './summary.js';
import type { FormatInput } from './types.js';

/**
 * Copies the contract fields, then the optional alex-style extras, by name. Never spread a
 * finding: a field added upstream must not reach output unless a format chooses it, since it
 * might carry unmasked personal data.
 */
export function publicFinding(finding: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: finding.ruleId,
    category: finding.category,
    severity: finding.severity,
    message: finding.message,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    excerpt: finding.excerpt,
    policy: { pack: finding.policy.pack, ref: finding.policy.ref, title: finding.policy.title },
  };
  if (finding.actual !== undefined) out.actual = finding.actual;
  if (finding.suggestions !== undefined) out.suggestions = [...finding.suggestions];
  if (finding.note !== undefined) out.note = finding.note;
  if (finding.url !== undefined) out.url = finding.url;
  if (finding.thread !== undefined) out.thread = { post: finding.thread.post, posts: finding.thread.posts };
  if (finding.fix !== undefined) out.fix = { range: [finding.fix.range[0], finding.fix.range[1]], text: finding.fix.text };
  if (finding.suggestedFix !== undefined) out.suggestedFix = { range: [finding.suggestedFix.range[0], finding.suggestedFix.range[1]], text: finding.suggestedFix.text, kind: finding.suggestedFix.kind };
  return out;
}

/** One result as the JSON format prints it: `post` (and `row`) only for a post of an export. */
export function publicResult(result: FileResult): Record<string, unknown> {
  return {
    file: result.file,
    kind: result.kind,
    ...(result.post ? { post: { id: result.post.id, account: result.post.account, date: result.post.date, url: result.post.url, ...(result.post.pair ? { pair: result.post.pair } : {}) }, ...(result.row ? { row: result.row } : {}) } : {}),
    findings: result.findings.map(publicFinding),
  };
}

export default function formatJson(input: FormatInput): string {
  const report = {
    version: 1,
    // `file` is printed as the engine gives it, so scripts can match it to the paths they passed.
    results: input.results.map(publicResult),
    summary: summarise(input.results),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * `--format gitlab`: GitLab's code quality report (a subset of Code Climate's issue format),
 * for `artifacts: reports: codequality:` in .gitlab-ci.yml. A JSON array, one issue per finding:
 *   { description, check_name, fingerprint, severity, location: { path, lines: { begin } } }
 * error → major, warning → minor, info → info (GitLab's scale is info, minor, major,
 * critical, blocker). A clean run is `[]`.
 *
 * The fingerprint is how GitLab tells a merge request's new issues from the target branch's
 * old ones, so it must stay the same while the finding does: a hash of the rule id, the path,
 * the excerpt as printed (personal data masked unless --no-redact; the message when there is no
 * excerpt, as for account files) and, for findings alike in all three, which occurrence of them
 * this is. Never line numbers, so editing other lines does
 * not make every finding below look new; never the text in clear.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../model/index.js';
import { displayPath } from './paths.js';
import type { FormatInput } from './types.js';

export type GitlabSeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';
export const GITLAB_SEVERITY: Record<Severity, GitlabSeverity> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: GitlabSeverity;
  location: { path: string; lines: { begin: number } };
}

export default function formatGitlab(input: FormatInput): string {
  const issues: CodeQualityIssue[] = [];
  for (const result of input.results) {
    const path = displayPath(result.file, input.cwd);
    const seen = new Map<string, number>();
    for (const finding of result.findings) {
      const key = fingerprintKey(finding.ruleId, path, finding.excerpt.trim() === '' ? finding.message : finding.excerpt);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      issues.push(toIssue(finding, path, fingerprint(key, occurrence)));
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function toIssue(f: Finding, path: string, print: string): CodeQualityIssue {
  // Named fields only (never a spread): nothing unmasked can slip in from upstream.
  return {
    description: f.message,
    check_name: f.ruleId,
    fingerprint: print,
    severity: GITLAB_SEVERITY[f.severity],
    // GitLab needs a line: a finding about a whole file (line 0) points at its first.
    location: { path, lines: { begin: Number.isInteger(f.line) && f.line >= 1 ? f.line : 1 } },
  };
}

/** NUL-separated, so no two different (rule, path, excerpt) triples make the same key. */
function fingerprintKey(ruleId: string, path: string, text: string): string {
  return [ruleId, path, text.replace(/\s+/g, ' ').trim()].join('\u0000');
}

/** SHA-256 of the key and occurrence, as 32 hex digits (the length of the MD5s GitLab's own tools use). */
export function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256').update(`smpolicy\u0000${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
}

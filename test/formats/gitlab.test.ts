/**
 * `--format gitlab` against GitLab's code quality report format
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): a JSON array
 * of issues, each with description, check_name, fingerprint, severity and location.path plus
 * location.lines.begin.
 */
import { describe, expect, it } from 'vitest';
import formatGitlab, { fingerprint, GITLAB_SEVERITY } from '../../src/formats/gitlab.js';
import type { FileResult } from '../../src/model/index.js';
import { CWD, finding, hashtag, input, missingWelsh, phone } from './fixture.js';

type Json = any;
const gitlab = (overrides = {}): Json[] => JSON.parse(formatGitlab(input(overrides)));
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

describe('gitlab code quality', () => {
  it('prints one issue per finding with the fields GitLab requires, as JSON ending in a newline', () => {
    const out = formatGitlab(input());
    expect(out.endsWith(']\n')).toBe(true);
    const issues = JSON.parse(out);
    expect(issues).toHaveLength(3);
    for (const issue of issues) {
      expect(Object.keys(issue)).toEqual(['description', 'check_name', 'fingerprint', 'severity', 'location']);
      expect(typeof issue.description).toBe('string');
      expect(SEVERITIES).toContain(issue.severity);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(Number.isInteger(issue.location.lines.begin) && issue.location.lines.begin >= 1).toBe(true);
    }
    expect(issues[0]).toEqual({
      description: "Personal phone number in a post: '0770•••••23'",
      check_name: 'dp/phone-number',
      fingerprint: issues[0].fingerprint,
      severity: 'major',
      location: { path: 'drafts/road.md', lines: { begin: 3 } },
    });
  });

  it('maps error → major, warning → minor, info → info', () => {
    expect(gitlab().map((i) => [i.check_name, i.severity])).toEqual([
      ['dp/phone-number', 'major'],
      ['welsh/missing-welsh', 'minor'],
      ['a11y/camelcase-hashtag', 'info'],
    ]);
    expect(GITLAB_SEVERITY).toEqual({ error: 'major', warning: 'minor', info: 'info' });
  });

  it('a clean run is an empty array', () => {
    expect(formatGitlab(input({ results: [{ file: 'a.md', kind: 'post', findings: [] }] }))).toBe('[]\n');
    expect(formatGitlab(input({ results: [] }))).toBe('[]\n');
  });

  it('paths are relative to the working directory with forward slashes; a finding without a line points at line 1', () => {
    const issues = gitlab({
      results: [
        { file: `${CWD}/drafts/sub/a.md`, kind: 'post', findings: [finding()] },
        { file: 'accounts/x.yaml', kind: 'account', findings: [finding({ line: 0, column: 0, endLine: 0, endColumn: 0 })] },
      ],
    });
    expect(issues.map((i) => i.location)).toEqual([
      { path: 'drafts/sub/a.md', lines: { begin: 3 } },
      { path: 'accounts/x.yaml', lines: { begin: 1 } },
    ]);
  });

  describe('fingerprints', () => {
    const prints = (results: FileResult[]) => gitlab({ results }).map((i) => i.fingerprint);
    const post = (findings = [phone, missingWelsh, hashtag]): FileResult[] => [{ file: 'drafts/road.md', kind: 'post', findings: findings.map((f) => ({ ...f })) }];

    it('are the same run after run', () => {
      expect(prints(post())).toEqual(prints(post()));
    });

    it('are unique within a report', () => {
      const all = prints([...post(), { file: 'drafts/other.md', kind: 'post', findings: [{ ...phone }] }]);
      expect(new Set(all).size).toBe(all.length);
    });

    it('do not change when the finding moves to another line or column (lines edited above it)', () => {
      const moved = post([{ ...phone, line: 30, endLine: 30, column: 2, endColumn: 15 }, { ...missingWelsh, line: 50, endLine: 51 }, hashtag]);
      expect(prints(moved)).toEqual(prints(post()));
    });

    it('do not change when findings are reordered or others come and go', () => {
      const [p, w, h] = prints(post());
      expect(prints(post([hashtag, phone]))).toEqual([h, p]);
      expect(prints(post([missingWelsh]))).toEqual([w]);
    });

    it('differ by rule, by file and by text', () => {
      const [base] = prints(post([phone]));
      expect(prints(post([{ ...phone, ruleId: 'dp/email-address' }]))[0]).not.toBe(base);
      expect(prints([{ file: 'drafts/other.md', kind: 'post', findings: [{ ...phone }] }])[0]).not.toBe(base);
      expect(prints(post([{ ...phone, excerpt: 'ring 0770•••••45' }]))[0]).not.toBe(base);
    });

    it('tell apart the same text found twice in one file, by occurrence, without line numbers', () => {
      const twice = prints(post([phone, { ...phone, line: 9, endLine: 9 }]));
      expect(new Set(twice).size).toBe(2);
      expect(prints(post([{ ...phone, line: 4, endLine: 4 }, { ...phone, line: 20, endLine: 20 }]))).toEqual(twice);
    });

    it('ignore how the excerpt is spaced (CRLF, wrapped lines)', () => {
      expect(prints(post([{ ...phone, excerpt: 'call\r\n 0770•••••23 ' }]))).toEqual(prints(post([phone])));
    });

    it('never carry the excerpt, the message or a line number in clear', () => {
      const out = formatGitlab(input({ results: post([{ ...phone, excerpt: 'call 07700 900123', message: 'Phone 07700 900123' }]) }));
      const [issue] = JSON.parse(out);
      expect(issue.fingerprint).not.toContain('07700');
      expect(issue.fingerprint).toBe(fingerprint(['dp/phone-number', 'drafts/road.md', 'call 07700 900123'].join('\u0000'), 1));
    });

    it('an account finding with no excerpt is told apart by its message', () => {
      const account: FileResult[] = [
        {
          file: 'accounts/x.yaml',
          kind: 'account',
          findings: [finding({ ruleId: 'account/admins', excerpt: '', message: 'only 1 admin' }), finding({ ruleId: 'account/admins', excerpt: '', message: 'owner not on a council domain' })],
        },
      ];
      const [a, b] = prints(account);
      expect(a).not.toBe(b);
      expect(prints([{ ...account[0], findings: [account[0].findings[1]] }])).toEqual([b]);
    });
  });

  it('prints only the named fields of a finding', () => {
    const leaky = Object.assign(finding(), { raw: '07700900123', fix: { range: [0, 1], text: '' } });
    const out = formatGitlab(input({ results: [{ file: 'a.md', kind: 'post', findings: [leaky] }] }));
    expect(out).not.toContain('07700900123');
    expect(out).not.toContain('"fix"');
  });
});

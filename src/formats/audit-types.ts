/**
 * What `smpolicy audit` gathers for its reports. The HTML report is drawn from this aggregate
 * (totals, breakdowns, and a capped table of findings): the audit never holds every finding
 * of a large export in memory for it. The streamed reports (JSON, CSV, SARIF, stylish) take
 * each document's result as it comes.
 */
import type { FileResult, PolicyRef, PostMeta, RuleInfo, Severity } from '../model/index.js';

/** One document's findings, with where it came from (a file, or a post of an export: `post` and `row`). */
export type AuditResult = FileResult;

/** A finding as the HTML report's table shows it (message and excerpt already masked). */
export interface AuditRow {
  file: string;
  /** An account settings file's finding, or a post's. */
  kind?: 'post' | 'account';
  post?: PostMeta;
  line: number;
  column: number;
  ruleId: string;
  category: string;
  severity: Severity;
  message: string;
  excerpt: string;
  policy: PolicyRef;
}

export interface AccountTotals {
  account: string;
  posts: number;
  findings: number;
  /** Posts with no welsh-language finding: the account's Welsh-language compliance. */
  welshCompliantPosts: number;
}

export interface AuditAggregate {
  /** When the audit ran (ISO date-time) and the day rules judged against. */
  generatedAt: string;
  date: string;
  /** The inputs as given on the command line. */
  inputs: string[];
  /** Earliest and latest post dates seen (YYYY-MM-DD), when posts carried dates. */
  period?: { from: string; to: string };
  totals: { documents: number; posts: number; accounts: number; findings: number; errors: number; warnings: number; infos: number; postsWithFindings: number; unreadable: number };
  bySeverity: Record<Severity, number>;
  byCategory: Record<string, number>;
  byRule: Array<{ ruleId: string; category: string; count: number; policy: PolicyRef }>;
  byAccount: AccountTotals[];
  /** YYYY-MM → posts and findings that month. */
  byMonth: Array<{ month: string; posts: number; findings: number }>;
  /** The findings table, at most `limit` rows (the report says how many were left out). */
  rows: AuditRow[];
  rowsLeftOut: number;
  /** Every rule that may appear, for citations and help. */
  rules: Map<string, RuleInfo>;
}

export interface HtmlReportOptions {
  lang: 'en' | 'cy';
  version: string;
}

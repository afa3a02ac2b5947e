/**
 * Gathers what the HTML report shows as results stream past: counts and breakdowns, and at
 * most `limit` rows of findings, so memory stays flat however many posts are audited.
 */
import type { FileResult, RuleInfo, Severity } from '../model/index.js';
import type { AccountTotals, AuditAggregate, AuditRow } from './audit-types.js';
import type { Summary } from './summary.js';

/** Rows of the HTML report's findings table: a browser lays out 2,000 rows in about a second; JSON and CSV hold them all. */
export const ROW_LIMIT = 2000;

export class AuditAggregator {
  private documents = 0;
  private posts = 0;
  private accounts = 0;
  private postsWithFindings = 0;
  private unreadable = 0;
  private readonly severity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private readonly category = new Map<string, number>();
  private readonly rule = new Map<string, { ruleId: string; category: string; count: number; policy: AuditRow['policy'] }>();
  private readonly account = new Map<string, AccountTotals>();
  private readonly month = new Map<string, { month: string; posts: number; findings: number }>();
  private readonly rows: AuditRow[] = [];
  private rowsLeftOut = 0;
  private from?: string;
  private to?: string;

  constructor(private readonly limit = ROW_LIMIT) {}

  add(r: FileResult): void {
    this.documents++;
    if (r.kind === 'account') this.accounts++;
    else this.posts++;
    if (r.kind === 'post' && r.findings.length) this.postsWithFindings++;
    for (const f of r.findings) {
      this.severity[f.severity]++;
      this.category.set(f.category, (this.category.get(f.category) ?? 0) + 1);
      const rule = this.rule.get(f.ruleId) ?? { ruleId: f.ruleId, category: f.category, count: 0, policy: f.policy };
      rule.count++;
      this.rule.set(f.ruleId, rule);
      if (this.rows.length < this.limit) {
        this.rows.push({ file: r.file, kind: r.kind, ...(r.post ? { post: r.post } : {}), line: f.line, column: f.column, ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, excerpt: f.excerpt, policy: f.policy });
      } else this.rowsLeftOut++;
    }
    if (r.kind !== 'post') return;
    const name = r.post?.account ?? '(drafts)';
    const a = this.account.get(name) ?? { account: name, posts: 0, findings: 0, welshCompliantPosts: 0 };
    a.posts++;
    a.findings += r.findings.length;
    if (!r.findings.some((f) => f.category === 'welsh-language')) a.welshCompliantPosts++;
    this.account.set(name, a);
    const date = r.post?.date?.slice(0, 10);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
      if (!this.from || date < this.from) this.from = date;
      if (!this.to || date > this.to) this.to = date;
      const key = date.slice(0, 7);
      const m = this.month.get(key) ?? { month: key, posts: 0, findings: 0 };
      m.posts++;
      m.findings += r.findings.length;
      this.month.set(key, m);
    }
  }

  /** An input that could not be read (its error was printed). */
  failed(): void {
    this.unreadable++;
  }

  summary(): Summary {
    return { files: this.documents, errors: this.severity.error, warnings: this.severity.warning, infos: this.severity.info };
  }

  build(o: { generatedAt: string; date: string; inputs: string[]; rules: Map<string, RuleInfo> }): AuditAggregate {
    const findings = this.severity.error + this.severity.warning + this.severity.info;
    return {
      generatedAt: o.generatedAt,
      date: o.date,
      inputs: o.inputs,
      ...(this.from && this.to ? { period: { from: this.from, to: this.to } } : {}),
      totals: { documents: this.documents, posts: this.posts, accounts: this.accounts, findings, errors: this.severity.error, warnings: this.severity.warning, infos: this.severity.info, postsWithFindings: this.postsWithFindings, unreadable: this.unreadable },
      bySeverity: { ...this.severity },
      byCategory: Object.fromEntries([...this.category].sort((a, b) => b[1] - a[1])),
      byRule: [...this.rule.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
      byAccount: [...this.account.values()].sort((a, b) => b.posts - a.posts || a.account.localeCompare(b.account)),
      byMonth: [...this.month.values()].sort((a, b) => a.month.localeCompare(b.month)),
      rows: this.rows,
      rowsLeftOut: this.rowsLeftOut,
      rules: o.rules,
    };
  }
}

/**
 * `smpolicy audit --report html`: one self-contained page for a council's Executive Board,
 * in English or Welsh, drawn from the audit's aggregate (audit-types.ts):
 *
 *   masthead   title, period covered, when and by which version; contents links
 *   summary    a plain-language lead, key figures, the period, inputs and dates
 *   totals     findings by category, severity, account and month: SVG charts + tables
 *   rules      the rules with the most findings, their policy citations and fixes
 *   welsh      Welsh-language compliance per account (posts with no welsh-language finding)
 *   findings   the (capped) table of findings, filtered and sorted in the browser
 *
 * The page loads nothing: inline CSS and one constant inline script, both allowed by hash
 * in a Content-Security-Policy that forbids everything else. Everything from the posts is
 * escaped (html-escape.ts); the aggregate's messages and excerpts are already masked and
 * nothing unmasked is added here.
 */
import { createHash } from 'node:crypto';
import type { Severity } from '../model/index.js';
import type { AuditAggregate, HtmlReportOptions } from './audit-types.js';
import { barChart, columnChart, describe, type Bar } from './html-charts.js';
import { escapeHtml, text } from './html-escape.js';
import { SCRIPT } from './html-script.js';
import { CSS } from './html-style.js';
import {
  categoryLabel,
  count,
  fill,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatPercent,
  SEVERITY_LABEL,
  STRINGS,
  type Lang,
  type Strings,
} from './html-strings.js';
import { accountName, badge, cardLabelsCss, findingsSection, NO_ACCOUNT, SYMBOL } from './html-table.js';

export { escapeHtml, safeHttpUrl, text } from './html-escape.js';

/** How many rules the "most findings" table lists. */
export const TOP_RULES = 10;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The same function by name, as src/cli/audit.ts imports it. */
export { formatHtml as renderHtmlReport };

export default function formatHtml(aggregate: AuditAggregate, o: HtmlReportOptions): string {
  const lang: Lang = o.lang === 'cy' ? 'cy' : 'en';
  const t = STRINGS[lang];
  const period = aggregate.period ? `${formatDate(lang, aggregate.period.from)} – ${formatDate(lang, aggregate.period.to)}` : '';
  const title = period ? `${t.docTitle}: ${period}` : t.docTitle;
  const css = CSS + cardLabelsCss(lang);
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(css)}'`,
    `script-src '${sha256(SCRIPT)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const page = [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="smpolicy ${escapeHtml(o.version)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    `<a class="skip" href="#findings-section">${escapeHtml(t.skip)}</a>`,
    masthead(lang, aggregate, o.version, period),
    '<main class="wrap">',
    summarySection(lang, aggregate, period),
    totalsSection(lang, aggregate),
    rulesSection(lang, aggregate),
    welshSection(lang, aggregate),
    findingsSection(lang, aggregate),
    '</main>',
    `<footer class="wrap"><p>${escapeHtml(t.masked)}</p><p>${escapeHtml(t.offline)}</p><p>${fill(escapeHtml(t.footer), { version: escapeHtml(o.version) })}</p></footer>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
  ];
  return `${page.join('\n')}\n`;
}

function sha256(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}

function masthead(lang: Lang, a: AuditAggregate, version: string, period: string): string {
  const t = STRINGS[lang];
  const nav: Array<[string, string]> = [
    ['summary', t.summary],
    ['totals', t.navTotals],
    ['rules', t.navRules],
    ['welsh', t.navWelsh],
    ['findings-section', t.navFindings],
  ];
  return [
    '<header class="masthead"><div class="wrap">',
    `<h1>${escapeHtml(t.docTitle)}</h1>`,
    period ? `<p class="period">${escapeHtml(period)}</p>` : '',
    `<p>${fill(escapeHtml(t.generatedBy), { date: escapeHtml(formatDateTime(lang, a.generatedAt)), version: escapeHtml(version) })}</p>`,
    `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">${escapeHtml(t.contents)}</h2><ul>`,
    ...nav.map(([id, label]) => `<li><a href="#${id}">${escapeHtml(label)}</a></li>`),
    '</ul></nav>',
    '</div></header>',
  ].join('\n');
}

/** Accounts that posted: byAccount without the bucket of posts that name no account. */
function postingAccounts(a: AuditAggregate): number {
  return a.byAccount.filter((x) => x.account !== NO_ACCOUNT && x.account !== '').length;
}

function summarySection(lang: Lang, a: AuditAggregate, period: string): string {
  const t = STRINGS[lang];
  const n = a.totals;
  const accounts = postingAccounts(a);
  const welshPosts = a.byAccount.reduce((sum, x) => sum + x.posts, 0);
  const welshOk = a.byAccount.reduce((sum, x) => sum + x.welshCompliantPosts, 0);
  const lead: string[] = [];
  if (n.posts > 0) {
    const template = accounts > 0 ? t.leadAudited : t.leadAuditedNoAccounts;
    lead.push(fill(escapeHtml(template), { posts: count(lang, 'post', n.posts), accounts: count(lang, 'account', accounts) }));
  } else if (n.documents > 0) {
    lead.push(fill(escapeHtml(t.leadDocuments), { documents: count(lang, 'document', n.documents) }));
  } else lead.push(escapeHtml(t.leadNothing));
  if (n.findings > 0) {
    lead.push(
      fill(escapeHtml(t.leadFindings), {
        findings: count(lang, 'finding', n.findings),
        errors: count(lang, 'error', n.errors),
        warnings: count(lang, 'warning', n.warnings),
        infos: count(lang, 'info', n.infos),
      }),
    );
  } else lead.push(escapeHtml(t.leadNoFindings));
  if (n.unreadable > 0) lead.push(fill(escapeHtml(t.leadUnreadable), { n: formatNumber(n.unreadable) }));

  const found = [
    stat('findings', t.findings, n.findings),
    stat('errors', t.errors, n.errors, 'error'),
    stat('warnings', t.warnings, n.warnings, 'warning'),
    stat('infos', t.infos, n.infos, 'info'),
    stat('postsWithFindings', t.postsWithFindings, n.postsWithFindings, '', n.posts > 0 ? fill(t.ofPosts, { pct: formatPercent(n.postsWithFindings, n.posts) }) : ''),
    welshPosts > 0 ? stat('welsh', t.welshCompliance, formatPercent(welshOk, welshPosts), 'good') : '',
  ];
  const covered = [
    stat('posts', t.postsAudited, n.posts),
    stat('accounts', t.accountsPosting, accounts),
    stat('documents', t.documents, n.documents),
    n.accounts > 0 ? stat('accountFiles', t.accountFiles, n.accounts) : '',
    n.unreadable > 0 ? stat('unreadable', t.unreadable, n.unreadable, 'error') : '',
  ];
  const inputs = a.inputs.length ? `<ul>${a.inputs.map((i) => `<li><code>${text(i)}</code></li>`).join('')}</ul>` : escapeHtml(t.none);
  const meta = [
    ['period', t.period, period ? escapeHtml(period) : escapeHtml(t.noPeriod)],
    ['judged', t.judgedAsOf, escapeHtml(formatDate(lang, a.date))],
    ['generated', t.generatedAt, escapeHtml(formatDateTime(lang, a.generatedAt))],
    ['inputs', t.inputs, inputs],
  ];
  return [
    '<section class="panel" id="summary" aria-labelledby="summary-h">',
    `<h2 id="summary-h">${escapeHtml(t.summary)}</h2>`,
    `<p class="lead">${lead.join(' ')}</p>`,
    `<h3 class="stats-h" id="found-h">${escapeHtml(t.foundHeading)}</h3>`,
    `<div class="stats" role="group" aria-labelledby="found-h">${found.filter(Boolean).join('\n')}</div>`,
    `<h3 class="stats-h" id="covered-h">${escapeHtml(t.coveredHeading)}</h3>`,
    `<div class="stats" role="group" aria-labelledby="covered-h">${covered.filter(Boolean).join('\n')}</div>`,
    `<dl class="meta">${meta.map(([id, dt, dd]) => `<dt id="meta-${id}">${escapeHtml(dt)}</dt><dd>${dd}</dd>`).join('')}</dl>`,
    '</section>',
  ].join('\n');
}

function stat(id: string, label: string, value: number | string, tone = '', sub = ''): string {
  const shown = typeof value === 'number' ? formatNumber(value) : value;
  const subline = sub ? `<span class="s">${escapeHtml(sub)}</span>` : '';
  return `<div class="stat${tone ? ` stat-${tone}` : ''}"><span class="v" data-stat="${id}">${escapeHtml(shown)}</span><span class="l">${escapeHtml(label)}</span>${subline}</div>`;
}

function totalsSection(lang: Lang, a: AuditAggregate): string {
  const t = STRINGS[lang];
  const findings = a.totals.findings;
  const categories = Object.entries(a.byCategory).sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const categoryBars: Bar[] = categories.map(([c, v]) => ({ label: categoryLabel(lang, c), value: v, valueText: formatNumber(v) }));
  const severityBars: Bar[] = SEVERITIES.map((s) => ({ label: `${SYMBOL[s]} ${SEVERITY_LABEL[lang][s]}`, value: a.bySeverity[s] ?? 0, valueText: formatNumber(a.bySeverity[s] ?? 0), tone: s }));
  const accounts = [...a.byAccount].sort((x, y) => y.findings - x.findings || x.account.localeCompare(y.account));
  const accountBars: Bar[] = accounts.map((x) => ({ label: accountName(lang, x.account), value: x.findings, valueText: formatNumber(x.findings) }));
  const months = [...a.byMonth].sort((x, y) => (x.month < y.month ? -1 : x.month > y.month ? 1 : 0));
  const monthBars: Bar[] = months.map((m) => ({ label: formatMonth(lang, m.month, true).split(' ')[0], value: m.findings, valueText: formatNumber(m.findings) }));
  const monthDesc: Bar[] = months.map((m) => ({ label: formatMonth(lang, m.month), value: m.findings, valueText: formatNumber(m.findings) }));
  const sublabels = months.map((m, i) => (i === 0 || m.month.endsWith('-01') ? m.month.slice(0, 4) : ''));

  const cards = [
    card('category', t.byCategory, barChart(chart('chart-category', t.byCategory, t, categoryBars)),
      table([t.category, t.count, t.share], categories.map(([c, v]) => [text(categoryLabel(lang, c)), formatNumber(v), formatPercent(v, findings)]))),
    card('severity', t.bySeverity, barChart(chart('chart-severity', t.bySeverity, t, severityBars)),
      table([t.severity, t.count, t.share], SEVERITIES.map((s) => [badge(lang, s), formatNumber(a.bySeverity[s] ?? 0), formatPercent(a.bySeverity[s] ?? 0, findings)]))),
    card('account', t.byAccount, barChart(chart('chart-account', t.byAccount, t, accountBars)),
      table([t.account, t.posts, t.count, t.per100], accounts.map((x) => [text(accountName(lang, x.account)), formatNumber(x.posts), formatNumber(x.findings), per100(x.findings, x.posts)]))),
    card('month', t.byMonth, columnChart({ ...chart('chart-month', t.byMonthChart, t, monthBars), desc: describe(t.chartDesc, monthDesc), sublabels }),
      table([t.month, t.posts, t.count, t.per100], months.map((m) => [escapeHtml(formatMonth(lang, m.month)), formatNumber(m.posts), formatNumber(m.findings), per100(m.findings, m.posts)]))),
  ];
  return [
    '<section class="panel" id="totals" aria-labelledby="totals-h">',
    `<h2 id="totals-h">${escapeHtml(t.totals)}</h2>`,
    `<div class="grid">${cards.join('\n')}</div>`,
    '</section>',
  ].join('\n');
}

function chart(id: string, title: string, t: Strings, bars: Bar[]) {
  return { id, title, desc: bars.length ? describe(t.chartDesc, bars) : t.noData, bars, emptyText: t.noData };
}

function per100(findings: number, posts: number): string {
  return posts > 0 ? formatNumber(Math.round((findings / posts) * 1000) / 10) : '—';
}

function card(id: string, heading: string, figure: string, tableHtml: string): string {
  return [
    `<div class="card" id="card-${id}">`,
    `<h3 id="card-${id}-h">${escapeHtml(heading)}</h3>`,
    `<figure>${figure}</figure>`,
    tableHtml.replace('<table>', `<table aria-labelledby="card-${id}-h">`),
    '</div>',
  ].join('\n');
}

/** A small numbers table: the first column names the row, the others are numbers. Cells are HTML. */
function table(headings: string[], rows: string[][]): string {
  const head = headings.map((h, i) => `<th scope="col"${i ? ' class="n"' : ''}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c, i) => (i ? `<td class="n">${escapeHtml(c)}</td>` : `<th scope="row">${c}</th>`)).join('')}</tr>`).join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

function rulesSection(lang: Lang, a: AuditAggregate): string {
  const t = STRINGS[lang];
  const ranked = [...a.byRule].sort((x, y) => y.count - x.count || (x.ruleId < y.ruleId ? -1 : x.ruleId > y.ruleId ? 1 : 0));
  const top = ranked.slice(0, TOP_RULES);
  const out = ['<section class="panel" id="rules" aria-labelledby="rules-h">', `<h2 id="rules-h">${escapeHtml(t.topRules)}</h2>`];
  if (top.length === 0) {
    out.push(`<p>${escapeHtml(t.noFindings)}</p></section>`);
    return out.join('\n');
  }
  if (ranked.length > top.length) out.push(`<p class="muted">${fill(escapeHtml(t.topRulesNote), { n: formatNumber(ranked.length), k: formatNumber(top.length) })}</p>`);
  out.push('<div class="table-wrap cards-wrap"><table id="top-rules" aria-labelledby="rules-h">');
  out.push(`<thead><tr><th scope="col" class="n">${escapeHtml(t.rank)}</th><th scope="col">${escapeHtml(t.rule)}</th><th scope="col" class="n">${escapeHtml(t.count)}</th><th scope="col">${escapeHtml(t.citation)}</th><th scope="col">${escapeHtml(t.howToFix)}</th></tr></thead><tbody>`);
  top.forEach((r, i) => {
    const info = a.rules.get(r.ruleId);
    const ref = r.policy.ref || info?.policy.ref || '';
    const title = r.policy.title || info?.policy.title || '';
    const citation = [ref.trim() ? `<strong>${text(ref)}</strong>` : '', title.trim() ? text(title) : ''].filter(Boolean).join(': ');
    const source = info?.packTitle ? `<span class="file">${text(info.packTitle)}</span>` : '';
    out.push(
      `<tr data-rule="${escapeHtml(r.ruleId)}"><td class="n">${i + 1}</td>` +
        `<th scope="row"><code>${text(r.ruleId)}</code><span class="cat">${text(categoryLabel(lang, r.category))}</span></th>` +
        `<td class="n">${formatNumber(r.count)}</td><td>${citation}${source}</td><td>${text(info?.remediation ?? '')}</td></tr>`,
    );
  });
  out.push('</tbody></table></div></section>');
  return out.join('\n');
}

function welshSection(lang: Lang, a: AuditAggregate): string {
  const t = STRINGS[lang];
  const accounts = a.byAccount
    .filter((x) => x.posts > 0)
    .map((x) => ({ ...x, rate: x.welshCompliantPosts / x.posts }))
    .sort((x, y) => x.rate - y.rate || x.account.localeCompare(y.account));
  const posts = accounts.reduce((sum, x) => sum + x.posts, 0);
  const ok = accounts.reduce((sum, x) => sum + x.welshCompliantPosts, 0);
  const bars: Bar[] = accounts.map((x) => ({ label: accountName(lang, x.account), value: x.rate * 100, valueText: formatPercent(x.welshCompliantPosts, x.posts), tone: 'good' }));
  const out = [
    '<section class="panel" id="welsh" aria-labelledby="welsh-h">',
    `<h2 id="welsh-h">${escapeHtml(t.welshByAccount)}</h2>`,
    `<p>${escapeHtml(t.welshIntro)}</p>`,
  ];
  if (posts > 0) out.push(`<p><strong>${fill(escapeHtml(t.welshOverall), { pct: formatPercent(ok, posts) })}</strong></p>`);
  out.push('<div class="grid">');
  out.push(`<figure>${barChart({ ...chart('chart-welsh', t.welshByAccount, t, bars), max: 100, track: true })}</figure>`);
  out.push(
    table(
      [t.account, t.posts, t.compliantPosts, t.rate],
      accounts.map((x) => [text(accountName(lang, x.account)), formatNumber(x.posts), formatNumber(x.welshCompliantPosts), formatPercent(x.welshCompliantPosts, x.posts)]),
    ).replace('<table>', '<table id="welsh-table" aria-labelledby="welsh-h">'),
  );
  out.push('</div></section>');
  return out.join('\n');
}

/**
 * The HTML report's table of findings, with its filters. Rows are plain markup (the page
 * works without JavaScript, and prints every row); html-script.ts filters them by their
 * data-sev, data-cat and data-acct attributes and sorts them by each cell's data-k key.
 */
import type { Severity } from '../model/index.js';
import type { AuditAggregate, AuditRow } from './audit-types.js';
import { attr, escapeHtml, safeHttpUrl, text } from './html-escape.js';
import { categoryLabel, fill, formatNumber, SEVERITY_LABEL, STRINGS, type Lang } from './html-strings.js';

/** The byAccount key of posts that name no account (audit-aggregate.ts). */
export const NO_ACCOUNT = '(drafts)';
/** The filter key of rows from account settings files, when a row says so (see ReportRow). */
const ACCOUNT_FILES = '(account-files)';

/** A row of the table: an account settings file's findings get their own label. */
type ReportRow = AuditRow;

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
export const SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A severity as a word with a symbol and a colour: never colour alone. */
export function badge(lang: Lang, severity: Severity): string {
  return `<span class="badge badge-${severity}"><span aria-hidden="true">${SYMBOL[severity]} </span>${escapeHtml(SEVERITY_LABEL[lang][severity])}</span>`;
}

/** The account a row is filed under, as byAccount keys it. */
export function accountKey(row: ReportRow): string {
  if (row.kind === 'account' && !row.post?.account) return ACCOUNT_FILES;
  return row.post?.account ?? NO_ACCOUNT;
}

export function accountName(lang: Lang, account: string): string {
  if (account === ACCOUNT_FILES) return STRINGS[lang].accountFile;
  return account === NO_ACCOUNT || account === '' ? STRINGS[lang].noAccount : account;
}

export function findingsSection(lang: Lang, a: AuditAggregate): string {
  const t = STRINGS[lang];
  const out: string[] = [`<section class="panel" id="findings-section" aria-labelledby="findings-h">`, `<h2 id="findings-h">${escapeHtml(t.findingsTable)}</h2>`];
  if (a.rowsLeftOut > 0) {
    out.push(`<p class="note" id="left-out">${fill(escapeHtml(t.leftOut), { n: formatNumber(a.rowsLeftOut), shown: formatNumber(a.rows.length) })}</p>`);
  }
  if (a.rows.length === 0) {
    out.push(`<p>${escapeHtml(t.noFindings)}</p></section>`);
    return out.join('\n');
  }
  out.push(filters(lang, a.rows));
  const template = escapeHtml(t.shown);
  const all = formatNumber(a.rows.length);
  out.push(`<p class="shown" id="shown" role="status" data-template="${template}">${fill(template, { shown: all, total: all })}</p>`);
  out.push(`<p class="sort-hint muted small">${escapeHtml(t.sortHint)}</p>`);
  out.push('<div class="table-wrap cards-wrap">', `<table id="findings" aria-labelledby="findings-h">`, head(lang), '<tbody>');
  for (const row of a.rows) out.push(renderRow(lang, row));
  out.push('</tbody></table></div>', `<p id="no-match" hidden>${escapeHtml(t.noMatch)}</p>`, '</section>');
  return out.join('\n');
}

function filters(lang: Lang, rows: AuditRow[]): string {
  const t = STRINGS[lang];
  const severities = SEVERITIES.filter((s) => rows.some((r) => r.severity === s)).map((s) => [s, SEVERITY_LABEL[lang][s]] as const);
  const categories = distinct(rows.map((r) => r.category)).map((c) => [c, categoryLabel(lang, c)] as const);
  const accounts = distinct(rows.map(accountKey)).map((k) => [k, accountName(lang, k)] as const);
  const sortByLabel = (x: readonly [string, string], y: readonly [string, string]) => x[1].localeCompare(y[1], lang);
  return [
    `<div class="filters" role="search" aria-label="${attr(t.filterHeading)}">`,
    select('f-sev', t.severity, t.all, severities),
    select('f-cat', t.category, t.all, [...categories].sort(sortByLabel)),
    select('f-acct', t.account, t.all, [...accounts].sort(sortByLabel)),
    `<label for="f-q">${escapeHtml(t.search)}<input id="f-q" type="search" autocomplete="off" spellcheck="false" placeholder="${attr(t.searchHint)}"></label>`,
    `<button type="button" id="f-clear">${escapeHtml(t.clear)}</button>`,
    '</div>',
  ].join('\n');
}

function select(id: string, label: string, all: string, options: ReadonlyArray<readonly [string, string]>): string {
  const items = options.map(([value, shown]) => `<option value="${attr(value)}">${text(shown)}</option>`).join('');
  return `<label for="${id}">${escapeHtml(label)}<select id="${id}"><option value="">${escapeHtml(all)}</option>${items}</select></label>`;
}

const COLUMNS: Array<{ key: keyof typeof STRINGS.en; type?: 'number'; cls: string }> = [
  { key: 'colPost', cls: 'col-post' },
  { key: 'colDate', cls: 'col-date' },
  { key: 'account', cls: 'col-acct' },
  { key: 'colPosition', type: 'number', cls: 'n col-pos' },
  { key: 'rule', cls: 'col-rule' },
  { key: 'severity', type: 'number', cls: 'col-sev' },
  { key: 'colMessage', cls: 'col-msg' },
  { key: 'colExcerpt', cls: 'col-ex' },
  { key: 'policy', cls: 'col-pol' },
];

/**
 * On a phone the rows of the findings and top-rules tables become cards (html-style.ts);
 * each cell is labelled with its column's heading.
 */
export function cardLabelsCss(lang: Lang): string {
  const t = STRINGS[lang];
  const label = (table: string, headings: string[]) => headings.map((h, i) => `#${table} tbody>tr>:nth-child(${i + 1})::before{content:"${cssString(h)}"}`).join('');
  const findings = label('findings', COLUMNS.map((c) => t[c.key]));
  const rules = label('top-rules', [t.rank, t.rule, t.count, t.citation, t.howToFix]);
  return `@media screen and (max-width:700px){${findings}${rules}}`;
}

function cssString(value: string): string {
  return value.replace(/[\\"<>\n]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `);
}

function head(lang: Lang): string {
  const cells = COLUMNS.map((c) => {
    const type = c.type ? ` data-type="${c.type}"` : '';
    const cls = ` class="${c.cls}"`;
    const label = escapeHtml(STRINGS[lang][c.key]).replace(':', ':<wbr>');
    return `<th scope="col"${cls}${type} aria-sort="none"><button type="button">${label}<span class="arrow" aria-hidden="true"></span></button></th>`;
  });
  return `<thead><tr>${cells.join('')}</tr></thead>`;
}

/** A rule id that may wrap after its '/' (and nowhere else inside a word). */
export function ruleId(id: string): string {
  return text(id).replace(/\//g, '/<wbr>');
}

export function renderRow(lang: Lang, row: ReportRow): string {
  const t = STRINGS[lang];
  const account = accountKey(row);
  const date = row.post?.date ?? '';
  const shownDate = /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
  const line = Number.isFinite(row.line) ? row.line : 0;
  const column = Number.isFinite(row.column) ? row.column : 0;
  const policy = [row.policy.ref.trim() ? `<strong>${text(row.policy.ref)}</strong>` : '', row.policy.title.trim() ? text(row.policy.title) : ''].filter(Boolean).join(' ');
  const cells = [
    `<td class="col-post" data-k="${attr(`${row.file} ${row.post?.id ?? ''}`)}">${postCell(lang, row)}</td>`,
    `<td class="nowrap" data-k="${attr(date)}">${text(shownDate)}</td>`,
    account === NO_ACCOUNT || account === ACCOUNT_FILES ? `<td class="col-acct muted" data-k="">${escapeHtml(accountName(lang, account))}</td>` : `<td class="col-acct">${text(account)}</td>`,
    `<td class="n" data-k="${line * 1_000_000 + column}">${line}:${column}</td>`,
    `<td><code>${ruleId(row.ruleId)}</code><span class="cat">${text(categoryLabel(lang, row.category))}</span></td>`,
    `<td data-k="${RANK[row.severity] ?? 3}">${SEVERITY_LABEL[lang][row.severity] ? badge(lang, row.severity) : text(row.severity)}</td>`,
    `<td class="col-msg">${text(row.message)}</td>`,
    `<td class="col-ex">${row.excerpt.trim() ? `<span class="excerpt">${text(row.excerpt)}</span>` : ''}</td>`,
    `<td>${policy}</td>`,
  ];
  return `<tr data-sev="${attr(row.severity)}" data-cat="${attr(row.category)}" data-acct="${attr(account)}">${cells.join('')}</tr>`;
}

function postCell(lang: Lang, row: AuditRow): string {
  const t = STRINGS[lang];
  const url = safeHttpUrl(row.post?.url);
  const id = row.post?.id;
  if (url) {
    const label = id ? text(id) : escapeHtml(t.viewPost);
    const link = `<a href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${label}<span class="sr-only"> ${escapeHtml(t.opensNewTab)}</span></a>`;
    return `${link}<span class="file">${text(row.file)}</span>`;
  }
  if (id) return `${text(id)}<span class="file">${text(row.file)}</span>`;
  return text(row.file);
}

function distinct(values: string[]): string[] {
  return [...new Set(values)];
}

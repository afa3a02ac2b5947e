/**
 * The HTML audit report in a real browser: Debian's Chromium driven by playwright-core.
 * The page is rendered from an aggregate built here (several accounts and months, Welsh
 * and English posts, posts whose messages carry script), written to a temporary file and
 * opened from file://. Screenshots (and a copy of each page) go to test-artifacts/, which
 * .gitignore leaves out.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Finding, PostMeta, RuleInfo, Severity } from '../../src/model/index.js';
import type { AccountTotals, AuditAggregate, AuditRow } from '../../src/formats/audit-types.js';
import formatHtml from '../../src/formats/html.js';
import { STRINGS } from '../../src/formats/html-strings.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 120_000;

// ---------------------------------------------------------------------------------------
// The fixture: documents as the audit streams them, folded the way the aggregate is.

interface Doc {
  file: string;
  kind: 'post' | 'account';
  post?: PostMeta;
  findings: Finding[];
}

const POLICY: Record<string, { category: string; pack: string; ref: string; title: string }> = {
  'welsh/missing-welsh': { category: 'welsh-language', pack: 'welsh-language', ref: 'Standard 58', title: 'Publishing material on social media in Welsh' },
  'welsh/placeholder': { category: 'welsh-language', pack: 'welsh-language', ref: 'Standard 58', title: 'Publishing material on social media in Welsh' },
  'welsh/spelling': { category: 'welsh-language', pack: 'welsh-language', ref: 'Standard 59', title: 'Not treating Welsh less favourably' },
  'dp/phone-number': { category: 'data-protection', pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation' },
  'dp/email-address': { category: 'data-protection', pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation' },
  'conduct/profanity': { category: 'code-of-conduct', pack: 'code-of-conduct', ref: 'Code of Conduct §4', title: 'Courtesy and respect' },
  'infosec/internal-link': { category: 'information-security', pack: 'information-security', ref: 'Information Security Policy §7', title: 'Internal systems' },
  'a11y/camelcase-hashtag': { category: 'accessibility', pack: 'accessibility', ref: 'WCAG 2.2 SC 1.3.1', title: 'Info and relationships' },
  'account/two-factor': { category: 'account-security', pack: 'account-security', ref: 'Social Media Policy §6.2', title: 'Securing council accounts' },
};

function finding(ruleId: string, severity: Severity, message: string, excerpt: string, line = 1, column = 1): Finding {
  const p = POLICY[ruleId];
  return { ruleId, category: p.category, severity, message, line, column, endLine: line, endColumn: column + 5, excerpt, policy: { pack: p.pack, ref: p.ref, title: p.title } };
}

function rules(): Map<string, RuleInfo> {
  return new Map(
    Object.entries(POLICY).map(([id, p]) => [
      id,
      { id, category: p.category, severity: 'warning', appliesTo: id.startsWith('account/') ? 'account' : 'post', pack: p.pack, packTitle: `${p.pack} pack`, policy: { ref: p.ref, title: p.title }, message: '', remediation: `Fix ${id} before publishing.`, examples: { bad: [], good: [] } },
    ]),
  );
}

const XSS_MESSAGE = `Personal phone number in a post: '<script>alert(1)</script><script>window.__pwned = 1</script>'`;
const XSS_EXCERPT = `"><img src=x onerror=alert(1)><img src=x onerror="window.__pwned=2">`;
const EVIL_ACCOUNT = `@Evil"><script>window.__pwned=3</script>`;

function docs(): Doc[] {
  const out: Doc[] = special();
  const accounts = ['@CarmsCouncil', '@CyngorSirGar', '@CarmsLibraries'];
  const months = ['2026-01', '2026-02', '2026-03'];
  let id = 1000;
  for (const [m, month] of months.entries()) {
    for (const [a, account] of accounts.entries()) {
      for (let k = 0; k < 4; k++) {
        const day = String(3 + k * 7 + a).padStart(2, '0');
        const n = m * 12 + a * 4 + k;
        const post: PostMeta = { id: String(++id), account, date: `${month}-${day}T09:${String(n).padStart(2, '0')}:00Z`, url: `https://x.com/${account.slice(1)}/status/${id}` };
        const findings: Finding[] = [];
        const welsh = account === '@CyngorSirGar';
        if (n % 3 === 0) findings.push(finding('welsh/missing-welsh', 'warning', 'English text with no Welsh version', 'Road closed on Monday', 1, 1));
        if (n % 5 === 1) findings.push(finding('dp/phone-number', 'error', "Personal phone number in a post: '0770•••••23'", 'call 0770•••••23', 2, 12));
        if (n % 7 === 2) findings.push(finding('a11y/camelcase-hashtag', 'info', "Hashtag '#ffordddargau' is not in CamelCase", '#ffordddargau', 3, 20));
        if (welsh && n % 4 === 1) findings.push(finding('welsh/spelling', 'info', "Gair Cymraeg nad yw yn y geiriadur: 'ffodd'", 'Mae’r ffodd ar gau', 1, 7));
        if (n % 11 === 4) findings.push(finding('welsh/placeholder', 'error', "Testun dros dro yn lle'r Gymraeg: 'Cymraeg i ddilyn'", 'Cymraeg i ddilyn', 4, 1));
        if (n % 9 === 5) findings.push(finding('infosec/internal-link', 'error', 'Link to an internal system', 'https://carms.sharepoint.com/•••', 5, 9));
        if (n % 8 === 6) findings.push(finding('conduct/profanity', 'warning', "Profane language: 'd•••'", 'what a d••• mess', 1, 14));
        out.push({ file: 'exports/sprout-q1.csv', kind: 'post', post, findings });
      }
    }
  }
  return out;
}

/** Posts whose text carries markup, an account name with markup, unsafe links; a draft with no account or date; an account settings file. */
function special(): Doc[] {
  return [
    { file: 'exports/<b>tweets</b>.js', kind: 'post', post: { id: '1999', account: '@CarmsCouncil', date: '2026-02-14T12:00:00Z', url: 'javascript:window.__pwned=4' }, findings: [finding('dp/phone-number', 'error', XSS_MESSAGE, XSS_EXCERPT, 7, 3)] },
    { file: 'exports/facebook.json', kind: 'post', post: { id: '2001', account: EVIL_ACCOUNT, date: '2026-03-30', url: 'https://www.facebook.com/CarmsCouncil/posts/2001?a=1&b="2"' }, findings: [finding('dp/email-address', 'error', "Personal e-mail address in a post: 'dai.•••••om'", 'email dai.•••••om', 2, 5)] },
    { file: 'drafts/ffordd-ar-gau.cy.md', kind: 'post', findings: [finding('welsh/placeholder', 'error', "Testun dros dro yn lle'r Gymraeg: 'Welsh to follow'", 'Welsh to follow', 6, 1)] },
    { file: 'accounts/carms-twitter.yaml', kind: 'account', findings: [finding('account/two-factor', 'error', 'Two-factor authentication is off', 'two-factor: false', 9, 3)] },
  ];
}

/** Folds documents into the aggregate, as `smpolicy audit` does, keeping the first `limit` rows. */
function buildAggregate(limit = 30): AuditAggregate {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byCategory: Record<string, number> = {};
  const byRule = new Map<string, AuditAggregate['byRule'][number]>();
  const byAccount = new Map<string, AccountTotals>();
  const byMonth = new Map<string, { month: string; posts: number; findings: number }>();
  const rows: AuditRow[] = [];
  let rowsLeftOut = 0;
  const totals = { documents: 0, posts: 0, accounts: 0, findings: 0, errors: 0, warnings: 0, infos: 0, postsWithFindings: 0, unreadable: 1 };
  const dates: string[] = [];
  for (const d of docs()) {
    totals.documents++;
    if (d.kind === 'account') totals.accounts++;
    else totals.posts++;
    if (d.kind === 'post' && d.findings.length) totals.postsWithFindings++;
    for (const f of d.findings) {
      bySeverity[f.severity]++;
      byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
      const r = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, category: f.category, count: 0, policy: f.policy };
      r.count++;
      byRule.set(f.ruleId, r);
      if (rows.length < limit) rows.push({ file: d.file, ...(d.post ? { post: d.post } : {}), line: f.line, column: f.column, ruleId: f.ruleId, category: f.category, severity: f.severity, message: f.message, excerpt: f.excerpt, policy: f.policy });
      else rowsLeftOut++;
    }
    if (d.kind !== 'post') continue;
    const name = d.post?.account ?? '(drafts)';
    const a = byAccount.get(name) ?? { account: name, posts: 0, findings: 0, welshCompliantPosts: 0 };
    a.posts++;
    a.findings += d.findings.length;
    if (!d.findings.some((f) => f.category === 'welsh-language')) a.welshCompliantPosts++;
    byAccount.set(name, a);
    const date = d.post?.date?.slice(0, 10);
    if (date) {
      dates.push(date);
      const m = byMonth.get(date.slice(0, 7)) ?? { month: date.slice(0, 7), posts: 0, findings: 0 };
      m.posts++;
      m.findings += d.findings.length;
      byMonth.set(m.month, m);
    }
  }
  Object.assign(totals, { errors: bySeverity.error, warnings: bySeverity.warning, infos: bySeverity.info, findings: bySeverity.error + bySeverity.warning + bySeverity.info });
  dates.sort();
  return {
    generatedAt: '2026-04-02T08:30:00Z',
    date: '2026-04-02',
    inputs: ['exports/sprout-q1.csv', 'exports/<b>tweets</b>.js', 'exports/facebook.json', 'drafts/', 'accounts/'],
    period: { from: dates[0], to: dates[dates.length - 1] },
    totals,
    bySeverity,
    byCategory,
    byRule: [...byRule.values()].sort((a, b) => b.count - a.count || a.ruleId.localeCompare(b.ruleId)),
    byAccount: [...byAccount.values()].sort((a, b) => b.posts - a.posts || a.account.localeCompare(b.account)),
    byMonth: [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month)),
    rows,
    rowsLeftOut,
    rules: rules(),
  };
}

// ---------------------------------------------------------------------------------------
// The browser.

interface Loaded {
  page: Page;
  requests: string[];
  problems: string[];
  dialogs: string[];
  url: string;
}

let context: BrowserContext;
let dir: string;
const aggregate = buildAggregate();

async function open(lang: 'en' | 'cy', width = 1280): Promise<Loaded> {
  const file = join(dir, `audit-report.${lang}.html`);
  writeFileSync(file, formatHtml(aggregate, { lang, version: '0.1.0' }));
  copyFileSync(file, join(ARTIFACTS, `audit-report.${lang}.html`)); // to open by hand
  const url = pathToFileURL(file).href;
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const [requests, problems, dialogs]: string[][] = [[], [], []];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => void (['error', 'warning'].includes(m.type()) && problems.push(`console ${m.type()}: ${m.text()}`)));
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, problems, dialogs, url };
}

async function visibleRows(page: Page): Promise<Array<{ sev: string; acct: string; date: string; line: number }>> {
  return page.$$eval('#findings tbody tr:not([hidden])', (trs) =>
    trs.map((tr) => ({
      sev: tr.getAttribute('data-sev') ?? '',
      acct: tr.getAttribute('data-acct') ?? '',
      date: (tr as HTMLTableRowElement).cells[1].getAttribute('data-k') ?? '',
      line: Number((tr as HTMLTableRowElement).cells[3].getAttribute('data-k')),
    })),
  );
}

const statValue = (page: Page, id: string) => page.$eval(`[data-stat="${id}"]`, (el) => Number((el.textContent ?? '').replace(/,/g, '')));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'smpolicy-html-'));
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: ARGS, offline: true });
}, TIMEOUT);

afterAll(async () => {
  await context?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, TIMEOUT);

describe('HTML audit report in Chromium', () => {
  it('the fixture is realistic: rows left out, several accounts and months, markup in posts', () => {
    expect(aggregate.rowsLeftOut).toBeGreaterThan(0);
    expect(aggregate.byAccount.length).toBeGreaterThanOrEqual(4);
    expect(aggregate.byMonth.length).toBe(3);
    expect(aggregate.rows.some((r) => r.message === XSS_MESSAGE) && aggregate.rows.some((r) => r.post?.account === EVIL_ACCOUNT)).toBe(true);
  });

  it('shows the aggregate’s totals, makes no request but the file, and runs no script from the data', { timeout: TIMEOUT }, async () => {
    const { page, requests, problems, dialogs, url } = await open('en');
    const t = aggregate.totals;
    const shown = { posts: t.posts, findings: t.findings, errors: t.errors, warnings: t.warnings, infos: t.infos, postsWithFindings: t.postsWithFindings, documents: t.documents, accountFiles: t.accounts, unreadable: t.unreadable, accounts: aggregate.byAccount.filter((a) => a.account !== '(drafts)').length };
    for (const [id, value] of Object.entries(shown)) expect(await statValue(page, id), id).toBe(value);

    // The severity and category tables hold the same numbers as the charts' aggregate.
    const severityTable = await page.$$eval('#card-severity tbody tr', (trs) => trs.map((tr) => Number(tr.children[1].textContent!.replace(/,/g, ''))));
    expect(severityTable).toEqual([aggregate.bySeverity.error, aggregate.bySeverity.warning, aggregate.bySeverity.info]);
    const categorySum = await page.$$eval('#card-category tbody tr', (trs) => trs.reduce((s, tr) => s + Number(tr.children[1].textContent!.replace(/,/g, '')), 0));
    expect(categorySum).toBe(t.findings);

    // Every chart is an image with a title and a description, and has a table of its numbers.
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((s) => ({ role: s.getAttribute('role'), title: s.querySelector('title')?.textContent ?? '', desc: s.querySelector('desc')?.textContent ?? '', table: !!s.closest('.card, .grid')?.querySelector('table') })),
    );
    expect(charts).toHaveLength(5);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.title).not.toBe('');
      expect(c.desc).toMatch(/^Bar chart\. .+: \d/);
      expect(c.table).toBe(true);
    }

    // The table holds the capped rows; the page says how many are left out.
    expect(await page.locator('#findings tbody tr').count()).toBe(aggregate.rows.length);
    expect(await page.textContent('#left-out')).toContain(`Findings not in this table: ${aggregate.rowsLeftOut}.`);
    expect(await page.textContent('#left-out')).toContain('JSON and CSV reports hold them all');

    // Markup in the data is text: the page shows it, no element came of it, nothing ran.
    const texts = await page.$$eval('#findings td.col-msg, #findings td.col-ex', (tds) => tds.map((td) => td.textContent));
    expect(texts).toContain(XSS_MESSAGE);
    expect(texts).toContain(XSS_EXCERPT);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.textContent('body')).toContain(EVIL_ACCOUNT);
    expect(await page.textContent('body')).toContain('exports/<b>tweets</b>.js');

    // Links only for http(s), each with rel="noopener noreferrer"; the javascript: URL is plain text.
    const links = await page.$$eval('a[href]', (as) => as.map((a) => ({ href: a.getAttribute('href')!, rel: a.getAttribute('rel') })));
    for (const l of links) {
      if (l.href.startsWith('#')) continue;
      expect(l.href).toMatch(/^https:\/\//);
      expect(l.rel).toBe('noopener noreferrer');
    }
    expect(links.some((l) => l.href === 'https://www.facebook.com/CarmsCouncil/posts/2001?a=1&b=%222%22')).toBe(true);
    expect(links.some((l) => l.href.toLowerCase().includes('javascript'))).toBe(false);

    // The script did run (the filters are shown): the CSP allowed it, and nothing else.
    expect(await page.isVisible('#f-sev')).toBe(true);
    expect(requests).toEqual([url]);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);

    await page.screenshot({ path: join(ARTIFACTS, 'audit-report.png'), fullPage: true });
    await page.close();
  });

  it('filters by severity, account, category and words, all in the page', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await open('en');
    const expected = (f: (r: AuditRow) => boolean) => aggregate.rows.filter(f).length;

    await page.selectOption('#f-sev', 'error');
    let rows = await visibleRows(page);
    expect(rows).toHaveLength(expected((r) => r.severity === 'error'));
    expect(rows.every((r) => r.sev === 'error')).toBe(true);
    expect(await page.textContent('#shown')).toBe(`Findings shown: ${rows.length} of ${aggregate.rows.length}`);

    await page.selectOption('#f-acct', '@CyngorSirGar');
    rows = await visibleRows(page);
    const both = expected((r) => r.severity === 'error' && r.post?.account === '@CyngorSirGar');
    expect(both).toBeGreaterThan(0);
    expect(rows).toHaveLength(both);
    expect(rows.every((r) => r.sev === 'error' && r.acct === '@CyngorSirGar')).toBe(true);

    await page.click('#f-clear');
    await page.selectOption('#f-acct', EVIL_ACCOUNT);
    expect(await visibleRows(page)).toHaveLength(expected((r) => r.post?.account === EVIL_ACCOUNT));
    await page.click('#f-clear');
    await page.selectOption('#f-cat', 'welsh-language');
    expect(await visibleRows(page)).toHaveLength(expected((r) => r.category === 'welsh-language'));
    await page.click('#f-clear');
    await page.fill('#f-q', 'CAMELCASE');
    expect(await visibleRows(page)).toHaveLength(expected((r) => r.message.includes('CamelCase')));
    await page.fill('#f-q', 'opens in a new tab'); // the links' words for screen readers are not searched
    expect(await visibleRows(page)).toHaveLength(0);
    await page.fill('#f-q', '@cyngorsirgar   WELSH');
    expect(await visibleRows(page)).toHaveLength(expected((r) => r.post?.account === '@CyngorSirGar' && /welsh/i.test(r.message + r.excerpt + r.ruleId + r.policy.title)));
    await page.fill('#f-q', 'no such words anywhere');
    expect(await visibleRows(page)).toHaveLength(0);
    expect(await page.isVisible('#no-match')).toBe(true);

    await page.click('#f-clear');
    expect(await visibleRows(page)).toHaveLength(aggregate.rows.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts by a column when its heading is clicked, and reverses on a second click', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await open('en');
    const dateHeader = page.locator('#findings thead th').nth(1);
    await dateHeader.locator('button').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('ascending');
    let dates = (await visibleRows(page)).map((r) => r.date);
    const dated = dates.filter((d) => d !== '');
    expect(dated).toEqual([...dated].sort());
    expect(dates.slice(dated.length).every((d) => d === '')).toBe(true); // undated rows last

    await dateHeader.locator('button').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('descending');
    dates = (await visibleRows(page)).map((r) => r.date).filter((d) => d !== '');
    expect(dates).toEqual([...dates].sort().reverse());

    const lineHeader = page.locator('#findings thead th').nth(3);
    await lineHeader.locator('button').click();
    expect(await dateHeader.getAttribute('aria-sort')).toBe('none');
    const lines = (await visibleRows(page)).map((r) => r.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));

    // Sorting keeps the filter.
    await page.selectOption('#f-sev', 'warning');
    await page.locator('#findings thead th').nth(5).locator('button').click();
    expect((await visibleRows(page)).every((r) => r.sev === 'warning')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('in Welsh: Welsh headings, labels and counts', { timeout: TIMEOUT }, async () => {
    const { page, problems, requests, url } = await open('cy');
    const cy = STRINGS.cy;
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    const headings = await page.$$eval('h1, h2, h3', (hs) => hs.map((h) => h.textContent));
    for (const h of [cy.docTitle, cy.summary, cy.totals, cy.byCategory, cy.bySeverity, cy.byAccount, cy.byMonth, cy.topRules, cy.welshByAccount, cy.findingsTable]) expect(headings).toContain(h);
    expect(headings).not.toContain(STRINGS.en.summary);
    expect(await page.textContent('.lead')).toContain(`Archwiliwyd ${aggregate.totals.posts} o negeseuon a gyhoeddwyd gan 4 o gyfrifon.`);
    expect(await page.textContent('#left-out')).toContain(`Canfyddiadau nad ydynt yn y tabl hwn: ${aggregate.rowsLeftOut}.`);
    const badges = await page.$$eval('#card-severity tbody .badge', (bs) => bs.map((b) => b.textContent));
    expect(badges).toEqual(['✖ Gwall', '▲ Rhybudd', 'ℹ Gwybodaeth']);
    expect(await page.$eval('svg.chart desc', (d) => d.textContent)).toMatch(/^Siart bar\. /);
    await page.selectOption('#f-sev', 'error');
    expect(await page.textContent('#shown')).toMatch(/^Canfyddiadau a ddangosir: \d+ o \d+$/);
    await page.click('#f-clear');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'audit-report.cy.png'), fullPage: true });
    await page.close();
  });

  it('fits a phone screen (the tables become cards, still sortable) and prints without its controls', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await open('en', 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, 'audit-report.phone.png'), fullPage: true });
    await page.locator('#findings thead th').nth(1).locator('button').click();
    const dates = (await visibleRows(page)).map((r) => r.date).filter(Boolean);
    expect(dates).toEqual([...dates].sort());
    await page.emulateMedia({ media: 'print' });
    expect([await page.isVisible('.filters'), await page.isVisible('.toc')]).toEqual([false, false]);
    expect(await page.locator('#findings tbody tr:not([hidden])').count()).toBe(aggregate.rows.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('prints on A4: the summary and charts portrait, the findings table on landscape pages', { timeout: TIMEOUT }, async () => {
    const { page, problems } = await open('en');
    const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => (Number(m[1]) > Number(m[2]) ? 'landscape' : 'portrait'));
    // Page objects need not be in page order in the file: count them.
    expect(boxes.filter((b) => b === 'portrait').length).toBeGreaterThan(0);
    expect(boxes.filter((b) => b === 'landscape').length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

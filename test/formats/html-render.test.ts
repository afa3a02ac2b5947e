/**
 * The HTML report as a string (no browser): self-contained, its CSP matching its one style
 * and one script, data escaped, nothing unmasked added. html.test.ts opens it in Chromium.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RuleInfo } from '../../src/model/index.js';
import type { AuditAggregate, AuditRow } from '../../src/formats/audit-types.js';
import formatHtml, { renderHtmlReport, TOP_RULES } from '../../src/formats/html.js';
import { STRINGS } from '../../src/formats/html-strings.js';

const policy = { pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation' };

function row(extra: Partial<AuditRow> = {}): AuditRow {
  return {
    file: 'exports/sprout.csv',
    post: { id: '42', account: '@CarmsCouncil', date: '2026-03-02T10:00:00Z', url: 'https://x.com/CarmsCouncil/status/42' },
    line: 1,
    column: 6,
    ruleId: 'dp/phone-number',
    category: 'data-protection',
    severity: 'error',
    message: "Personal phone number in a post: '0770•••••23'",
    excerpt: 'call 0770•••••23',
    policy,
    ...extra,
  };
}

function ruleInfo(id: string, extra: Partial<RuleInfo> = {}): RuleInfo {
  return {
    id,
    category: 'data-protection',
    severity: 'error',
    appliesTo: 'post',
    pack: 'data-protection',
    packTitle: 'Data protection pack',
    policy: { ref: policy.ref, title: policy.title },
    message: "Personal phone number in a post: '{match}'",
    remediation: 'Remove the phone number. Reply by direct message instead.',
    // Pack text the report must not print: examples may hold (made-up) personal data.
    examples: { bad: ['Call Dai on 07700 900123'], good: ['Call the contact centre'] },
    why: 'A phone number identifies a person.',
    ...extra,
  };
}

function aggregate(extra: Partial<AuditAggregate> = {}): AuditAggregate {
  const rows = [
    row(),
    row({ post: { id: '43', account: '@CyngorSirGar', date: '2026-03-03', url: 'javascript:alert(1)' }, severity: 'warning', ruleId: 'welsh/missing-welsh', category: 'welsh-language', message: '<script>alert("x")</script>', excerpt: '"><img src=x onerror=alert(1)>' }),
  ];
  return {
    generatedAt: '2026-04-01T09:00:00Z',
    date: '2026-04-01',
    inputs: ['exports/sprout.csv'],
    period: { from: '2026-03-02', to: '2026-03-03' },
    totals: { documents: 2, posts: 2, accounts: 0, findings: 2, errors: 1, warnings: 1, infos: 0, postsWithFindings: 2, unreadable: 0 },
    bySeverity: { error: 1, warning: 1, info: 0 },
    byCategory: { 'data-protection': 1, 'welsh-language': 1 },
    byRule: [
      { ruleId: 'dp/phone-number', category: 'data-protection', count: 1, policy },
      { ruleId: 'welsh/missing-welsh', category: 'welsh-language', count: 1, policy: { pack: 'welsh-language', ref: 'Standard 58', title: 'Publishing material on social media in Welsh' } },
    ],
    byAccount: [
      { account: '@CarmsCouncil', posts: 1, findings: 1, welshCompliantPosts: 1 },
      { account: '@CyngorSirGar', posts: 1, findings: 1, welshCompliantPosts: 0 },
    ],
    byMonth: [{ month: '2026-03', posts: 2, findings: 2 }],
    rows,
    rowsLeftOut: 0,
    rules: new Map([['dp/phone-number', ruleInfo('dp/phone-number')]]),
    ...extra,
  };
}

const render = (a = aggregate(), lang: 'en' | 'cy' = 'en') => formatHtml(a, { lang, version: '0.1.0' });
const sha256 = (s: string) => `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;

describe('a self-contained page', () => {
  const html = render();

  it('is one HTML document with one inline style and one inline script', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('loads nothing: no src, no stylesheet link, no @import or url(), no external URL but the posts’ links', () => {
    expect(html).not.toMatch(/<[^>]*\ssrc=|<link|@import|url\(|<iframe|<object|<embed/i);
    const urls = [...html.matchAll(/https?:\/\/[^"'\s<)]+/g)].map((m) => m[0]);
    expect(urls).toEqual(['https://x.com/CarmsCouncil/status/42']);
  });

  it('has a CSP that allows only its own style and script, by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1].replace(/&#39;/g, "'");
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    expect(csp).toBe(`default-src 'none'; style-src '${sha256(style)}'; script-src '${sha256(script)}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(csp).not.toContain('unsafe');
  });

  it('keeps the script free of data: the same script whatever the audit found', () => {
    const script = (h: string) => /<script>([\s\S]*?)<\/script>/.exec(h)![1];
    expect(script(render(aggregate({ rows: [] }), 'cy'))).toBe(script(html));
  });

  it('is the same page for the same aggregate (pure), and the CLI’s name for it is the same function', () => {
    expect(render()).toBe(html);
    expect(renderHtmlReport).toBe(formatHtml);
  });
});

describe('data from the posts is text', () => {
  const html = render();

  it('escapes markup in messages and excerpts', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes account names, file names and inputs', () => {
    const evil = '@x"><svg onload=alert(1)>';
    const a = aggregate({ inputs: ['<b>in</b>'], rows: [row({ file: 'a<i>.csv', post: { account: evil } })], byAccount: [{ account: evil, posts: 1, findings: 1, welshCompliantPosts: 1 }] });
    const out = render(a);
    expect(out).not.toMatch(/<svg onload|<i>|<b>in/);
    expect(out).toContain('@x&quot;&gt;&lt;svg onload=alert(1)&gt;');
    expect(out).toContain('data-acct="@x&quot;&gt;&lt;svg onload=alert(1)&gt;"');
    expect(out).toContain('a&lt;i&gt;.csv');
    expect(out).toContain('&lt;b&gt;in&lt;/b&gt;');
  });

  it('links posts only over http(s), opening them with rel="noopener noreferrer"', () => {
    expect(html).toContain('<a href="https://x.com/CarmsCouncil/status/42" target="_blank" rel="noopener noreferrer">42');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html).toContain('<td class="col-post" data-k="exports/sprout.csv 43">43<span class="file">');
  });

  it('does not let a line break or control character in a post break the layout', () => {
    const out = render(aggregate({ rows: [row({ message: 'one\ntwo\u001b[31m' })] }));
    expect(out).toContain('one↵two␛[31m');
  });
});

describe('what the page says', () => {
  it('cites the policy of the top rules, with how to fix, and never prints a rule’s examples', () => {
    const html = render();
    expect(html).toContain('<strong>UK GDPR Art. 5(1)(c)</strong>: Data minimisation');
    expect(html).toContain('Remove the phone number. Reply by direct message instead.');
    expect(html).not.toContain('07700 900123');
    expect(html).not.toMatch(/0\D{0,3}7\D{0,3}7\D{0,3}0\D{0,3}0\D{0,3}9\D{0,3}0\D{0,3}0/);
  });

  it(`lists at most ${TOP_RULES} rules and says how many have findings`, () => {
    const byRule = Array.from({ length: 14 }, (_, i) => ({ ruleId: `local/rule-${String(i).padStart(2, '0')}`, category: 'local', count: 20 - i, policy }));
    const html = render(aggregate({ byRule }));
    expect(html.match(/<tr data-rule=/g)).toHaveLength(TOP_RULES);
    expect(html).toContain('Rules with findings: 14. The 10 with the most findings are shown.');
  });

  it('says how many findings the table leaves out, and where they all are', () => {
    expect(render()).not.toContain('id="left-out"');
    const html = render(aggregate({ rowsLeftOut: 4321 }));
    expect(html).toContain('Findings not in this table: 4,321. The table holds the first 2.');
    expect(render(aggregate({ rowsLeftOut: 4321 }), 'cy')).toContain('Canfyddiadau nad ydynt yn y tabl hwn: 4,321.');
  });

  it('gives the Welsh-language compliance rate per account, lowest first', () => {
    const html = render();
    const welsh = /<table id="welsh-table"[\s\S]*?<\/table>/.exec(html)![0];
    expect(welsh.indexOf('@CyngorSirGar')).toBeLessThan(welsh.indexOf('@CarmsCouncil'));
    expect(welsh).toContain('<td class="n">0%</td>');
    expect(welsh).toContain('<td class="n">100%</td>');
  });

  it('reads in Welsh, with Welsh counts', () => {
    const html = render(aggregate(), 'cy');
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain(`<h2 id="summary-h">${STRINGS.cy.summary}</h2>`);
    expect(html).toContain('Archwiliwyd 2 o negeseuon a gyhoeddwyd gan 2 o gyfrifon.');
    expect(html).toContain('Cafwyd 2 o ganfyddiadau (1 gwall, 1 rhybudd, dim nodiadau).');
    expect(html).toContain('2 Mawrth 2026 – 3 Mawrth 2026');
    expect(html).not.toContain('Summary');
  });

  it('with no findings, says so and shows no empty table', () => {
    const empty = aggregate({
      totals: { documents: 1, posts: 1, accounts: 0, findings: 0, errors: 0, warnings: 0, infos: 0, postsWithFindings: 0, unreadable: 0 },
      bySeverity: { error: 0, warning: 0, info: 0 },
      byCategory: {},
      byRule: [],
      byAccount: [{ account: '@CarmsCouncil', posts: 1, findings: 0, welshCompliantPosts: 1 }],
      byMonth: [],
      rows: [],
    });
    const en = render(empty);
    expect(en).toContain('It raised no findings.');
    expect(en).not.toContain('id="findings"');
    expect(en).toContain('<p>No findings.</p>');
    expect(render(empty, 'cy')).toContain('Ni chafwyd unrhyw ganfyddiadau.');
  });

  it('with nothing audited and no dates, still renders', () => {
    const none = aggregate({
      period: undefined,
      inputs: [],
      totals: { documents: 0, posts: 0, accounts: 0, findings: 0, errors: 0, warnings: 0, infos: 0, postsWithFindings: 0, unreadable: 2 },
      bySeverity: { error: 0, warning: 0, info: 0 },
      byCategory: {},
      byRule: [],
      byAccount: [],
      byMonth: [],
      rows: [],
    });
    const html = render(none);
    expect(html).toContain('Nothing was audited.');
    expect(html).toContain('Documents that could not be read: 2.');
    expect(html).toContain(STRINGS.en.noPeriod);
    expect(render(none, 'cy')).toContain('Ni archwiliwyd dim.');
  });
});

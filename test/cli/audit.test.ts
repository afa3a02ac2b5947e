/**
 * `smpolicy audit` from the command line: each input format (with its malformed rows), the
 * exit codes, and the options. The reports' contents are in audit-reports.test.ts; the
 * HTML report in a real browser in test/formats/html-browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../support/cli.js';

const EXPORTS = 'fixtures/exports';

async function auditJson(args: string[], cwd?: string) {
  const r = await runCli(['audit', ...args, '--report', 'json', '--jobs', '1'], { cwd });
  return { ...r, report: r.stdout ? parseJson(r.stdout) : undefined };
}

const rules = (report: any) => report.results.flatMap((r: any) => r.findings.map((f: any) => f.ruleId));

describe('audit: each export format', () => {
  it('reads a Sprout Social export: every post with its id, account, date and link; exit 1 for error findings', async () => {
    const { code, report, stderr } = await auditJson([`${EXPORTS}/sprout/messages.csv`]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const phone = report.results.find((r: any) => r.findings.some((f: any) => f.ruleId === 'dp/phone-number'));
    expect(phone.post).toMatchObject({ account: '@ExampleCouncil', date: expect.stringMatching(/^2026-03-04T14:12/), url: expect.stringContaining('/status/') });
    expect(phone.row).toBeGreaterThan(1);
    expect(rules(report)).toEqual(expect.arrayContaining(['welsh/missing-welsh', 'welsh/placeholder', 'infosec/internal-link']));
  });

  it('reads an X archive folder and its data/tweets.js alike', async () => {
    const folder = await auditJson([`${EXPORTS}/twitter-archive`]);
    const file = await auditJson([`${EXPORTS}/twitter-archive/data/tweets.js`]);
    expect(folder.stderr).toBe('');
    expect(folder.report.results.length).toBe(16);
    expect(folder.report.results.map((r: any) => r.post.id)).toEqual(file.report.results.map((r: any) => r.post.id));
    expect(folder.report.results[0].post.url).toMatch(/^https:\/\/x\.com\/ExampleCouncil\/status\/\d+$/);
  });

  it("reads a Facebook Page export, in the download's shape and the Graph API's, with the same findings", async () => {
    const download = await auditJson([`${EXPORTS}/facebook/posts/your_posts_1.json`]);
    const graph = await auditJson([`${EXPORTS}/facebook/graph-posts.json`]);
    expect(download.stderr + graph.stderr).toBe('');
    expect(download.code).toBe(1);
    expect(rules(download.report).sort()).toEqual(rules(graph.report).sort());
  });

  it('reads any CSV with --text-column, and takes the other columns it is told', async () => {
    const { report, stderr } = await auditJson([`${EXPORTS}/generic/posts.csv`, '--text-column', 'text', '--date-column', 'date', '--account-column', 'account', '--id-column', 'id', '--url-column', 'url']);
    expect(stderr).toBe('');
    expect(report.results.length).toBe(14);
    expect(report.results[0].post).toMatchObject({ id: expect.any(String), account: expect.any(String), date: expect.stringMatching(/^2026-/) });
  });

  it('a CSV without --text-column: one line naming the columns, exit 2', async () => {
    const { code, stderr, report } = await auditJson([`${EXPORTS}/generic/posts-no-text-column.csv`]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^fixtures\/exports\/generic\/posts-no-text-column\.csv:1:1: .*--text-column "message"\n$/);
    expect(report.summary.files).toBe(0);
  });

  it.each([
    ['generic CSV', `${EXPORTS}/generic/posts-malformed.csv`, ['--text-column', 'text'], 6],
    ['Sprout CSV', `${EXPORTS}/sprout/messages-malformed.csv`, [], 4],
    ['X archive', `${EXPORTS}/twitter-malformed`, [], 8],
    ['Facebook JSON', `${EXPORTS}/facebook-malformed/posts/your_posts_1.json`, [], 6],
  ])('a malformed %s: one line per bad row naming file, line and row; the good rows still audited; exit 2', async (_name, file, extra, lines) => {
    const { code, stderr, report } = await auditJson([file, ...extra]);
    expect(code).toBe(2);
    const errorLines = stderr.trimEnd().split('\n');
    expect(errorLines).toHaveLength(lines);
    for (const line of errorLines) expect(line).toMatch(/^fixtures\/exports\/[^:]+:\d+:\d+: (row|record) \d+: |^fixtures\/exports\/[^:]+:\d+:\d+: the file ends/);
    expect(report.results.length).toBeGreaterThan(0);
  });
});

describe('audit: folders of drafts and account files', () => {
  it('audits drafts, account files (with the set rules) and the exports in a folder', async () => {
    const dir = tempDir({
      'drafts/road.md': 'Road closed on Heol y Dŵr today.\n',
      'accounts/a.yaml': readFileSync('fixtures/accounts/carms-twitter.yaml', 'utf8'),
      'exports/posts.csv': 'text,date\n"Bins go out on Monday",2026-03-02\n',
      '.smpolicyignore': 'drafts/ignored.md\n',
      'drafts/ignored.md': 'ignored text\n',
    });
    const { report, code, stderr } = await auditJson(['.', '--text-column', 'text', '--date-column', 'date'], dir.path);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const files = report.results.map((r: any) => r.file);
    expect(files).toEqual(expect.arrayContaining(['drafts/road.md', 'accounts/a.yaml', 'exports/posts.csv']));
    expect(files).not.toContain('drafts/ignored.md');
    expect(report.results.find((r: any) => r.file === 'accounts/a.yaml').kind).toBe('account');
  });

  it('an unreadable input is one line and exit 2, and the others are still audited', async () => {
    const dir = tempDir({ 'a.md': 'Shw mae! Croeso i bawb.\n' });
    const { code, stderr, report } = await auditJson(['a.md', 'missing.csv'], dir.path);
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.csv/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(report.results.map((r: any) => r.file)).toEqual(['a.md']);
  });
});

describe('audit: exit codes and options', () => {
  it('exit 0 when nothing is wrong', async () => {
    const dir = tempDir({ 'posts.csv': 'text\n"Bydd y llyfrgell ar agor ddydd Llun. / The library is open on Monday."\n' });
    const { code, report } = await auditJson(['posts.csv', '--text-column', 'text'], dir.path);
    expect(rules(report)).toEqual([]);
    expect(code).toBe(0);
  });

  it('--max-warnings: exit 1 over it', async () => {
    const dir = tempDir({ 'posts.csv': 'text\n"Ring him on 029 2018 0123 / Ffoniwch hi ar 029 2018 0123"\n' });
    const under = await auditJson(['posts.csv', '--text-column', 'text', '--rule', 'welsh/missing-welsh=off'], dir.path);
    expect(rules(under.report)).toContain('dp/phone-number');
    expect(under.report.summary.errors).toBe(0);
    expect(under.code).toBe(0);
    const over = await auditJson(['posts.csv', '--text-column', 'text', '--rule', 'welsh/missing-welsh=off', '--max-warnings', '0'], dir.path);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/more than --max-warnings 0/);
  });

  it.each([
    [['--report', 'pdf'], /--report 'pdf': expected one of stylish, html, json, csv, sarif/],
    [['--jobs', '0'], /--jobs '0'/],
    [['--date', '2026-02-30'], /--date '2026-02-30'/],
    [['--lang', 'fr'], /--lang 'fr'/],
    [['--out', ''], /--out ''/],
    [['--text-column', ' '], /--text-column ''/],
  ])('bad usage %j: one line, exit 2', async (args, message) => {
    const { code, stderr, stdout } = await runCli(['audit', `${EXPORTS}/sprout/messages.csv`, ...args]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('--report html to a terminal asks for --out', async () => {
    const { code, stderr } = await runCli(['audit', `${EXPORTS}/sprout/messages.csv`, '--report', 'html'], { tty: true });
    expect(code).toBe(2);
    expect(stderr).toMatch(/give --out FILE/);
  });

  it('a progress bar on stderr only when it is a terminal, and never with --quiet', async () => {
    const args = ['audit', `${EXPORTS}/sprout/messages.csv`, '--report', 'json', '--out', '/dev/null', '--jobs', '1'];
    expect((await runCli(args, { stderrTty: true })).stderr).toMatch(/auditing \[/);
    expect((await runCli(args, { stderrTty: false })).stderr).toBe('');
    expect((await runCli([...args, '--quiet'], { stderrTty: true })).stderr).toBe('');
  });

  it('--quiet reports errors only', async () => {
    const { report } = await auditJson([`${EXPORTS}/sprout/messages.csv`, '--quiet']);
    const severities = new Set(report.results.flatMap((r: any) => r.findings.map((f: any) => f.severity)));
    expect([...severities]).toEqual(['error']);
  });

  it('the same report with one job and with two (worker threads), in input order', async () => {
    const one = await runCli(['audit', `${EXPORTS}/sprout/messages.csv`, `${EXPORTS}/twitter-archive`, '--report', 'json', '--jobs', '1']);
    const two = await runCli(['audit', `${EXPORTS}/sprout/messages.csv`, `${EXPORTS}/twitter-archive`, '--report', 'json', '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('a post is judged as of its own date, not the day of the audit', async () => {
    // An embargo lifting on 10 March: a post of 9 March broke it, one of 11 March did not.
    const dir = tempDir({
      'posts.csv': 'text,date\n"EMBARGOED UNTIL 00:01 10 MARCH 2026: new leisure centre / Canolfan hamdden newydd",2026-03-09T12:00\n"EMBARGOED UNTIL 00:01 10 MARCH 2026: new leisure centre / Canolfan hamdden newydd",2026-03-11T12:00\n',
    });
    const { report } = await auditJson(['posts.csv', '--text-column', 'text', '--date-column', 'date', '--date', '2026-11-28'], dir.path);
    const embargo = report.results.map((r: any) => r.findings.some((f: any) => f.ruleId === 'infosec/embargo'));
    expect(embargo).toEqual([true, false]);
  });

  it('problems beyond the first 50 are counted, not printed', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => `${i},"2026-02-30"`).join('\n');
    const dir = tempDir({ 'posts.csv': `text,date\n${rows}\n` });
    const { code, stderr } = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--date-column', 'date', '--report', 'json', '--out', 'r.json'], { cwd: dir.path });
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('smpolicy: 10 more problems not shown (60 in all); fix the first ones and run again');
  });
});

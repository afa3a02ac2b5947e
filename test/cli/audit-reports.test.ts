/** The reports of `smpolicy audit`: streamed JSON, CSV, SARIF and stylish; --out; masking; paired posts. */
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJson, runCli, tempDir } from '../support/cli.js';

const SPROUT = 'fixtures/exports/sprout/messages.csv';

describe('audit reports', () => {
  it("JSON is the check schema, each post's result with its post and row", async () => {
    const { stdout } = await runCli(['audit', SPROUT, '--report', 'json', '--jobs', '1']);
    const report = parseJson(stdout);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary).sort()).toEqual(['errors', 'files', 'infos', 'warnings']);
    for (const r of report.results) {
      expect(r).toMatchObject({ file: SPROUT, kind: 'post', row: expect.any(Number), post: { id: expect.any(String), date: expect.any(String) } });
      expect(r).not.toHaveProperty('languages');
    }
    expect(report.summary.files).toBe(report.results.length);
  });

  it('separate Welsh and English posts published together are one message: no missing-welsh, each names the other', async () => {
    const dir = tempDir({
      'posts.csv': [
        'id,date,account,text',
        '1,2026-03-12T09:30,@CyngorEnghraifft,"Mae Llyfrgell Aberenghraifft ar agor yn hwyr tan 7yh bob dydd Iau."',
        '2,2026-03-12T09:31,@ExampleCouncil,"Aberenghraifft Library is now open late until 7pm every Thursday."',
        '3,2026-03-12T15:00,@ExampleCouncil,"The pool is closed this afternoon for repairs, sorry."',
        '',
      ].join('\n'),
    });
    const { stdout } = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--date-column', 'date', '--account-column', 'account', '--id-column', 'id', '--report', 'json', '--jobs', '1'], { cwd: dir.path });
    const results = parseJson(stdout).results;
    expect(results.map((r: any) => r.post.id)).toEqual(['1', '2', '3']);
    expect(results[0].post.pair).toBe('2');
    expect(results[1].post.pair).toBe('1');
    expect(results[1].findings.map((f: any) => f.ruleId)).not.toContain('welsh/missing-welsh');
    expect(results[2].post.pair).toBeUndefined();
    expect(results[2].findings.map((f: any) => f.ruleId)).toContain('welsh/missing-welsh');
  });

  it('CSV: one row per finding with the post, RFC 4180 quoting, no formula a spreadsheet would run', async () => {
    const dir = tempDir({ 'posts.csv': 'text\n"=HYPERLINK(""http://example.org"") call 07700 900123, ""now"""\n' });
    const { stdout, code } = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--report', 'csv', '--jobs', '1'], { cwd: dir.path });
    expect(code).toBe(1);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('file,row,post_id,account,date,url,line,column,rule,severity,category,message,excerpt,policy_ref,policy_title');
    const phone = lines.find((l) => l.includes('dp/phone-number'))!;
    expect(phone).toMatch(/^posts\.csv,1,/);
    expect(phone).not.toContain('900123');
    expect(stdout).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(lines.at(-1)).toBe('');
  });

  it('SARIF: valid JSON with every rule that fired described, and the post in each result', async () => {
    const { stdout } = await runCli(['audit', SPROUT, '--report', 'sarif', '--jobs', '1']);
    const sarif = parseJson(stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    const described = run.tool.driver.rules.map((r: any) => r.id);
    for (const result of run.results) {
      expect(described[result.ruleIndex]).toBe(result.ruleId);
      expect(result.properties.post.id).toEqual(expect.any(String));
    }
    expect(run.results.length).toBeGreaterThan(5);
  });

  it('stylish: each finding under its post (row, account, date, id), then the summary', async () => {
    const { stdout } = await runCli(['audit', SPROUT, '--jobs', '1']);
    expect(stdout).toMatch(/^fixtures\/exports\/sprout\/messages\.csv \(row 4, @ExampleCouncil, 2026-03-04, post \d+\)$/m);
    expect(stdout).toMatch(/✖ \d+ problems \(\d+ errors, 0 warnings, 1 info\)\nRun 'smpolicy explain [a-z-]+\/[a-z-]+' \(or any rule id above\) for the policy, why it matters and examples\.\n$/);
    expect(stdout).toMatch(/^ +↳ \S/m);
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('masks personal data in every report unless --no-redact', async () => {
    for (const report of ['json', 'csv', 'sarif', 'stylish', 'html']) {
      const { stdout } = await runCli(['audit', SPROUT, '--report', report, '--jobs', '1']);
      expect(stdout, report).not.toContain('900123');
      expect(stdout, report).toContain('0770•••••23');
    }
    const { stdout } = await runCli(['audit', SPROUT, '--report', 'json', '--no-redact', '--jobs', '1']);
    expect(stdout).toContain('07700 900123');
  });
});

describe('audit --out', () => {
  it('writes the report to the file and nothing to stdout', async () => {
    const dir = tempDir();
    const { code, stdout } = await runCli(['audit', `${process.cwd()}/${SPROUT}`, '--report', 'html', '--out', 'audit.html', '--jobs', '1'], { cwd: dir.path });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const page = readFileSync(dir.join('audit.html'), 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/i);
    expect(readdirSync(dir.path)).toEqual(['audit.html']);
  });

  it('an old report stays whole when the run cannot finish, and no temporary file is left', async () => {
    const dir = tempDir({ 'report.json': 'old report\n', 'posts.csv': 'text\n"Bins on Monday"\n' });
    const { code, stderr } = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--report', 'json', '--out', 'report.json', '--config', 'missing.yaml'], { cwd: dir.path });
    expect(code).toBe(2);
    expect(stderr).toMatch(/missing\.yaml/);
    expect(readFileSync(dir.join('report.json'), 'utf8')).toBe('old report\n');
    expect(readdirSync(dir.path).sort()).toEqual(['posts.csv', 'report.json']);
  });

  it('refuses to write over an input, and over a symbolic link', async () => {
    const dir = tempDir({ 'posts.csv': 'text\n"Bins on Monday"\n' });
    const input = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--report', 'csv', '--out', 'posts.csv'], { cwd: dir.path });
    expect(input.code).toBe(2);
    expect(input.stderr).toMatch(/^posts\.csv: is one of the files being checked/);
    expect(readFileSync(dir.join('posts.csv'), 'utf8')).toBe('text\n"Bins on Monday"\n');
    symlinkSync(dir.join('posts.csv'), dir.join('link.csv'));
    const link = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--report', 'csv', '--out', 'link.csv'], { cwd: dir.path });
    expect(link.code).toBe(2);
    expect(link.stderr).toMatch(/^link\.csv: is a symbolic link/);
  });

  it('a folder that does not exist: one line, exit 2', async () => {
    const dir = tempDir({ 'posts.csv': 'text\n"Bins on Monday"\n' });
    const { code, stderr } = await runCli(['audit', 'posts.csv', '--text-column', 'text', '--out', 'no/such/folder/r.json'], { cwd: dir.path });
    expect(code).toBe(2);
    expect(stderr).toBe('no/such/folder/r.json: cannot write report: its folder does not exist; check --output\n');
    expect(existsSync(dir.join('no'))).toBe(false);
  });
});

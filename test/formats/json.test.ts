import { describe, expect, it } from 'vitest';
import formatJson from '../../src/formats/json.js';
import { summarise } from '../../src/formats/summary.js';
import type { Finding } from '../../src/model/index.js';
import { finding, input, results } from './fixture.js';

describe('json', () => {
  it('prints exactly the DESIGN §4 object, extras included when present', () => {
    const out = formatJson(input());
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.startsWith('{\n  "version": 1,\n  "results": [\n    {\n      "file": "drafts/road.md",')).toBe(true);
    expect(JSON.parse(out)).toEqual({
      version: 1,
      results: [
        {
          file: 'drafts/road.md',
          kind: 'post',
          findings: [
            {
              ruleId: 'dp/phone-number',
              category: 'data-protection',
              severity: 'error',
              message: "Personal phone number in a post: '0770•••••23'",
              line: 3,
              column: 12,
              endLine: 3,
              endColumn: 25,
              excerpt: 'call 0770•••••23',
              policy: { pack: 'data-protection', ref: 'UK GDPR Art. 5(1)(c)', title: 'Data minimisation' },
              actual: '0770•••••23',
              url: 'https://smpolicy.example/rules/dp/phone-number',
            },
            {
              ruleId: 'welsh/missing-welsh',
              category: 'welsh-language',
              severity: 'warning',
              message: 'English text with no Welsh version',
              line: 5,
              column: 1,
              endLine: 6,
              endColumn: 18,
              excerpt: 'Road closed on Monday',
              policy: { pack: 'welsh-language', ref: 'Standard 58', title: 'Publishing material on social media in Welsh' },
            },
            {
              ruleId: 'a11y/camelcase-hashtag',
              category: 'accessibility',
              severity: 'info',
              message: "Hashtag '#roadclosedtoday' is not in CamelCase",
              line: 12,
              column: 20,
              endLine: 12,
              endColumn: 36,
              excerpt: '#roadclosedtoday',
              policy: { pack: 'accessibility', ref: 'WCAG 2.2 SC 1.3.1', title: 'Info and relationships' },
              actual: '#roadclosedtoday',
              suggestions: ['#RoadClosedToday'],
              note: 'Screen readers read CamelCase hashtags word by word.',
            },
          ],
        },
        { file: 'drafts/ffordd.cy.md', kind: 'post', findings: [] },
      ],
      summary: { files: 2, errors: 1, warnings: 1, infos: 1 },
    });
  });

  it('keeps the contract key order: top level, result, finding, policy, summary', () => {
    const report = JSON.parse(formatJson(input()));
    expect(Object.keys(report)).toEqual(['version', 'results', 'summary']);
    expect(Object.keys(report.results[0])).toEqual(['file', 'kind', 'findings']);
    expect(Object.keys(report.results[0].findings[1])).toEqual([
      'ruleId', 'category', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'excerpt', 'policy',
    ]);
    expect(Object.keys(report.results[0].findings[2]).slice(10)).toEqual(['actual', 'suggestions', 'note']);
    expect(Object.keys(report.results[0].findings[0].policy)).toEqual(['pack', 'ref', 'title']);
    expect(Object.keys(report.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
  });

  it('prints the file path as the engine gives it and handles an empty run', () => {
    const report = JSON.parse(formatJson(input({ results: [{ file: '/abs/x.yaml', kind: 'account', findings: [] }] })));
    expect(report.results[0]).toEqual({ file: '/abs/x.yaml', kind: 'account', findings: [] });
    expect(JSON.parse(formatJson(input({ results: [] })))).toEqual({
      version: 1,
      results: [],
      summary: { files: 0, errors: 0, warnings: 0, infos: 0 },
    });
  });

  it('never passes on fields outside the contract and its documented extras', () => {
    const sneaky = { ...finding(), raw: 'secret-raw', data: { match: 'secret-data' } } as Finding;
    (sneaky.policy as unknown as Record<string, string>).source = 'secret-policy';
    const out = formatJson(input({ results: [{ file: 'a.md', kind: 'post', findings: [sneaky] }] }));
    expect(out).not.toContain('secret');
  });

  it('summarises errors, warnings and infos over every file', () => {
    expect(summarise(results())).toEqual({ files: 2, errors: 1, warnings: 1, infos: 1 });
    expect(summarise([])).toEqual({ files: 0, errors: 0, warnings: 0, infos: 0 });
  });
});

describe('threads in JSON', () => {
  it('a finding in a thread carries its post, and the message names it', async () => {
    const { runCli } = await import('../support/cli.js');
    const r = await runCli(['check', '-', '--format', 'json'], { stdin: 'Ffordd ar gau. / Road closed.\n---\nCall Mrs Davies on 07700 900123. / Ffoniwch.\n', coreRulesOnly: true });
    const [f] = JSON.parse(r.stdout).results[0].findings;
    expect(f).toMatchObject({ ruleId: 'dp/phone-number', line: 3, thread: { post: 2, posts: 2 } });
    expect(f.message).toMatch(/\(post 2 of 2\)$/);
  });
});

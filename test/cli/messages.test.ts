/** What a person reads when something is wrong: one prefix, every problem at once, a suggestion when one is near. */
import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/support/nearest.js';
import { runCli, tempDir } from '../support/cli.js';

describe('error lines', () => {
  it.each([
    [['check', 'x.md', '--nope'], "smpolicy: unknown option '--nope'\n"],
    [['chek'], "smpolicy: unknown command 'chek'; did you mean 'check'?\n"],
    [['check', 'x.md', '--format', 'jsn'], /^smpolicy: --format 'jsn': expected one of stylish, json, sarif, [a-z, ]+; did you mean 'json'\?\n$/],
    [['check', 'x.md', '--channel', 'tweeter'], "smpolicy: --channel 'tweeter': expected one of twitter, x, facebook, instagram, linkedin, threads, bluesky, other; did you mean 'twitter'?\n"],
    [['rules', '--format', 'tabel'], "smpolicy: --format 'tabel': expected table, json or markdown; did you mean 'table'?\n"],
    [['audit', 'x.csv', '--report', 'htm'], "smpolicy: --report 'htm': expected one of stylish, html, json, csv, sarif; did you mean 'html'?\n"],
    [['check', 'x.md', '--rule', 'dp/phone=off'], "smpolicy: unknown rule id 'dp/phone'; did you mean 'dp/phone-number'?\n"],
    [['check', 'x.md', '--rule', 'dp/=off'], /^smpolicy: unknown rule id 'dp\/'; did you mean one of 'dp\/[a-z-]+', 'dp\/[a-z-]+', 'dp\/[a-z-]+' \(and \d+ more\)\?\n$/],
    [['check', 'x.md', '--rule', 'dp/phone-number=eror'], "smpolicy: --rule 'dp/phone-number=eror': expected RULE-ID=off|info|warning|error, e.g. --rule dp/postcode=off; did you mean 'error'?\n"],
    [['check', 'x.md', '--rule', 'dp/phone-number=warn'], /; did you mean 'warning'\?\n$/],
    [['check', 'x.md', '--rule', 'dp/phone-number'], "smpolicy: --rule 'dp/phone-number': expected RULE-ID=off|info|warning|error, e.g. --rule dp/postcode=off\n"],
    [['explain', 'dp/phone'], "smpolicy: unknown rule 'dp/phone'; did you mean 'dp/phone-number'? ('smpolicy rules' lists them all)\n"],
    [['check', 'x.md', '--fromat', 'json'], "smpolicy: unknown option '--fromat'; did you mean '--format'?\n"],
    [['explain'], "smpolicy: missing required argument 'rule-id'\n"],
    [['rules', 'extra'], /^smpolicy: too many arguments for 'rules'\./],
    [['check', 'x.md', '--format'], "smpolicy: option '--format <name>' argument missing\n"],
  ])('%j: one line with the one prefix, exit 2', async (argv, line) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    if (typeof line === 'string') expect(r.stderr).toBe(line);
    else expect(r.stderr).toMatch(line);
  });

  it.each(['check', 'audit', 'rules', 'explain', 'validate-policy'])('%s accepts --no-color', async (command) => {
    const args: Record<string, string[]> = { check: ['fixtures/drafts/bin-collection.md'], audit: ['fixtures/exports/sprout/messages.csv', '--report', 'json'], rules: [], explain: ['dp/phone-number'], 'validate-policy': ['policies/welsh-language'] };
    const r = await runCli([command, ...args[command], '--no-color']);
    expect(r.stderr).not.toMatch(/unknown option/);
    expect([0, 1]).toContain(r.code);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it.each([
    [['init']],
    [['review', 'a.md']],
    [['init', '--colour']],
    [['explain']],
    [['rules', 'extra']],
    [['check', '--changed']],
    [['check', 'missing.md', 'a.md']],
    [['check', 'a.md', '--baseline', 'nope.json']],
    [['check', 'a.md', '--config', 'bad.yaml']],
  ])('%j: every error line starts with smpolicy: or the file it is about, exit 2', async (argv) => {
    const dir = tempDir({ 'a.md': 'Bore da / Good morning\n', 'bad.yaml': 'extends: [recomended]\nrules:\n  dp/phone: off\n' });
    const r = await runCli(argv, { cwd: dir.path, env: { CI: 'true' } });
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^(smpolicy: |(missing\.md|nope\.json|bad\.yaml)(:\d+:\d+)?: )/);
  });

  it('init and review accept --no-color too', async () => {
    const dir = tempDir({ 'a.md': 'Bore da / Good morning\n' });
    const init = await runCli(['init', '--yes', '--no-color'], { cwd: dir.path });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    // With no terminal both stop at once, naming what to run instead: not an unknown option.
    for (const argv of [['init', '--no-color'], ['review', 'a.md', '--no-color']]) {
      const r = await runCli(argv, { cwd: dir.path });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/no terminal to ask in/);
      expect(r.stderr).not.toMatch(/unknown option/);
    }
  });
});

describe('configuration problems', () => {
  it('every problem of the file is reported in one run, rule ids included, each at its line', async () => {
    const dir = tempDir({
      '.smpolicy.yaml': 'extends: [recomended]\nrules:\n  dp/phone: off\n  welsh/placeholdr: warning\norganisation:\n  domians: [example.gov.uk]\n',
      'a.md': 'Bore da / Good morning\n',
    });
    const r = await runCli(['check', 'a.md'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      ".smpolicy.yaml:1:11: 'extends' must be one of: recommended, all (got 'recomended'); did you mean 'recommended'?",
      ".smpolicy.yaml:6:3: unknown key 'domians'; did you mean 'domains'?",
      ".smpolicy.yaml:3:3: unknown rule id 'dp/phone'; did you mean 'dp/phone-number'?",
      ".smpolicy.yaml:4:3: unknown rule id 'welsh/placeholdr'; did you mean 'welsh/placeholder'?",
    ]);
  });
});

describe('problems of the options and of the configuration', () => {
  it('are reported together in one run, each on its own line', async () => {
    const dir = tempDir({ '.smpolicy.yaml': 'rules:\n  dp/phone-number: eror\nwelsh:\n  order: welsh-frist\n', 'a.md': 'Bore da / Good morning\n' });
    const r = await runCli(['check', 'a.md', '--format', 'jsn', '--channel', 'tweeter'], { cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      "smpolicy: --format 'jsn': expected one of stylish, json, sarif, junit, github, gitlab; did you mean 'json'?",
      "smpolicy: --channel 'tweeter': expected one of twitter, x, facebook, instagram, linkedin, threads, bluesky, other; did you mean 'twitter'?",
      ".smpolicy.yaml:4:10: 'order' must be one of: welsh-first, any (got 'welsh-frist'); did you mean 'welsh-first'?",
      ".smpolicy.yaml:2:20: 'dp/phone-number' must be one of: off, info, warning, error (got 'eror'); did you mean 'error'?",
    ]);
    const audit = await runCli(['audit', 'a.md', '--report', 'htm'], { cwd: dir.path });
    expect(audit.code).toBe(2);
    expect(audit.stderr.trimEnd().split('\n')).toHaveLength(3);
  });

  it('option problems, --rule syntax and unknown --rule ids together, with a valid configuration', async () => {
    const r = await runCli(['check', 'x.md', '--date', '2026-02-30', '--rule', 'dp/phone=off', '--rule', 'welsh/placeholder=eror']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      "smpolicy: --date '2026-02-30': expected a real date as YYYY-MM-DD",
      "smpolicy: --rule 'welsh/placeholder=eror': expected RULE-ID=off|info|warning|error, e.g. --rule dp/postcode=off; did you mean 'error'?",
      "smpolicy: unknown rule id 'dp/phone'; did you mean 'dp/phone-number'?",
    ]);
  });
});

describe('did you mean', () => {
  it('the nearest by spelling, else the candidates a prefix starts, else nothing', () => {
    const ids = ['dp/phone-number', 'dp/postcode', 'dp/postal-address', 'welsh/placeholder', 'welsh/spelling'];
    expect(didYouMean('dp/postcod', ids)).toBe("; did you mean 'dp/postcode'?");
    expect(didYouMean('dp/phone', ids)).toBe("; did you mean 'dp/phone-number'?");
    expect(didYouMean('dp/', ids)).toBe("; did you mean one of 'dp/phone-number', 'dp/postal-address', 'dp/postcode'?");
    expect(didYouMean('welsh', ids)).toBe("; did you mean one of 'welsh/placeholder', 'welsh/spelling'?");
    expect(didYouMean('conduct/x', ids)).toBe('');
  });
});

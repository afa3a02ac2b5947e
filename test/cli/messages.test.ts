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

/**
 * account/duplicate-handle: one account recorded where two are meant. In one file: a
 * counterpart that is the account itself. In a run of several files: two files with the same
 * platform and handle, each reported at its handle (through the CLI, which puts every
 * account file of the run in the rules' context).
 */
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';
import { parseJson, runCli, tempDir } from '../../support/cli.js';
import { GOOD, GOOD_CY, withLine } from './accounts.js';

ruleTester('account/duplicate-handle', {
  invalid: [
    {
      name: 'a counterpart that is the account itself: at the counterpart',
      text: withLine(GOOD_CY, 'counterpart: "@CarmsCouncil"', 'counterpart: "@CyngorSirGar"'),
      errors: [{ line: 6, column: 14, severity: 'error', category: 'account-security', message: "Handle recorded twice: its counterpart is the account itself (@CyngorSirGar): name the other-language account" }],
    },
    { name: "the same handle without '@' and in other capitals", text: withLine(GOOD, 'counterpart: "@CyngorSirGar"', 'counterpart: carmscouncil'), errors: [{ line: 6 }] },
    { name: 'the same handle as a profile address', text: withLine(GOOD, 'counterpart: "@CyngorSirGar"', 'counterpart: https://x.com/CarmsCouncil'), errors: [{ line: 6 }] },
  ],
  valid: [
    { name: 'a file checked alone has no other file to share a handle with', text: GOOD },
    { name: 'Welsh: the Welsh account naming the English one', text: GOOD_CY },
    { name: 'no counterpart', text: withLine(GOOD, 'counterpart: "@CyngorSirGar"\n', '') },
  ],
});

/** The account/duplicate-handle findings of a run over files in a temporary folder, as "file line:column message". */
async function duplicates(files: Record<string, string>, args: string[] = ['.']): Promise<string[]> {
  const dir = tempDir(files);
  const r = await runCli(['check', ...args, '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
  expect(r.stderr).toBe('');
  return parseJson(r.stdout).results.flatMap((x: any) => x.findings.filter((f: any) => f.ruleId === 'account/duplicate-handle').map((f: any) => `${x.file} ${f.line}:${f.column} ${f.message}`));
}

describe('account/duplicate-handle: several account files checked together', () => {
  it('two files with the same handle: each at its handle, naming the other', async () => {
    expect(await duplicates({ 'carms.yaml': GOOD, 'carms-copy.yaml': GOOD })).toEqual([
      'carms-copy.yaml 3:9 Handle recorded twice: another account file of this run describes the same twitter account: carms.yaml',
      'carms.yaml 3:9 Handle recorded twice: another account file of this run describes the same twitter account: carms-copy.yaml',
    ]);
  });

  it('Welsh: the Welsh file copied from the English one, its handle not changed', async () => {
    const copied = withLine(withLine(GOOD, 'language: en', 'language: cy'), 'counterpart: "@CyngorSirGar"', 'counterpart: "@CarmsCouncil"');
    const found = await duplicates({ 'sirgar.en.yaml': GOOD, 'sirgar.cy.yaml': copied });
    // The copy names itself as counterpart too: that is reported in the file alone.
    expect(found).toEqual([
      'sirgar.cy.yaml 3:9 Handle recorded twice: another account file of this run describes the same twitter account: sirgar.en.yaml',
      'sirgar.cy.yaml 6:14 Handle recorded twice: its counterpart is the account itself (@CarmsCouncil): name the other-language account',
      'sirgar.en.yaml 3:9 Handle recorded twice: another account file of this run describes the same twitter account: sirgar.cy.yaml',
    ]);
  });

  it("X and Twitter are one platform; '@' and capitals do not make another handle", async () => {
    const other = withLine(withLine(GOOD, 'platform: twitter', 'platform: x'), 'handle: "@CarmsCouncil"', 'handle: carmscouncil');
    expect(await duplicates({ 'a.yaml': GOOD, 'b.yaml': other })).toHaveLength(2);
  });

  it('three files with one handle: each names the other two', async () => {
    const found = await duplicates({ 'a.yaml': GOOD, 'b.yaml': GOOD, 'c.json': JSON.stringify({ kind: 'social-account', platform: 'twitter', handle: '@CarmsCouncil', type: 'corporate' }) });
    expect(found.map((f) => f.replace(/^(\S+) .*: /, '$1 '))).toEqual(['a.yaml b.yaml, c.json', 'b.yaml a.yaml, c.json', 'c.json a.yaml, b.yaml']);
  });

  it('the same handle on different platforms is two accounts', async () => {
    expect(await duplicates({ 'twitter.yaml': GOOD, 'instagram.yaml': withLine(GOOD, 'platform: twitter', 'platform: instagram') })).toEqual([]);
  });

  // Profile addresses are compared by whose page they are, not by their kind (accounts-blind12).
  it('two LinkedIn company pages are two accounts', async () => {
    const page = (slug: string) => withLine(withLine(GOOD, 'platform: twitter', 'platform: linkedin'), 'handle: "@CarmsCouncil"', `handle: https://www.linkedin.com/company/${slug}`);
    expect(await duplicates({ 'trust.yaml': page('hamdden-example'), 'fire.yaml': page('tan-achub-example') })).toEqual([]);
    expect(await duplicates({ 'trust.yaml': page('hamdden-example'), 'copy.yaml': page('Hamdden-Example/') })).toHaveLength(2);
  });

  it("Welsh: a Facebook page by address and by name are one account; two numbered profiles are two", async () => {
    const fb = (handle: string) => withLine(withLine(GOOD_CY, 'platform: twitter', 'platform: facebook'), 'handle: "@CyngorSirGar"', `handle: "${handle}"`);
    expect(await duplicates({ 'a.yaml': fb('https://www.facebook.com/CyngorSirGar/'), 'b.yaml': fb('@cyngorsirgar') })).toHaveLength(2);
    expect(await duplicates({ 'a.yaml': fb('https://www.facebook.com/profile.php?id=100012345'), 'b.yaml': fb('https://www.facebook.com/profile.php?id=100067890') })).toEqual([]);
  });

  it('a pair with different handles is not reported', async () => {
    expect(await duplicates({ 'en.yaml': GOOD, 'cy.yaml': GOOD_CY })).toEqual([]);
  });

  it('files named one by one are a set as much as a folder is', async () => {
    expect(await duplicates({ 'one/carms.yaml': GOOD, 'two/carms.yaml': GOOD }, ['one/carms.yaml', 'two/carms.yaml'])).toHaveLength(2);
  });

  it('a file checked on its own is not compared with anything', async () => {
    expect(await duplicates({ 'carms.yaml': GOOD, 'carms-copy.yaml': GOOD }, ['carms.yaml'])).toEqual([]);
  });
});

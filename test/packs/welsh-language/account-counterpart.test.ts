/**
 * welsh/account-counterpart: a council account in one language has one in the other. A file
 * alone is checked for naming its counterpart; a run of several files (through the CLI,
 * which gives the rules every account of the run) checks the pair both ways.
 */
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../support/rule-tester.js';
import { parseJson, runCli, tempDir } from '../../support/cli.js';
import { GOOD, GOOD_CY, withLine, without } from '../account-security/accounts.js';

const NO_WELSH = 'Welsh and English accounts: an English-only account with no Welsh counterpart: name it (counterpart:), or make the account bilingual (language: bilingual)';
const EN_ALONE = without(GOOD, 'counterpart: "@CyngorSirGar"');

ruleTester('welsh/account-counterpart', {
  invalid: [
    { name: 'an English account naming no counterpart: at its language', text: EN_ALONE, errors: [{ line: 5, column: 11, severity: 'error', category: 'welsh-language', message: NO_WELSH }] },
    { name: 'an empty counterpart', text: withLine(GOOD, 'counterpart: "@CyngorSirGar"', 'counterpart: ""'), errors: [{ line: 5, message: NO_WELSH }] },
    {
      name: 'a council account whose language is not recorded: at its handle',
      text: without(EN_ALONE, 'language: en'),
      errors: [{ line: 3, message: "Welsh and English accounts: the account's language is not recorded and it names no counterpart: set language: bilingual, or language: en with its Welsh counterpart (counterpart:)" }],
    },
    { name: 'a service account (libraries) in English only', text: EN_ALONE.replace('type: corporate', 'type: service').replace('@CarmsCouncil', '@CarmsLibraries'), errors: [{ line: 5 }] },
  ],
  valid: [
    { name: 'an English account naming its Welsh counterpart (alone, nothing more can be checked)', text: GOOD },
    { name: 'Welsh: the Welsh account naming its English counterpart', text: GOOD_CY },
    { name: 'Welsh: a Welsh-only account needs no English counterpart', text: without(GOOD_CY, 'counterpart: "@CarmsCouncil"') },
    { name: 'a bilingual account needs none', text: withLine(EN_ALONE, 'language: en', 'language: bilingual') },
    { name: "a member of staff's personal account is not judged", text: EN_ALONE.replace('type: corporate', 'type: personal') },
    { name: 'a counterpart that is the account itself is account/duplicate-handle’s', text: withLine(GOOD, 'counterpart: "@CyngorSirGar"', 'counterpart: "@CarmsCouncil"') },
  ],
});

/** welsh/account-counterpart findings of one run over the files, as "file line:column severity message". */
async function counterparts(files: Record<string, string>, args: string[] = ['.']): Promise<string[]> {
  const dir = tempDir(files);
  const r = await runCli(['check', ...args, '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
  expect(r.stderr).toBe('');
  return parseJson(r.stdout).results.flatMap((x: any) =>
    x.findings.filter((f: any) => f.ruleId === 'welsh/account-counterpart').map((f: any) => `${x.file} ${f.line}:${f.column} ${f.severity} ${f.message.replace('Welsh and English accounts: ', '')}`),
  );
}

describe('welsh/account-counterpart: several account files checked together', () => {
  it('a pair naming each other has no finding', async () => {
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': GOOD_CY })).toEqual([]);
  });

  it('a counterpart that is not in the run: a warning at the counterpart (the run may not hold every file)', async () => {
    const libraries = withLine(withLine(GOOD_CY, 'handle: "@CyngorSirGar"', 'handle: "@LlyfrgelloeddSG"'), 'counterpart: "@CarmsCouncil"', 'counterpart: "@CarmsLibraries"');
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': GOOD_CY, 'libraries.cy.yaml': libraries })).toEqual([
      "libraries.cy.yaml 6:14 warning counterpart '@CarmsLibraries' is not among the 3 account files checked on twitter: check the handle, or check its file with this one",
    ]);
  });

  it('a counterpart that names another account: at the counterpart of the file that points at it', async () => {
    const other = withLine(GOOD_CY, 'counterpart: "@CarmsCouncil"', 'counterpart: "@CarmsNews"');
    const news = withLine(withLine(GOOD, 'handle: "@CarmsCouncil"', 'handle: "@CarmsNews"'), 'counterpart: "@CyngorSirGar"', 'counterpart: "@CyngorSirGar"');
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': other, 'news.en.yaml': news })).toEqual([
      "carms.en.yaml 6:14 error '@CyngorSirGar' (carms.cy.yaml) names '@CarmsNews' as its counterpart, not this account",
    ]);
  });

  it('Welsh: a Welsh account named by the English one but naming none back is told which to name', async () => {
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': without(GOOD_CY, 'counterpart: "@CarmsCouncil"') })).toEqual([
      `carms.cy.yaml 5:11 error '@CarmsCouncil' (carms.en.yaml) names this account as its counterpart, but this file names none: add counterpart: "@CarmsCouncil"`,
    ]);
  });

  it('an English account named by the Welsh one but naming none back is told the same, not just that it has no Welsh', async () => {
    expect(await counterparts({ 'carms.en.yaml': EN_ALONE, 'carms.cy.yaml': GOOD_CY })).toEqual([
      `carms.en.yaml 5:11 error '@CyngorSirGar' (carms.cy.yaml) names this account as its counterpart, but this file names none: add counterpart: "@CyngorSirGar"`,
    ]);
  });

  it('a counterpart in the same language', async () => {
    const english = withLine(GOOD_CY, 'language: cy', 'language: en');
    expect(await counterparts({ 'carms.yaml': GOOD, 'sirgar.yaml': english })).toEqual([
      "carms.yaml 6:14 error counterpart '@CyngorSirGar' (sirgar.yaml) is also English-only: the counterpart is the account in the other language",
      "sirgar.yaml 6:14 error counterpart '@CarmsCouncil' (carms.yaml) is also English-only: the counterpart is the account in the other language",
    ]);
  });

  it("the counterpart must be on the same platform (X and Twitter are one); '@' and capitals do not matter", async () => {
    const onX = withLine(withLine(GOOD_CY, 'platform: twitter', 'platform: x'), 'counterpart: "@CarmsCouncil"', 'counterpart: carmscouncil');
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': onX })).toEqual([]);
    const onInstagram = withLine(GOOD_CY, 'platform: twitter', 'platform: instagram');
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': onInstagram })).toEqual([
      "carms.cy.yaml 6:14 warning counterpart '@CarmsCouncil' is not among the 2 account files checked on instagram: check the handle, or check its file with this one",
      "carms.en.yaml 6:14 warning counterpart '@CyngorSirGar' is not among the 2 account files checked on twitter: check the handle, or check its file with this one",
    ]);
  });

  it('a bilingual account and a personal account in the run are not judged, nor counted as counterparts', async () => {
    const bilingual = withLine(withLine(EN_ALONE, 'language: en', 'language: bilingual'), 'platform: twitter', 'platform: facebook');
    const personal = EN_ALONE.replace('type: corporate', 'type: personal').replace('@CarmsCouncil', '@dai_jones');
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'carms.cy.yaml': GOOD_CY, 'facebook.yaml': bilingual, 'dai.yaml': personal })).toEqual([]);
  });

  it('a file checked alone through the CLI: only whether it names a counterpart', async () => {
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'lonely.yaml': EN_ALONE }, ['carms.en.yaml'])).toEqual([]);
    expect(await counterparts({ 'carms.en.yaml': GOOD, 'lonely.yaml': EN_ALONE }, ['lonely.yaml'])).toEqual([`lonely.yaml 5:11 error ${NO_WELSH.replace('Welsh and English accounts: ', '')}`]);
  });
});

describe('welsh/account-counterpart: the fixture pair', () => {
  it('fixtures/accounts/pair-libraries.{en,cy}.yaml checked together have no finding of any rule', async () => {
    const r = await runCli(['check', 'fixtures/accounts/pair-libraries.en.yaml', 'fixtures/accounts/pair-libraries.cy.yaml', '--config', 'fixtures/.smpolicy.yaml', '--date', '2026-11-23', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(parseJson(r.stdout).results.map((x: any) => `${x.file} ${x.findings.length}`)).toEqual(['fixtures/accounts/pair-libraries.en.yaml 0', 'fixtures/accounts/pair-libraries.cy.yaml 0']);
    expect(r.code).toBe(0);
  });
});

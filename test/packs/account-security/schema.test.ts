/** Account files (YAML or JSON) against policies/schema/account.schema.json, each problem at its key. */
import { describe, expect, it } from 'vitest';
import { lintRule, ruleTester } from '../../support/rule-tester.js';
import { parseJson, runCli, tempDir } from '../../support/cli.js';
import { CONFIG, GOOD, withLine, without } from './accounts.js';

const ACCOUNT = [
  'kind: social-account',
  'platform: twitter',
  'handle: "@CarmsCouncil"',
  'type: corporate',
  'security:',
  '  two_factor: true',
  '  password-manager: true',
  '',
].join('\n');

const WELSH_ACCOUNT = [
  'kind: social-account',
  'platform: twitter',
  'handle: "@CyngorSirGar"',
  'type: corporate',
  'language: cy',
  'counterpart: "@CarmsCouncil"',
  'display-name: { en: Carmarthenshire Council, cy: Cyngor Sir Gâr }',
  'bio:',
  '  en: News and information from Carmarthenshire Council',
  '  cy: Newyddion a gwybodaeth gan Gyngor Sir Gâr',
  'owner: digital@example.org',
  'security:',
  '  two-factor: true',
  '  last-access-review: 2026-06-01',
  '',
].join('\n');

ruleTester('account/schema', {
  invalid: [
    // (copied from test/cli/options.test.ts, "account files"; the CLI tests stay there)
    {
      name: 'a misspelt key, with the key it should be',
      text: ACCOUNT,
      errors: [{ ruleId: 'account/schema', category: 'account-security', severity: 'error', line: 6, message: "unknown key 'two_factor'; did you mean 'two-factor'?" }],
    },
    {
      name: 'a bad enum value at its line',
      text: ACCOUNT.replace('two_factor', 'two-factor').replace('platform: twitter', 'platform: myspace'),
      errors: [{ ruleId: 'account/schema', line: 2, message: expect.stringMatching(/'platform' must be one of: twitter, x, /) }],
    },
    {
      name: 'points at the misspelt key even when its value is on the next line',
      text: 'kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\nsecurity:\n  two_factor:\n    true\n',
      errors: [{ ruleId: 'account/schema', line: 6, column: 3 }],
    },

    // Added: more English and Welsh account files
    {
      name: 'a misspelt key in a JSON account file',
      file: 'account.json',
      text: '{\n  "kind": "social-account",\n  "platform": "facebook",\n  "handle": "@CarmsCouncil",\n  "type": "corporate",\n  "privacy_notice": "https://example.org/privacy"\n}\n',
      errors: [{ line: 6, message: "unknown key 'privacy_notice'; did you mean 'privacy-notice'?" }],
    },
    {
      name: 'an owner that is not an e-mail address',
      text: ACCOUNT.replace('two_factor', 'two-factor') + 'owner: Digital Team\n',
      errors: [{ line: 8, column: 8, message: "'owner' has an invalid value 'Digital Team' (expected an e-mail address)" }],
    },
    {
      name: 'Welsh: a language written out in Welsh instead of its code',
      text: WELSH_ACCOUNT.replace('language: cy', 'language: Cymraeg'),
      errors: [{ line: 5, message: expect.stringMatching(/'language' must be one of: en, cy, bilingual/) }],
    },
  ],
  valid: [
    // (copied from test/cli/options.test.ts, "account files")
    { name: 'a valid account file', text: ACCOUNT.replace('two_factor', 'two-factor') },
    { name: 'a valid JSON account file', file: 'account2.json', text: '{"kind": "social-account", "platform": "twitter", "handle": "@x", "type": "corporate"}\n' },

    // Added: English and Welsh look-alikes of mistakes
    { name: 'two-factor turned off is a valid value (other rules judge it)', text: ACCOUNT.replace('two_factor: true', 'two-factor: false') },
    { name: 'a bio as one plain string', text: ACCOUNT.replace('two_factor', 'two-factor') + 'bio: "News from the council"\n' },
    { name: 'Welsh: a complete bilingual account', text: WELSH_ACCOUNT },
    { name: 'Welsh: a Welsh-only bio as one string', text: WELSH_ACCOUNT.replace(/bio:\n {2}en: .*\n {2}cy: (.*)\n/, 'bio: "$1"\n') },
    { name: 'admins with roles', text: `${WELSH_ACCOUNT}admins:\n  - { name: Siân Thomas, email: sian.thomas@example.org, role: admin }\n  - { name: Gareth Price, email: gareth.price@example.org, role: editor }\n` },
    { name: 'a date in quotes', text: WELSH_ACCOUNT.replace('last-access-review: 2026-06-01', 'last-access-review: "2026-06-01"') },
  ],
});

describe('account/schema: a bilingual field', () => {
  // A bilingual field may be a string or { en, cy }: the schema's anyOf fails both ways, but
  // only the way the value was meant (a mapping) is reported, not also "'bio' must be text".
  it('Welsh: a misspelt language key in a bilingual bio is the one finding, with the key it should be', async () => {
    const findings = await lintRule('account/schema', WELSH_ACCOUNT.replace('  cy: Newyddion', '  cym: Newyddion'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(["10:3 unknown key 'cym'; did you mean 'cy'?"]);
  });

  it('the same misspelt key in many admins: each one its own line, each with the suggestion', async () => {
    const admins = ['Siân Thomas', 'Gareth Price', 'Ffion Bowen'].map((name) => `  - { name: ${name}, email: x@example.org, rol: admin }`).join('\n');
    const findings = await lintRule('account/schema', `${WELSH_ACCOUNT}admins:\n${admins}\n`);
    expect(findings.map((f) => f.message)).toEqual(Array(3).fill("unknown key 'rol'; did you mean 'role'?"));
    expect(new Set(findings.map((f) => f.line)).size).toBe(3);
  });

  it('a language key written out in English is named with its code', async () => {
    const findings = await lintRule('account/schema', WELSH_ACCOUNT.replace('  cy: Newyddion', '  welsh: Newyddion'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(["10:3 unknown key 'welsh'; did you mean 'cy'?"]);
  });

  it('a value in a language that is not text is reported at that value, not as the whole field', async () => {
    const findings = await lintRule('account/schema', WELSH_ACCOUNT.replace('  cy: Newyddion a gwybodaeth gan Gyngor Sir Gâr', '  cy: 2026'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(['10:7 \'cy\' must be text (got 2026): put it in quotes, "2026"']);
  });

  it('a field that is neither text nor a mapping names both shapes it may take', async () => {
    const findings = await lintRule('account/schema', `${ACCOUNT.replace('two_factor', 'two-factor')}bio:\n  - News\n  - Newyddion\n`);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual(["8:1 'bio' must be text, or a mapping with the keys en and cy (got a list)"]);
  });

  it('an empty field', async () => {
    const findings = await lintRule('account/schema', `${ACCOUNT.replace('two_factor', 'two-factor')}auto-reply:\n`);
    expect(findings.map((f) => f.message)).toEqual(["'auto-reply' must be text, or a mapping with the keys en and cy (got nothing)"]);
  });
});

/** Findings of account/schema for ACCOUNT (valid) with one line replaced, as "line:column message". */
const schemaFindings = async (from: string, to: string, text = ACCOUNT.replace('two_factor', 'two-factor')) => {
  if (!text.includes(from)) throw new Error(`no '${from}' in the account`);
  return (await lintRule('account/schema', text.replace(from, to))).map((f) => `${f.line}:${f.column} ${f.message}`);
};

describe('account/schema: messages a comms lead understands, at the value', () => {
  it.each([
    ['yes for true', '  two-factor: true', '  two-factor: yes', ["6:15 'two-factor' must be true or false (got 'yes')"]],
    ['Welsh: ie for true', '  two-factor: true', '  two-factor: ie', ["6:15 'two-factor' must be true or false (got 'ie')"]],
    ['on for true, in quotes', '  password-manager: true', '  password-manager: "on"', ["7:21 'password-manager' must be true or false (got 'on')"]],
    ['a number where text goes', 'handle: "@CarmsCouncil"', 'handle: 12345', ['3:9 \'handle\' must be text (got 12345): put it in quotes, "12345"']],
    ['one app where a list goes', 'type: corporate', 'type: corporate\nthird-party-apps: Sprout Social', ["5:19 'third-party-apps' must be a list (got 'Sprout Social'): write [Sprout Social]"]],
    ['text where a mapping goes', 'security:\n  two-factor: true\n  password-manager: true\n', 'security: on\n', ["5:11 'security' must be a mapping with the keys two-factor, password-manager and last-access-review (got 'on')"]],
  ])('a value of the wrong type: %s', async (_, from, to, expected) => {
    expect(await schemaFindings(from, to)).toEqual(expected);
  });

  it.each([
    ['a UK date: day first, with the ISO date it means', '01/06/2026', ["8:23 'last-access-review' must be a date written YYYY-MM-DD (got '01/06/2026'); did you mean 2026-06-01?"]],
    ['dots and no zeros', '1.6.2026', ["8:23 'last-access-review' must be a date written YYYY-MM-DD (got '1.6.2026'); did you mean 2026-06-01?"]],
    ['year first, no zeros', '2026-6-1', ["8:23 'last-access-review' must be a date written YYYY-MM-DD (got '2026-6-1'); did you mean 2026-06-01?"]],
    ['a day that does not exist', '2026-02-30', ["8:23 'last-access-review' is not a real date ('2026-02-30'): write it as YYYY-MM-DD, such as 2026-06-01"]],
    ['day first, a day that does not exist', '31/06/2026', ["8:23 'last-access-review' must be a date written YYYY-MM-DD (got '31/06/2026')"]],
    ['words', 'June 2026', ["8:23 'last-access-review' must be a date written YYYY-MM-DD (got 'June 2026')"]],
    ['Welsh: words', 'Mehefin 2026', ["8:23 'last-access-review' must be a date written YYYY-MM-DD (got 'Mehefin 2026')"]],
  ])('a date that is not a date: %s', async (_, date, expected) => {
    expect(await schemaFindings('  password-manager: true', `  password-manager: true\n  last-access-review: ${date}`)).toEqual(expected);
  });

  const PLATFORMS = 'twitter, x, facebook, instagram, linkedin, threads, bluesky, youtube, tiktok, other';
  it.each([
    ['an unknown platform: the list, no guess', 'myspace', `2:11 'platform' must be one of: ${PLATFORMS} (got 'myspace')`],
    ['capitals', 'Twitter', `2:11 'platform' must be one of: ${PLATFORMS} (got 'Twitter'); did you mean 'twitter'?`],
    ['a space', 'Linked In', `2:11 'platform' must be one of: ${PLATFORMS} (got 'Linked In'); did you mean 'linkedin'?`],
    ['a short name', 'fb', `2:11 'platform' must be one of: ${PLATFORMS} (got 'fb'); did you mean 'facebook'?`],
    ['a short name that shares no letter with x is not guessed to be x', 'ok', `2:11 'platform' must be one of: ${PLATFORMS} (got 'ok')`],
    ['a misspelling', 'instagarm', `2:11 'platform' must be one of: ${PLATFORMS} (got 'instagarm'); did you mean 'instagram'?`],
  ])('%s', async (_, platform, expected) => {
    expect(await schemaFindings('platform: twitter', `platform: ${platform}`)).toEqual([expected]);
  });

  it.each([
    ['Welsh', "did you mean 'cy'?"],
    ['Cymraeg', "did you mean 'cy'?"],
    ['English', "did you mean 'en'?"],
    ['Saesneg', "did you mean 'en'?"],
    ['dwyieithog', "did you mean 'bilingual'?"],
  ])('a language written out: %s', async (language, meant) => {
    const [found] = await schemaFindings('type: corporate', `type: corporate\nlanguage: ${language}`);
    expect(found).toBe(`5:11 'language' must be one of: en, cy, bilingual (got '${language}'); ${meant}`);
  });

  it('a purpose written short', async () => {
    expect(await schemaFindings('type: corporate', 'type: corporate\npurpose: [comms, recruit]')).toEqual([
      "5:11 'purpose' must be one of: communications, customer-service, recruitment, consultation, emergency, investigation, other (got 'comms'); did you mean 'communications'?",
      "5:18 'purpose' must be one of: communications, customer-service, recruitment, consultation, emergency, investigation, other (got 'recruit'); did you mean 'recruitment'?",
    ]);
  });

  it("an admin's role", async () => {
    expect(await schemaFindings('type: corporate', 'type: corporate\nadmins:\n  - { name: Jane Evans, email: jane@example.org, role: Editor }')).toEqual([
      "6:56 'role' must be one of: admin, editor, moderator, advertiser, analyst (got 'Editor'); did you mean 'editor'?",
    ]);
  });

  it('several problems in one file: each once, in line order', async () => {
    const text = ['kind: social-account', 'platform: Facebook', 'handle: CarmsParks', 'type: Service', 'security:', '  two-factor: "yes"', '  last-access-review: 14/09/2026', ''].join('\n');
    expect((await lintRule('account/schema', text)).map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      "2:11 'platform' must be one of: twitter, x, facebook, instagram, linkedin, threads, bluesky, youtube, tiktok, other (got 'Facebook'); did you mean 'facebook'?",
      "4:7 'type' must be one of: corporate, service, personal (got 'Service'); did you mean 'service'?",
      "6:15 'two-factor' must be true or false (got 'yes')",
      "7:23 'last-access-review' must be a date written YYYY-MM-DD (got '14/09/2026'); did you mean 2026-09-14?",
    ]);
  });
});

describe('a value the schema rejects is reported once, by account/schema', () => {
  const ids = async (text: string) => {
    const dir = tempDir({ 'account.yaml': text, '.smpolicy.yaml': JSON.stringify(CONFIG) });
    const r = await runCli(['check', 'account.yaml', '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
    return parseJson(r.stdout).results[0].findings.map((f: { line: number; ruleId: string }) => `${f.line} ${f.ruleId}`);
  };

  it("'two-factor: yes' and 'location-tagging: no' draw the schema's finding only, not also the rules reading them", async () => {
    const text = withLine(withLine(GOOD, '  two-factor: true', '  two-factor: "yes"'), 'location-tagging: false', 'location-tagging: "no"');
    expect(await ids(text)).toEqual(['14 account/schema', '17 account/schema']);
  });

  it('a rule still reports a valid value, and a key the file lacks, beside a schema problem elsewhere', async () => {
    const text = withLine(without(GOOD, '  two-factor: true'), 'location-tagging: false', 'location-tagging: "no"');
    expect(await ids(text)).toEqual(['13 account/two-factor', '16 account/schema']);
  });
});

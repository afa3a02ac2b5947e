/** Account files (YAML or JSON) against policies/schema/account.schema.json, each problem at its key. */
import { describe, expect, it } from 'vitest';
import { lintRule, ruleTester } from '../../support/rule-tester.js';

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
  ],
});

describe('account/schema: a bilingual field', () => {
  // Added. A bilingual field may be a string or { en, cy }, so a wrong key in the mapping also
  // gets "'bio' must be string" at the field (both branches of the schema's anyOf are reported);
  // this test asks only that the wrong key is named at its line.
  it('Welsh: a misspelt language key in a bilingual bio is named, with the key it should be', async () => {
    const findings = await lintRule('account/schema', WELSH_ACCOUNT.replace('  cy: Newyddion', '  cym: Newyddion'));
    expect(findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toContain("10:3 unknown key 'cym'; did you mean 'cy'?");
  });
});

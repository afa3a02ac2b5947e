/** Account files the account rules' tests build on (a helper of the tests, not a test file). */

/** The organisation of fixtures/.smpolicy.yaml: its domains and its one approved app. */
export const CONFIG = {
  organisation: {
    domains: ['carmarthenshire.gov.uk', 'carmarthenshire.gov.wales', 'sirgar.llyw.cymru'],
    'approved-apps': ['Sprout Social'],
  },
};

/**
 * A council account that follows every account rule (as of the tests' day, 2026-11-23), one
 * key a line so a test can change or drop a line; line numbers in the comments.
 */
export const GOOD = [
  'kind: social-account', // 1
  'platform: twitter', // 2
  'handle: "@CarmsCouncil"', // 3
  'type: corporate', // 4
  'language: en', // 5
  'counterpart: "@CyngorSirGar"', // 6
  'display-name: { en: Carmarthenshire County Council, cy: Cyngor Sir Gâr }', // 7
  'privacy-notice: https://www.carmarthenshire.gov.wales/privacy', // 8
  'owner: digital@carmarthenshire.gov.uk', // 9
  'admins:', // 10
  '  - { name: Jane Evans, email: jane.evans@carmarthenshire.gov.uk }', // 11
  '  - { name: Rhys Morgan, email: rhys.morgan@sirgar.llyw.cymru }', // 12
  'security:', // 13
  '  two-factor: true', // 14
  '  last-access-review: 2026-09-14', // 15
  'third-party-apps: [Sprout Social]', // 16
  'location-tagging: false', // 17
  '',
].join('\n');

/** The Welsh account of the same council, Welsh only and pointing back at @CarmsCouncil. */
export const GOOD_CY = GOOD.replace('handle: "@CarmsCouncil"', 'handle: "@CyngorSirGar"')
  .replace('language: en', 'language: cy')
  .replace('counterpart: "@CyngorSirGar"', 'counterpart: "@CarmsCouncil"')
  .replace('display-name: { en: Carmarthenshire County Council, cy: Cyngor Sir Gâr }', 'display-name: Cyngor Sir Gâr');

/** GOOD with one line replaced (by its exact text), failing loudly when the line is not there. */
export function withLine(text: string, line: string, replacement: string): string {
  if (!text.includes(line)) throw new Error(`no line '${line}' in the account`);
  return text.replace(line, replacement);
}

/** GOOD without a line. */
export const without = (text: string, line: string) => withLine(text, `${line}\n`, '');

/** A member of staff's personal account (not a council account). */
export const PERSONAL = ['kind: social-account', 'platform: twitter', 'handle: "@dai_jones"', 'type: personal', ''].join('\n');

/** Shared input for the format tests: one post with an error, a warning and an info; one clean post. */
import type { FileResult, Finding, RuleInfo } from '../../src/model/index.js';
import type { FormatInput } from '../../src/formats/types.js';

export const CWD = '/work/council';

export const phone: Finding = {
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
};

export const missingWelsh: Finding = {
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
};

export const hashtag: Finding = {
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
};

function rule(f: Finding, extra: Partial<RuleInfo> = {}): RuleInfo {
  return {
    id: f.ruleId,
    category: f.category,
    severity: f.severity,
    appliesTo: 'post',
    pack: f.policy.pack,
    packTitle: `${f.policy.pack} pack`,
    policy: { ref: f.policy.ref, title: f.policy.title },
    message: `template of ${f.ruleId}: '{match}'`,
    remediation: `Fix ${f.ruleId}.`,
    examples: { bad: [], good: [] },
    ...extra,
  };
}

export function rules(): Map<string, RuleInfo> {
  const unused: Finding = { ...phone, ruleId: 'conduct/profanity', category: 'code-of-conduct' };
  return new Map(
    [
      rule(phone, { why: 'A phone number identifies a person.', url: phone.url }),
      rule(missingWelsh),
      rule(hashtag),
      rule(unused),
    ].map((r) => [r.id, r]),
  );
}

export function results(): FileResult[] {
  return [
    { file: 'drafts/road.md', kind: 'post', findings: [{ ...phone }, { ...missingWelsh }, { ...hashtag }] },
    { file: 'drafts/ffordd.cy.md', kind: 'post', findings: [] },
  ];
}

export function input(overrides: Partial<FormatInput> = {}): FormatInput {
  return { results: results(), rules: rules(), version: '0.1.0', color: false, cwd: CWD, ...overrides };
}

export function finding(overrides: Partial<Finding> = {}): Finding {
  return { ...phone, ...overrides };
}

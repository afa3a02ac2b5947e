import type { RuleInfo } from '../model/index.js';

const meta = (id: string, message: string, remediation: string, why: string): RuleInfo => ({
  id,
  category: 'suppressions',
  severity: 'warning',
  appliesTo: 'post',
  pack: 'smpolicy',
  packTitle: 'smpolicy suppressions',
  policy: { ref: 'smpolicy', title: 'Suppressions are recorded with a reason' },
  message,
  remediation,
  why,
  examples: { bad: [], good: [] },
});

/** Rules the engine itself reports about suppression comments; configurable like any rule. */
export const META_RULES: RuleInfo[] = [
  meta(
    'smpolicy/suppression-reason',
    'Suppression of {rules} has no reason',
    "Add the reason after ' -- ', e.g. <!-- smpolicy-disable-next-line dp/postcode -- our office address -->",
    'A comms lead auditing the account needs to know why a finding was accepted.',
  ),
  meta(
    'smpolicy/unused-suppression',
    'Suppression of {rules} suppresses nothing',
    'Remove the comment, or correct the rule id.',
    'Stale suppressions hide future problems and mislead reviewers.',
  ),
];

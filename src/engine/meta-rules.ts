import type { RuleInfo } from '../model/index.js';

const meta = (id: string, message: string, remediation: string, why: string, cy = false): RuleInfo => ({
  id,
  category: 'suppressions',
  severity: 'warning',
  appliesTo: 'post',
  pack: 'smpolicy',
  packTitle: cy ? 'Atal canfyddiadau smpolicy' : 'smpolicy suppressions',
  policy: { ref: 'smpolicy', title: cy ? 'Cofnodir rheswm dros atal canfyddiad' : 'Suppressions are recorded with a reason' },
  message,
  remediation,
  why,
  examples: { bad: [], good: [] },
  ...(cy ? { lang: 'cy' as const } : {}),
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

/** The same rules in Welsh (docs/glossary.md: suppression = atal, finding = canfyddiad). */
export const META_RULES_CY: RuleInfo[] = [
  meta(
    'smpolicy/suppression-reason',
    'Dim rheswm dros atal {rules}',
    "Ychwanegwch y rheswm ar ôl ' -- ', e.e. <!-- smpolicy-disable-next-line dp/postcode -- cyfeiriad ein swyddfa -->",
    "Mae angen i arweinydd cyfathrebu sy'n archwilio'r cyfrif wybod pam y derbyniwyd canfyddiad.",
    true,
  ),
  meta(
    'smpolicy/unused-suppression',
    "Nid yw atal {rules} yn atal dim",
    "Tynnwch y sylw, neu cywirwch ddynodydd y rheol.",
    "Mae sylwadau atal nad oes eu hangen yn cuddio problemau'r dyfodol ac yn camarwain adolygwyr.",
    true,
  ),
];

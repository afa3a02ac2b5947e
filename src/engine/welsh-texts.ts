import type { PackSpec, RuleSpec } from '../model/index.js';
import { t } from '../i18n/index.js';

/**
 * Every rule speaks both languages (issue 14): a pack gives its title in Welsh (`cy.title`,
 * and its description and source when it has them) and each rule its message, remediation,
 * why (when it has one) and policy title (`cy:`; `cy.policy.ref` is optional, for citations
 * that name documents).
 * A Welsh message names the same placeholders as the English one; a Welsh placeholder may
 * take the `-cy` form (`{what-cy}` for `{what}`), which the detector fills with Welsh words.
 */
export interface WelshTextProblem {
  ruleId?: string;
  /** The pack file or rule file the problem is in. */
  file: string;
  /** `missing`: Welsh text not given (fails shipped packs, a warning for a council's own); `placeholders`: always an error. */
  kind: 'missing' | 'placeholders';
  problem: string;
}

const PLACEHOLDER = /\{(\w[\w-]*)\}/g;

/** The `{placeholders}` of a message, a Welsh one's `-cy` forms read as their English names. */
export function placeholders(message: string, welsh = false): string[] {
  const names = [...message.matchAll(PLACEHOLDER)].map((m) => (welsh ? m[1].replace(/-cy$/, '') : m[1]));
  return [...new Set(names)].sort();
}

/** The Welsh texts a rule lacks, as the keys to add (`cy.message`, `cy.why`, …). */
export function missingWelsh(rule: RuleSpec): string[] {
  const cy = rule.cy ?? {};
  const missing: string[] = [];
  if (!cy.message?.trim()) missing.push('cy.message');
  if (!cy.remediation?.trim()) missing.push('cy.remediation');
  if (rule.why?.trim() && !cy.why?.trim()) missing.push('cy.why');
  if (!cy.policy?.title?.trim()) missing.push('cy.policy.title');
  return missing;
}

export function welshTextProblems(pack: PackSpec): WelshTextProblem[] {
  const problems: WelshTextProblem[] = [];
  if (!pack.cy?.title?.trim()) problems.push({ file: pack.file, kind: 'missing', problem: t('validate.packNoWelshTitle', { pack: pack.pack }) });
  const lacking = (['description', 'source'] as const).filter((key) => pack[key]?.trim() && !pack.cy?.[key]?.trim());
  if (pack.cy?.title?.trim() && lacking.length) {
    problems.push({ file: pack.file, kind: 'missing', problem: t('validate.packNoWelsh', { pack: pack.pack, lacking: lacking.join(t('validate.or')), keys: lacking.map((key) => `cy.${key}`).join(', ') }) });
  }
  for (const rule of pack.rules) {
    const file = rule.file ?? pack.file;
    const missing = missingWelsh(rule);
    if (missing.length) problems.push({ ruleId: rule.id, file, kind: 'missing', problem: t('validate.ruleNoWelsh', { rule: rule.id, keys: missing.join(', ') }) });
    if (rule.cy?.message) {
      const en = placeholders(rule.message);
      const cy = placeholders(rule.cy.message, true);
      const extra = cy.filter((p) => !en.includes(p));
      const lacking = en.filter((p) => !cy.includes(p));
      if (extra.length || lacking.length) {
        const parts = [...(lacking.length ? [`lacks ${lacking.map((p) => `{${p}}`).join(', ')}`] : []), ...(extra.length ? [`has ${extra.map((p) => `{${p}}`).join(', ')} that the English message does not`] : [])];
        problems.push({ ruleId: rule.id, file, kind: 'placeholders', problem: `${rule.id}: the Welsh message ${parts.join(' and ')} (cy.message must name the placeholders of message; {name-cy} may stand for {name})` });
      }
    }
  }
  return problems;
}

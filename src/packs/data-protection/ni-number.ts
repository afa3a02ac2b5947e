import type { BuiltinDetector, Match } from '../../model/index.js';
import { normaliseNino } from '../../pii/ni-number.js';
import { WORD_END, WORD_START, contextPattern, hasContext } from '../../pii/text.js';

export interface NiNumberParams {
  /** Report lower-case numbers ("qq123456c"); default true. */
  'lower-case'?: boolean;
}

/**
 * Prefix, six digits (together, in pairs, or 3 and 3), and the suffix; one space, dash or dot
 * optional between groups. The suffix may be missing ("QQ123456"): then only with National
 * Insurance wording nearby, since two letters and six digits are also other references.
 */
const CANDIDATE = new RegExp(`${WORD_START}[A-Z]{2}[ .-]?(?:\\d{2}([ .-]?)\\d{2}\\1\\d{2}|\\d{3}[ .-]\\d{3})(?:[ .-]?[A-D])?${WORD_END}`, 'giu');

/** English and Welsh; not the bare Welsh word "ni" (we). */
const CONTEXT = contextPattern([
  'national insurance', 'nino', 'ni (?:number|no)', 'yswiriant gwladol', 'rhif yg', 'hmrc', 'cthem',
]);

/** Every candidate's six digits, however grouped (a superset of CANDIDATE's): a text without them has none. */
const NI_DIGITS = /\d{2}[ .-]?\d{2}[ .-]?\d{2}|\d{3}[ .-]\d{3}/;

/**
 * `dp/ni-number`: a National Insurance number by HMRC's rules (NIM39110). The suffix (A–D) is
 * required: HMRC defines it as part of the number, and without it "AB 12 34 56" would also match
 * sort codes and reference numbers. HMRC writes NINOs in capitals; lower case is accepted because
 * people type it that way, but a lower-case one with no National Insurance wording nearby is
 * reported as a warning.
 */
export const detector: BuiltinDetector<NiNumberParams> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { 'lower-case': { type: 'boolean', default: true } },
  },
  detect(doc, params) {
    if (doc.kind !== 'post' || !NI_DIGITS.test(doc.prose)) return [];
    const text = doc.prose;
    const out: Match[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const nino = normaliseNino(m[0], { suffix: 'optional' });
      if (!nino) continue;
      const start = m.index;
      const end = start + m[0].length;
      // Without its suffix only when named as one, and not when a letter follows (a suffix never issued).
      if (nino.length === 8 && (!hasContext(text, start, end, CONTEXT) || /^[ .-]?\p{L}(?!\p{L})/u.test(text.slice(end, end + 3)))) continue;
      const match: Match = { start, end, sensitive: true };
      if (m[0] !== m[0].toUpperCase()) {
        if (params?.['lower-case'] === false) continue;
        if (!hasContext(text, start, end, CONTEXT)) match.severity = 'warning';
      }
      out.push(match);
    }
    return out;
  },
};

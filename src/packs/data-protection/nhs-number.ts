import type { BuiltinDetector, Match } from '../../model/index.js';
import { nhsCheckDigit, nhsNumberRange } from '../../pii/nhs-number.js';
import { NUMBER_END, NUMBER_START, contextPattern, hasContext } from '../../pii/text.js';

export interface NhsNumberParams {
  /** Report only numbers with a health word nearby (default false: lone numbers are warnings). */
  'require-context'?: boolean;
}

/** 3-3-4 with one separator used throughout, or ten digits together. */
const CANDIDATE = new RegExp(`${NUMBER_START}(\\d{3})([ -]?)(\\d{3})\\2(\\d{4})${NUMBER_END}`, 'gu');

/** English and Welsh (with mutations: claf/glaf/chlaf/nghlaf) words that make a number an NHS number. */
const CONTEXT = contextPattern([
  'nhs', 'gig', 'chi', 'health', 'healthcare', 'patients?', 'hospitals?', 'gps?', 'surgery', 'clinic',
  'iechyd', 'claf', 'glaf', 'chlaf', 'nghlaf', 'cleifion', 'gleifion', 'chleifion', 'nghleifion',
  'ysbyty', 'ysbytai', 'meddyg', 'feddyg', 'meddygfa', 'feddygfa',
]);

/** Every candidate's ten digits (3-3-4, spaced or dashed or not): a text without them has none. */
const TEN_DIGITS = /\d{3}[ -]?\d{3}[ -]?\d{4}/;

/**
 * `dp/nhs-number`: ten digits with a valid NHS modulus 11 check digit. About one random ten-digit
 * number in eleven passes the check, so a number with no health word nearby is reported as a
 * warning rather than at the rule's severity.
 *
 * Ranges do not filter: Scottish CHI and Northern Ireland H&C numbers identify patients just as
 * English and Welsh ones do, and numbers in the 999 test range look exactly like real ones to a
 * reader, so they are still found (with a note asking the author to confirm they are test data).
 */
export const detector: BuiltinDetector<NhsNumberParams> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { 'require-context': { type: 'boolean', default: false } },
  },
  detect(doc, params) {
    if (doc.kind !== 'post' || !TEN_DIGITS.test(doc.prose)) return [];
    const text = doc.prose;
    const out: Match[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const digits = m[1] + m[3] + m[4];
      if (nhsCheckDigit(digits.slice(0, 9)) !== digits.charCodeAt(9) - 48) continue;
      const start = m.index;
      const end = start + m[0].length;
      const context = hasContext(text, start, end, CONTEXT);
      if (!context && params?.['require-context']) continue;
      const match: Match = { start, end, sensitive: true, data: { range: nhsNumberRange(digits) } };
      if (!context) match.severity = 'warning';
      if (nhsNumberRange(digits) === 'test') {
        match.note = 'This is in the NHS test range (999 000 0000–999 999 9999): check it is test data.';
        match.noteCy = "Mae hwn yn ystod brofi'r GIG (999 000 0000–999 999 9999): gwiriwch mai data prawf yw hwn.";
      }
      out.push(match);
    }
    return out;
  },
};

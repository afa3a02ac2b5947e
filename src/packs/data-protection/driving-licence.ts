import type { BuiltinDetector, Match } from '../../model/index.js';
import { boundaryAfter } from '../../model/index.js';
import { isValidLicenceDate, isValidSurnamePart } from '../../pii/driving-licence.js';
import { WORD_END, WORD_START } from '../../pii/text.js';

/**
 * Surname part, the six birth-date digits (together or 3 and 3), initials, arbitrary digit and
 * check characters, then the card's optional two-digit issue number; a single space is allowed
 * between those parts, as people copy them from the card.
 */
// Boundary tested after the body (boundaryAfter): group 1 is that wrapper, the licence's parts 2-5.
const CANDIDATE = new RegExp(
  boundaryAfter(WORD_START, `([A-Z9]{5}) ?(\\d{3}) ?(\\d{3}) ?([A-Z][A-Z9]\\d[A-Z\\d]{2})(?: ?\\d{2})?${WORD_END}`),
  'giu',
);

/** Every licence number holds six digits in two threes (its date of birth): a text without them has none. */
const SIX_DIGITS = /\d{3} ?\d{3}/;

/**
 * `dp/driving-licence`: a GB driving licence number (DVLA). The surname part must be letters
 * padded with 9s, and the month (01–12, or 51–62 for women) and day must form a real date.
 * Any case is accepted: the structure is specific enough that case adds nothing.
 */
export const detector: BuiltinDetector<Record<string, never>> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    if (doc.kind !== 'post' || !SIX_DIGITS.test(doc.prose)) return [];
    const text = doc.prose;
    const out: Match[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      if (!isValidSurnamePart(m[2].toUpperCase()) || !isValidLicenceDate(m[3] + m[4])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, sensitive: true });
    }
    return out;
  },
};

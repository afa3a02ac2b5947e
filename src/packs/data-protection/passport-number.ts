import type { BuiltinDetector, Match } from '../../model/index.js';
import { NUMBER_END, NUMBER_START, contextPattern, hasContext } from '../../pii/text.js';

/**
 * Nine characters: the UK's nine digits, or another country's ICAO 9303 document number of one
 * or two capital letters and seven or eight digits (an Irish passport is "PA1234567").
 */
const CANDIDATE = new RegExp(`${NUMBER_START}(?:\\d{9}|\\d{3}-\\d{3}-\\d{3}|[A-Z]\\d{8}|[A-Z]{2}\\d{7})${NUMBER_END}`, 'gu');

/** English and Welsh (pasbort/basbort/mhasbort/phasbort). */
const CONTEXT = contextPattern(['passports?', 'pasbort', 'basbort', 'mhasbort', 'phasbort', 'pasbortau', 'hmpo']);

/** Every candidate holds seven digits in a row, or three groups of three: a text without them has none. */
const PASSPORT_DIGITS = /\d{7}|\d{3}-\d{3}-\d{3}/;

/**
 * `dp/passport-number`: a passport number with passport wording within 40 characters before it
 * or 20 after. HM Passport Office issues UK passport numbers as exactly nine digits (NHS Data
 * Dictionary, "Passport Number (New)"); nine digits are too common (references, counts) to be
 * evidence alone. With the wording, a nine-character letters-and-digits document number of
 * another country is reported too, as it is just as personal. Without it, nothing is reported:
 * "AB1234567" alone is not a UK passport number format.
 */
export const detector: BuiltinDetector<Record<string, never>> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    if (doc.kind !== 'post' || !PASSPORT_DIGITS.test(doc.prose)) return [];
    const text = doc.prose;
    const out: Match[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const end = m.index + m[0].length;
      if (hasContext(text, m.index, end, CONTEXT, 40, 20)) out.push({ start: m.index, end, sensitive: true });
    }
    return out;
  },
};

import type { BuiltinDetector, Match } from '../../model/index.js';
import { cardIssuer, luhnValid } from '../../pii/payment-card.js';
import { hasDigit } from '../../pii/text.js';

/**
 * A run of digit groups joined by single spaces, dashes, dots or slashes; cards are then looked
 * for inside it. A comma between digits joins them only as a thousands separator (a group of
 * one to three digits before it, exactly three after): in a comma-separated record
 * ("…,70872490,4111111111111111,…") a field of four digits or more stands on its own.
 */
const START = String.raw`(?<![\p{L}\p{N}_]|\d[ \-./])(?:(?<!\d,)|(?!\d{1,3}(?!\d)))`;
const END = String.raw`(?![\p{L}\p{N}_]|[ \-./]\d)(?:(?!,\d)|(?<=\d{4}))`;
const RUN = new RegExp(`${START}\\d+(?:[ ./-]\\d+)*${END}`, 'gu');
const GROUP = /\d+/g;

/**
 * `dp/payment-card`: a card number that passes the Luhn check and lies in a published issuer
 * range with that range's length (Visa, Mastercard, Amex, Discover, Diners, JCB, UnionPay,
 * Maestro, Mir, UATP), written as 13–19 digits together or in groups of at least two digits
 * ("4111 1111 1111 1111", "3782 822463 10005"). Several numbers in a row ("4111… 4012-8888-…")
 * are separated at group boundaries, taking the longest valid number from the left each time.
 */
export const detector: BuiltinDetector<Record<string, never>> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc) {
    if (doc.kind !== 'post' || !hasDigit(doc.prose)) return [];
    const text = doc.prose;
    const out: Match[] = [];
    RUN.lastIndex = 0;
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      if (m[0].length < 13) continue;
      const groups: Array<{ start: number; digits: string }> = [];
      GROUP.lastIndex = 0;
      for (let g = GROUP.exec(m[0]); g; g = GROUP.exec(m[0])) groups.push({ start: m.index + g.index, digits: g[0] });
      for (let i = 0; i < groups.length; ) {
        let best = -1;
        let bestIssuer = '';
        let digits = '';
        for (let j = i; j < groups.length; j++) {
          if (groups[j].digits.length < 2 && groups.length > 1) break;
          digits += groups[j].digits;
          if (digits.length > 19) break;
          if (digits.length < 13 || !luhnValid(digits)) continue;
          const issuer = cardIssuer(digits);
          if (issuer) {
            best = j;
            bestIssuer = issuer;
          }
        }
        if (best < 0) {
          i++;
          continue;
        }
        const start = groups[i].start;
        const end = groups[best].start + groups[best].digits.length;
        out.push({ start, end, sensitive: true, data: { issuer: bestIssuer } });
        i = best + 1;
      }
    }
    return out;
  },
};

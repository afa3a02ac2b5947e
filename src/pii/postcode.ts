/**
 * UK postcodes (Royal Mail / BS 7666). Outward code A9, A99, AA9, AA99, A9A or AA9A; inward code
 * 9AA. Q, V and X are never first; I, J and Z never second; a third-position letter (A9A) is one
 * of ABCDEFGHJKPSTUW; a fourth-position letter (AA9A) one of ABEHMNPRVWXY; the inward letters
 * never C, I, K, M, O or V. The area (the outward code's letters) must be a real postcode area.
 * GIR 0AA (Girobank, Bootle) is the one postcode outside the scheme.
 */
import { boundaryAfter } from '../model/index.js';
import { WORD_END, WORD_START, hasDigit } from './text.js';

/** The 121 UK postcode areas, the Crown dependencies GY, JE and IM, BF (BFPO) and non-geographic BX. */
export const POSTCODE_AREAS: ReadonlySet<string> = new Set(
  ('AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY ' +
    'E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN ' +
    'LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP ' +
    'SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE').split(' '),
);

const THIRD = new Set('ABCDEFGHJKPSTUW');
const FOURTH = new Set('ABEHMNPRVWXY');
const INWARD_BAD = new Set('CIKMOV');

/** Checks an upper-case outward code ("SW1A") and inward code ("1AA") against the rules above. */
export function isValidPostcodeParts(outward: string, inward: string): boolean {
  if (outward === 'GIR') return inward === '0AA';
  const m = /^([A-Z]{1,2})(\d)([A-Z\d]?)$/.exec(outward);
  if (!m || !/^\d[A-Z]{2}$/.test(inward)) return false;
  const [, area, , last] = m;
  if (!POSTCODE_AREAS.has(area)) return false;
  if (last && !/\d/.test(last)) {
    // A9A takes a third-position letter, AA9A a fourth-position one.
    if (!(area.length === 1 ? THIRD : FOURTH).has(last)) return false;
  }
  return !INWARD_BAD.has(inward[1]) && !INWARD_BAD.has(inward[2]);
}

/** "sw1a1aa", "SW1A  1AA" → "SW1A 1AA"; undefined when not a valid full postcode. */
export function normalisePostcode(value: string): string | undefined {
  const compact = value.replace(/[\s\u00A0\u202F]+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return undefined;
  const outward = compact.slice(0, -3);
  const inward = compact.slice(-3);
  return isValidPostcodeParts(outward, inward) ? `${outward} ${inward}` : undefined;
}

export function isValidPostcode(value: string): boolean {
  return normalisePostcode(value) !== undefined;
}

/** A full postcode found in text: offsets and the normalised form ("SW1A 1AA"). */
export interface PostcodeHit { start: number; end: number; postcode: string }

/**
 * Outward code, optional horizontal whitespace (spaces, tabs, no-break spaces; never a line
 * break), inward code; word-bounded so "SA191AB123" is not a postcode. Case-insensitive: Royal
 * Mail writes postcodes in capitals, but posts often do not, and "sa31 1jp" is the same place.
 */
const CANDIDATE = new RegExp(
  `${boundaryAfter(WORD_START, `(?<gir>GIR)[ \\t\\u00A0\\u202F]*(?<girIn>0AA)|(?<out>[A-Z]{1,2}\\d[A-Z\\d]?)[ \\t\\u00A0\\u202F]*(?<in>\\d[A-Z]{2})`)}${WORD_END}`,
  'giu',
);

/** Every valid full UK postcode in `text`, in order. BFPO numbers are not postcodes and are not found. */
export function findPostcodes(text: string): PostcodeHit[] {
  const hits: PostcodeHit[] = [];
  if (!hasDigit(text)) return hits;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const g = m.groups!;
    const outward = (g.gir ?? g.out).toUpperCase();
    const inward = (g.girIn ?? g.in).toUpperCase();
    if (!isValidPostcodeParts(outward, inward)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, postcode: `${outward} ${inward}` });
  }
  return hits;
}

import { boundaryAfter } from '../../model/index.js';
import type { BuiltinDetector, Match } from '../../model/index.js';
import { findPostcodes } from '../../pii/postcode.js';
import { isCurrentMark, isDatelessMark, isPrefixMark, isSuffixMark, type VrmFormat } from '../../pii/vehicle-registration.js';
import { WORD_END, WORD_START, contextPattern, hasDigit, isSingleCase } from '../../pii/text.js';
import { VEHICLE_MAKES } from '../../pii/vehicle-makes.js';

const MAKES = new Set(VEHICLE_MAKES);
/** "a white Mazda 3 GT Sport", "Peugeot 208 GT": a model after its make, not a dateless mark. */
const afterMake = (text: string, start: number): boolean => MAKES.has(/([\p{L}-]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '');

/** A hyphen or slash joining the candidate to more letters or digits, after it or before it. */
const CODE_AFTER = /^[-/][\p{L}\p{N}]/u;
const CODE_BEFORE = /[\p{L}\p{N}][-/]$/u;

/**
 * One pass over token shapes: a diplomatic mark; a current-style mark (letter O accepted for a
 * zero in the age identifier and zero for O in the random letters, the commonest misreading of a
 * plate); digits then letters (a reversed dateless mark); or letters, digits and optional
 * letters, separators captured so each older format's own spacing can be checked.
 */
// Boundary tested after the body (boundaryAfter): group 1 is that wrapper, so each shape's groups
// below are read one further on (m[2] … m[15]).
const CANDIDATE = new RegExp(
  boundaryAfter(WORD_START, `(?:(\\d{3}) (D) (\\d{3})|([A-Z]{2})([\\dO]{2})([ -]?)([A-Z0]{3})|(\\d{1,4}) ?([A-Z]{1,3})|` +
    `([A-Z]{1,3})([ -]?)(\\d{1,4})(?:([ -]?)([A-Z]{1,3}))?)${WORD_END}`),
  'giu',
);

/**
 * Words and abbreviations that complete a mark's shape in ordinary capitals ("A40 AND M4",
 * "NEW 4K", "10 AM", "MAY 2026"): never read as the letters of an older or dateless mark.
 */
const STOP = new Set(
  ('A AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF OK ON OR SO TO UP US WE AM PM ID TV UK EU GB KM KG ' +
    'CM MM ML MB TB HR HRS MIN MPH KPH LTD PLC ST RD AVE NHS GIG AR YR YN AC NI CHI EI EU ' +
    'THE AND FOR ARE BUT NOT YOU ALL ANY CAN HAD HER WAS ONE OUR OUT DAY GET HAS HIM HOW MAN NEW NOW ' +
    'OLD SEE TWO WAY WHO BOY DID LET PUT SAY SHE TOO USE DAD MUM MOM ASK BAD BAG BED BOX BUS BUY CAR CAT ' +
    'CUP CUT DOG DRY EAR EAT END EYE FAR FEW FLY FUN GAS GOT HAT HOT JOB KEY LAW LAY LEG LOT LOW MAP MAY ' +
    'MET NET NOR ODD OFF OWN PAY PEN PER PET POT RAN RED ROW RUN SAT SEA SET SON SUN TAX TEA TEN TOP TOY ' +
    'TRY VAN WAR WET YES YET AGO AGE AND ART BET DUE EGG ERA FAN FAT FED FEE GAP GOD GYM HEY HUG JAM JAR ' +
    'JET JOY LAB LAP LOG MAD MEN MUD NAP NUT OAK OWL PAN PEA PUB RAT RAW RAY ROD RUG SAD SKY SPA TAP TUB ' +
    'VET WEB WOW APP APR AUG DEC FEB JAN JUL JUN MAR NOV OCT SEP MON TUE WED THU FRI SAT SUN ' +
    'MAE OND HEB GAN TAN HYD GAU DAN PAN NAD YNG YMA YNA DDA BOB POB NOS DYN MAB TAD MAM PLA TRA TRO CYN ' +
    'HEN NEU NHW EIN ERS BST GMT UTC CET IST').split(' '),
);

/** Channels and networks whose names have a mark's shape, and the DVLA's forms ("the car's logbook (V5C)"): never a vehicle's mark. */
const NAMED_CODES = new Set(['S4C', 'BBC1', 'BBC2', 'BBC3', 'BBC4', 'ITV1', 'ITV2', 'ITV3', 'ITV4', 'E4', 'C4', 'M4U', 'V5C', 'V5', 'V62', 'V11', 'V5C2']);
/** The whole run of letters and digits holding [start, end). */
function wordAround(text: string, start: number, end: number): string {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N}]/u.test(text[s - 1]!)) s--;
  while (e < text.length && /[\p{L}\p{N}]/u.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** Roads, junctions and car parks ("A48", "B4309", "M4", "J47", "P4") are never read as dateless marks. */
const ROAD = new Set(['A', 'B', 'M', 'J', 'P']);

/** English and Welsh (cerbyd/gerbyd/cherbyd/ngherbyd) vehicle wording; a "car park" is not a car. */
const CONTEXT = contextPattern([
  'reg', 'reg\\.? ?no', 'registration', 'registered', 'number ?plates?', 'plates?', 'vrm', 'car(?! ?parks?)',
  'cars', 'vehicles?', 'vans?', 'lorry', 'lorries', 'motorbike', 'motorcycle', 'taxi', 'cerbyd', 'gerbyd',
  'cherbyd', 'ngherbyd', 'cerbydau', 'rhif cofrestru', 'cofrestru', 'plât', 'plat',
]);

/** "Reg. 29(4)", "regs 12", "Regulation 5": a regulation cited by number, not a vehicle's registration. */
const REGULATION = /(?<![\p{L}])reg(?:ulation)?s?\.?\s?\d[\d()a-z]*/giu;

/** A form or document word right before the code, perhaps with one word between ("ffurflen adnewyddu", "renewal form"). */
const FORM_BEFORE = /(?<![\p{L}])(?:forms?|ffurflen|ffurflenni|dogfen|leaflet|taflen|booklet|llyfryn)[ \u00A0]+(?:[\p{Ll}]+[ \u00A0]+)?$/u;

/** A model or class word right after a code: "R5 specification", "T90 GTR spec", "Rally2 class", "manyleb R5". */
const MODEL_AFTER = /^[ \u00A0]+(?:spec|specification|model|class|engine|version|variant|edition|series|manyleb)(?![\p{L}])/iu;

/** Vehicle wording within 40 characters before or 20 after, regulation citations aside. */
function vehicleContext(text: string, start: number, end: number): boolean {
  return CONTEXT.test(text.slice(Math.max(0, start - 40), start).replace(REGULATION, ' ')) ||
    CONTEXT.test(text.slice(end, Math.min(text.length, end + 20)).replace(REGULATION, ' '));
}

const upper = (s: string): boolean => s === s.toUpperCase();

/**
 * `dp/vehicle-registration`: a GB registration mark by DVLA's rules, with current-style age
 * identifiers checked against the run's date. Current marks may be written in lower case
 * ("aa02 aaa") when the whole mark is; older formats must be in capitals, and their letters must
 * not be a common word. Dateless marks (and Northern Ireland's, which have the same shape) need
 * vehicle wording nearby, because "R8" or "AA 1234" are otherwise ordinary codes.
 * Not found: military marks (MoD, not DVLA), Q marks, the diplomatic X series (it reads like a
 * dimension, "600 X 400"), and older-format marks with O typed for 0. A full postcode is never a
 * mark ("SA31 1AB" is dp/postcode's), and a regulation cited by number ("Reg. 29(4)") is not
 * vehicle wording.
 */
export const detector: BuiltinDetector<Record<string, never>> = {
  appliesTo: 'post',
  reads: 'published',
  paramsSchema: { type: 'object', additionalProperties: false, properties: {} },
  detect(doc, _params, ctx) {
    if (doc.kind !== 'post' || !hasDigit(doc.prose)) return [];
    const text = doc.prose;
    const out: Match[] = [];
    // A full postcode ("SA31 1AB": "SA31" and "1AB" have dateless shapes) is dp/postcode's.
    const postcodes = findPostcodes(text);
    const push = (start: number, end: number, format: VrmFormat): void => {
      if (postcodes.some((p) => start < p.end && end > p.start)) return;
      // A form's or a document's code ("ffurflen adnewyddu D27PHW", "form D1"), not a vehicle's mark.
      if (FORM_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return;
      // A broadcaster's or a network's name ("angen i S4C newid", "BBC2"), whole.
      if (NAMED_CODES.has(wordAround(text, start, end))) return;
      // A model's or a class's code ("their R5 specification Skoda", "a T90 GTR specification car"), not a mark.
      if (MODEL_AFTER.test(text.slice(end, end + 16))) return;
      out.push({ start, end, sensitive: true, data: { format } });
    };
    const dateless = (start: number, end: number, letters: string, digits: string): void => {
      if (upper(letters) && !STOP.has(letters) && !(letters.length === 1 && ROAD.has(letters)) &&
        isDatelessMark(letters, digits) && vehicleContext(text, start, end) && !afterMake(text, start)) {
        push(start, end, 'dateless');
      }
    };
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Part of a longer code joined by hyphens or slashes ("INS-2026-07731", "REF/AB12/3"): a reference, not a mark.
      if (CODE_AFTER.test(text.slice(end, end + 2)) || CODE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
      if (m[2] !== undefined) {
        if (m[3] === 'D') push(start, end, 'diplomatic');
        continue;
      }
      if (m[5] !== undefined) {
        const [tag, age, random] = [m[5], m[6], m[8]];
        const misread = /[oO]/.test(age) || random.includes('0');
        const canonicalAge = age.replace(/[oO]/g, '0');
        const canonicalRandom = random.replace(/0/g, 'O');
        const ok = misread
          ? upper(tag + age + random) && /\d/.test(age) && /[A-Z]/.test(random)
          : isSingleCase(tag + random);
        if (ok && !STOP.has(canonicalRandom.toUpperCase()) &&
          isCurrentMark(tag.toUpperCase(), canonicalAge, canonicalRandom.toUpperCase(), ctx.date)) {
          push(start, end, 'current');
        } else if (!misread) {
          dateless(start, start + tag.length + age.length, tag, age);
        }
        continue;
      }
      if (m[9] !== undefined) {
        // The minutes of a time ("at about 22:35 BST"), or a decimal's digits, are no mark's.
        if (/[:.]$/.test(text.slice(Math.max(0, start - 1), start))) continue;
        dateless(start, end, m[10], m[9]);
        continue;
      }
      const [l1, sep1, digits, sep2, l2] = [m[11], m[12], m[13], m[14], m[15]];
      if (l2 !== undefined) {
        if (upper(l1 + l2)) {
          // Three letters that are also a word ("P59 HEY") are a mark's only beside vehicle wording.
          const letters = (w: string) => !STOP.has(w) || (w.length === 3 && vehicleContext(text, start, end));
          if (l1.length === 1 && sep1 === '' && letters(l2) && isPrefixMark(l1, digits, l2)) {
            push(start, end, 'prefix');
            continue;
          }
          if (l2.length === 1 && sep2 === '' && letters(l1) && isSuffixMark(l1, digits, l2)) {
            push(start, end, 'suffix');
            continue;
          }
        }
      }
      dateless(start, start + l1.length + sep1.length + digits.length, l1, digits);
      // A word that is not a mark's letters ("car 1234 AB", "reg 1234 AB") leaves its digits to
      // be read again, as the start of a reversed dateless mark.
      if (!upper(l1) || STOP.has(l1)) CANDIDATE.lastIndex = start + l1.length + sep1.length;
    }
    return out;
  },
};

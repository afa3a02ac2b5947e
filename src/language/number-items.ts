/**
 * Numbers, dates and times in prose, read the same way whichever language wrote them, so the
 * Welsh and English halves of a post can be compared by value (welsh/unequal-content).
 *
 *   times   "2pm", "2yp", "2.00yh", "14:00", "2.00 p.m." are one time; a bare "8.30" or "14.00"
 *           matches a time of that clock reading ("8.30am" or "8.30pm")
 *   dates   "27/02/2026", "27 Chwefror 2026", "27ain o Chwefror", "27 February", "February 27,
 *           2026" are one date (day and month; the year when both give one)
 *   words   Welsh numbers written as words, mutated or not: "tri", "dri", "deg", "ddeg",
 *           "ugain", "pedwar ar ddeg", "dau ddeg pump", "cyntaf", "hanner dydd" (12:00)
 *
 * An item may say which language wrote it: a Welsh suffix ("9yb", "5ed", "1af") or month
 * ("Tachwedd") is Welsh wherever the segmenter put it, an English one ("9am", "5th") English.
 * File sizes ("[267KB]") and page dates ("Published: 01/12/2015") are page furniture, not
 * content, and are marked to be ignored.
 */
import { boundaryAfter } from '../model/index.js';
import { demutations } from './welsh-mutations.js';

export interface NumberItem {
  start: number;
  end: number;
  /** Every value the item may stand for: "14:00", "d27-2", "d27-2-2026", "27", "14". */
  keys: string[];
  /**
   * Bare numbers the item also answers in the other language, but is not answered by: a date
   * "21 Mai 2019" answers "2019" and "21"; a bare "2019" does not answer the date.
   */
  also?: string[];
  /** The language its form belongs to, when the form says. */
  lang?: 'cy' | 'en';
  /** Page furniture (file sizes, publication dates): compared with nothing. */
  ignore?: boolean;
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_CY = ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'];
const ABBR_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ABBR_CY = ['ion', 'chwef', 'maw', 'ebr', 'mai', 'meh', 'gorff', 'awst', 'medi', 'hyd', 'tach', 'rhag'];

/**
 * Month (1-12) and language of a month name or abbreviation, Welsh mutations undone; `full` when
 * it is the month's whole name ("September", not "Sept").
 */
function month(word: string): { m: number; lang: 'cy' | 'en'; full: boolean } | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  let i = MONTHS_EN.indexOf(w);
  if (i >= 0) return { m: i + 1, lang: 'en', full: true };
  if (w !== 'may') i = w === 'sept' ? 8 : ABBR_EN.indexOf(w);
  if (i >= 0) return { m: i + 1, lang: 'en', full: false };
  for (const form of [w, ...demutations(w).map((d) => d.radical)]) {
    i = MONTHS_CY.indexOf(form);
    if (i >= 0) return { m: i + 1, lang: 'cy', full: true };
    i = ABBR_CY.indexOf(form);
    if (i >= 0) return { m: i + 1, lang: 'cy', full: false };
  }
  return undefined;
}

const MONTH = String.raw`\p{L}{3,10}\.?`;
// "am" before a Welsh word is the preposition, not a time: "plant dan 12 am ddim" (children under 12 free).
const WELSH_AM = String.raw`(?![ \u00A0]+(?:ddim|y|yr|ei|eu|fy|dy|ein|eich|hyn|hynny|byth|fwy|ragor|wybodaeth|gyfnod|flwyddyn|fis|wythnos|ddiwrnod|awr|oriau|funud|gymorth|gyfle)(?![\p{L}]))`;
const SUFFIX = String.raw`(?:(?<ord>st|nd|rd|th|af|il|ydd|edd|ed|fed|ain|eg)(?!\p{L})|\s?(?<time>a\.m\.|p\.m\.|am(?![\p{L}])${WELSH_AM}|pm|yb|yh|yp|y\.b\.|y\.h\.|y\.p\.)(?![\p{L}])|\s?(?<size>kb|mb|gb|bytes)(?!\p{L}))`;
const TOKEN = new RegExp(
  // The start boundary is tested after the token (boundaryAfter): the same tokens, scanned faster.
  boundaryAfter(String.raw`(?<![\p{L}\p{N}.,:/])`,
    // 27/02/2026, 27.02.26, 2026-02-27
    String.raw`(?<d1>\p{Nd}{1,4})(?<sep>[/.-])(?<d2>\p{Nd}{1,2})\k<sep>(?<d3>\p{Nd}{2,4})(?![\p{N}])` +
    // February 27(th), 2026; Medi'r 15fed (the 15th of September)
    String.raw`|(?<mon>${MONTH})(?:['’]r)?\s+(?<mday>\p{Nd}{1,2})(?:st|nd|rd|th|af|il|ydd|edd|ed|fed|ain|eg)?(?![\p{L}\p{N}])(?:,?\s+(?<myear>\p{Nd}{4})(?!\p{N}))?` +
    // 20/15 (a reference), 1,000, 8.30, 14:00, 9am, 5ed, 267KB; then "o Chwefror 2026", "of May"
    String.raw`|(?<num>\p{Nd}+(?:[.,:]\p{Nd}+)*)(?:/(?<ref>\p{Nd}+))?${SUFFIX}?` +
    String.raw`(?:\s+(?:of\s+|o\s+)?(?<month>${MONTH})(?:\s+(?<year>\p{Nd}{4})(?!\p{N}))?)?`,
  ),
  'giu',
);

const CY_SUFFIX = /^(?:af|il|ydd|edd|ed|fed|ain|eg|yb|yh|yp|y\.b\.|y\.h\.|y\.p\.)$/i;
const PM = /^(?:pm|p\.m\.|yh|yp|y\.h\.|y\.p\.)$/i;
/**
 * Only space, a bullet or an opening bracket before a list's number on its line or in its table
 * cell (a bilingual notice laid out "Cymraeg | English"), and ". " or ") " after it.
 */
const ENUMERATOR_BEFORE = /(?:^|\|)[ \t\u00A0•*·-]*\(?$/;
const ENUMERATOR_AFTER = /^[.)][ \t\u00A0]/;
// Past participles only, in both languages: a page's "Updated: 3 May" or "Diweddarwyd: 3 Mai" is
// furniture, but an "Update 11pm: …" or "Diweddariad 11yh: …" post is content (drafts-blind16).
const FURNITURE = /(?:published|updated|posted|modified|cyhoeddwyd|diweddarwyd)\b[^\n]{0,24}$/i;

function dateKeys(day: number, m: number, year?: number): string[] {
  if (!(day >= 1 && day <= 31 && m >= 1 && m <= 12)) return [];
  // Day and month, and the year when given: never the day or the year alone, which would let
  // "28/03/2026" pass for any 28 or 2026 in the other language.
  const keys = [`d${day}-${m}`];
  if (year !== undefined) keys.push(`d${day}-${m}-${year < 100 ? 2000 + year : year}`);
  return keys;
}

/** Keys of a clock reading h:mm; `bare` (no am/pm) may be either half of the day. */
function timeKeys(h: number, mm: string, suffix: string | undefined): string[] {
  const pad = (n: number) => `${String(n).padStart(2, '0')}:${mm}`;
  if (suffix !== undefined) {
    if (h > 12) return h < 24 ? [pad(h)] : [];
    return [pad((h % 12) + (PM.test(suffix) ? 12 : 0))];
  }
  if (h >= 24) return [];
  return h >= 1 && h <= 12 ? [pad(h), pad((h % 12) + 12)] : [pad(h)];
}

const ND = /\p{Nd}/u;
/** Whether text[from, to) holds a decimal digit of any script (ASCII by a loop, the rest by one test). */
function hasDigitIn(text: string, from: number, to: number): boolean {
  let other = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127) other = true;
  }
  return other && ND.test(text.slice(from, to));
}

/** Digits-based items of `text` in [from, to). Offsets are offsets into `text`. */
export function numberItems(text: string, from = 0, to = text.length): NumberItem[] {
  const out: NumberItem[] = [];
  // Every item holds a digit: text with none (a third of posts) needs no scan, which would
  // otherwise try a month name at every word.
  if (!hasDigitIn(text, from, to)) return out;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const g = m.groups!;
    const item: NumberItem = { start: m.index, end: m.index + m[0].length, keys: [] };
    if (g.d1) {
      const [a, b, c] = [Number(g.d1), Number(g.d2), Number(g.d3)];
      item.keys = g.d1.length === 4 ? dateKeys(c, b, a) : dateKeys(a, b, c);
      if (!item.keys.length) item.keys = [m[0]];
      else item.also = g.d1.length === 4 ? [String(c), g.d1] : [String(a), String(c < 100 ? 2000 + c : c)];
    } else if (g.mon) {
      const mo = month(g.mon);
      // "nos Fawrth 17 Tachwedd": the word before the day is Tuesday; the month comes after.
      const after = g.myear ? null : /^\s+(?:of\s+|o\s+)?(\p{L}{3,10})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20));
      // "in September. 28 pupils …": a month's whole name before a full stop ends a sentence (an
      // abbreviation's stop, "Sept. 28", does not).
      if (!mo || (after && month(after[1]!)) || (mo.full && g.mon.endsWith('.'))) {
        // Not a month ("Room 12"): only the number, found on the next pass from it.
        TOKEN.lastIndex = m.index + g.mon.length;
        continue;
      }
      item.keys = dateKeys(Number(g.mday), mo.m, g.myear ? Number(g.myear) : undefined);
      item.also = [String(Number(g.mday)), ...(g.myear ? [g.myear] : [])];
      item.lang = mo.lang;
    } else {
      const num = g.num!;
      const mo = g.month ? month(g.month) : undefined;
      // "12 schools", "o 1538 hyd 1900" (until: no month after a number that is no day): the
      // word is not part of the item, and what follows it is read on its own.
      if (g.month && (!mo || !/^\p{Nd}{1,2}$/u.test(num))) {
        item.end = m.index + m[0].slice(0, m[0].lastIndexOf(g.month)).trimEnd().length;
        TOKEN.lastIndex = item.end;
      }
      const suffix = g.time ?? g.ord;
      if (suffix) item.lang = CY_SUFFIX.test(suffix) ? 'cy' : 'en';
      if (g.size) item.ignore = true;
      if (mo && /^\d{1,2}$/.test(num) && !g.time) {
        item.keys = dateKeys(Number(num), mo.m, g.year ? Number(g.year) : undefined);
        item.also = [String(Number(num)), ...(g.year ? [g.year] : [])];
        item.lang = mo.lang;
        if (!item.keys.length) item.keys = [num];
      } else if (g.ref) {
        const [a, b] = [Number(num), Number(g.ref)];
        item.keys = [`${num}/${g.ref}`, ...dateKeys(a, b).slice(0, 1)];
      } else {
        const clock = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(num);
        if (clock && (g.time || num.includes(':') || clock[2])) item.keys = timeKeys(Number(clock[1]), clock[2] ?? '00', g.time);
        const plain = num.replace(/,(?=\d{3}\b)/g, '');
        if (!g.time) item.keys.push(plain);
        else if (!item.keys.length) item.keys.push(plain);
        if (!g.time && clock && !clock[2] && Number(num) >= 1 && Number(num) <= 12) item.keys.push(...timeKeys(Number(num), '00', undefined));
      }
    }
    item.keys = [...new Set(item.keys)];
    // The inward part of a postcode ("LL11 1AY"): an address, not a number of the text.
    if (/^\d[A-Z]{2}(?![\p{L}\p{N}])/u.test(text.slice(item.start, item.start + 4)) && /[A-Z]{1,2}\d[A-Z\d]?[ \u00A0]?$/.test(text.slice(Math.max(0, item.start - 5), item.start))) {
      item.ignore = true;
    }
    // A list written with commas ("Years 3,4,5 and 6", "Blynyddoedd 3,4,5,6"), not a thousands
    // separator (groups of three digits): one item per number.
    const list = g.num && !g.ref && !(g.month && month(g.month)) && !g.time && /^\d+(?:,\d+)+$/.test(g.num) && !/^\d{1,3}(?:,\d{3})+$/.test(g.num);
    if (list) {
      let at = item.start;
      for (const part of g.num!.split(',')) {
        out.push({ start: at, end: at + part.length, keys: [String(Number(part))] });
        at += part.length + 1;
      }
      continue;
    }
    // FURNITURE reads at most a label and 24 characters before the number: look back only so far
    // (a search back to the line's start would make a long line of numbers quadratic).
    const before = text.slice(Math.max(0, item.start - 64), item.start).split('\n').pop()!;
    if (FURNITURE.test(before)) item.ignore = true;
    // A list's numbering ("1. Elections are to be held", "(2) The number of councillors"): the
    // order of the points, not a fact of the text; a translation may number them or not.
    if (g.num && /^\d{1,2}$/.test(g.num) && !g.ref && !g.time && !g.ord && item.end - item.start === g.num.length && ENUMERATOR_BEFORE.test(before) && ENUMERATOR_AFTER.test(text.slice(item.end, item.end + 2))) item.ignore = true;
    out.push(item);
  }
  return out;
}

// ------------------------------------------------------------ Welsh number words

/** Radical forms and values; mutated forms are found through `demutations`. */
const UNITS: Record<string, number> = { un: 1, dau: 2, dwy: 2, tri: 3, tair: 3, pedwar: 4, pedair: 4, pump: 5, pum: 5, chwech: 6, chwe: 6, saith: 7, wyth: 8, naw: 9 };
const WHOLE: Record<string, number> = {
  deg: 10, deng: 10, deuddeg: 12, deuddeng: 12, pymtheg: 15, pymtheng: 15, deunaw: 18, ugain: 20, deugain: 40, trigain: 60,
  cant: 100, can: 100, mil: 1000, miliwn: 1_000_000,
  cyntaf: 1, ail: 2, trydydd: 3, trydedd: 3, pedwerydd: 4, pedwaredd: 4, pumed: 5, chweched: 6, seithfed: 7, wythfed: 8,
  nawfed: 9, degfed: 10, unfed: 1, deuddegfed: 12, pymthegfed: 15, deunawfed: 18, ugeinfed: 20,
};
/** Common words that a mutation would otherwise read as a number ("gan" is not "cant", "ei hun" not "un"). */
const NOT_NUMBERS = new Set(['gan', 'hun']);

/** Every form of every number word, mutated or not, with its value (so a word is one lookup). */
let FORMS: Map<string, { n: number; unit: boolean }> | undefined;

function value(word: string): { n: number; unit: boolean } | undefined {
  if (NOT_NUMBERS.has(word)) return undefined;
  if (!FORMS) {
    FORMS = new Map();
    for (const [table, unit] of [[WHOLE, false], [UNITS, true]] as const) for (const [w, n] of Object.entries(table)) FORMS.set(w, { n, unit });
  }
  // The longest number word, mutated ("mhymthegfed"), has 11 letters: a longer word is none.
  const direct = FORMS.get(word);
  if (direct) return direct;
  if (word.length > 11) return undefined;
  for (const d of demutations(word)) {
    const found = FORMS.get(d.radical);
    if (found) return found;
  }
  return undefined;
}

const WORD = /\p{L}+(?:['’]\p{L}+)?/gu;
/** A fortnight, mutated or not ("am bythefnos", "ymhen pythefnos"). */
const FORTNIGHT = new Set(['pythefnos', 'bythefnos', 'mhythefnos', 'phythefnos']);
const word = (w: string) => w.toLowerCase().replace('’', "'");

/**
 * Numbers written as Welsh words in `text` [from, to): "tri", "dri", "ddeg", "ugain",
 * compounds "pedwar ar ddeg" (14), "un ar bymtheg" (16), "pump ar hugain" (25), "dau ddeg
 * pump" (25), "dau gant" (200), "tair mil" (3000), and "hanner dydd" / "canol dydd" (12:00),
 * "hanner nos" (00:00), "hanner awr" (30 minutes) and "chwarter awr" (15). Each is one item with
 * the value as its key.
 */
export function welshNumberWords(text: string, from = 0, to = text.length): NumberItem[] {
  const words: Array<{ w: string; start: number; end: number }> = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) words.push({ w: word(m[0]), start: m.index, end: m.index + m[0].length });
  const out: NumberItem[] = [];
  for (let i = 0; i < words.length; i++) {
    const here = words[i]!;
    const next = words[i + 1]?.w;
    // "pythefnos" (a fortnight) is the English "2 weeks" or "14 days".
    if (FORTNIGHT.has(here.w)) {
      out.push({ start: here.start, end: here.end, keys: ['2', '14'], lang: 'cy' });
      continue;
    }
    // "hanner awr" (half an hour) is the English "30 minutes"; "chwarter awr" 15.
    if ((here.w === 'hanner' || here.w === 'chwarter') && next === 'awr') {
      out.push({ start: here.start, end: words[i + 1]!.end, keys: here.w === 'hanner' ? ['30'] : ['15'], lang: 'cy' });
      i++;
      continue;
    }
    if ((here.w === 'hanner' || here.w === 'ganol' || here.w === 'canol') && (next === 'dydd' || next === 'nos')) {
      out.push({ start: here.start, end: words[i + 1]!.end, keys: next === 'dydd' ? ['12:00', '12'] : ['00:00', '24:00', '12'], lang: 'cy' });
      i++;
      continue;
    }
    const v = value(here.w);
    if (!v) continue;
    let n = v.n;
    let j = i;
    // The next word, when only spaces separate it from word k - 1 (a comma ends a number).
    const at = (k: number) => (words[k] && /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) ? words[k]!.w : undefined);
    // unit + deg (tens), then an optional unit: "dau ddeg pump"
    if (v.unit && value(at(j + 1) ?? '')?.n === 10 && /^(?:deg|ddeg|deng|ddeng)$/.test(at(j + 1)!)) {
      n = v.n * 10;
      j++;
      const u = value(at(j + 1) ?? '');
      if (u?.unit) { n += u.n; j++; }
    } else if (v.unit && at(j + 1) && /^(?:cant|gant|chant|can|mil|fil)$/.test(at(j + 1)!)) {
      n = v.n * value(at(j + 1)!)!.n;
      j++;
    }
    // The noun may stand inside the number: "pedwar diwrnod ar ddeg" (14 days), "un mis ar bymtheg".
    if (j === i && at(j + 1) && at(j + 2) === 'ar' && /^(?:ddeg|bymtheg|hugain)$/.test(at(j + 3) ?? '') && !value(at(j + 1)!)) j++;
    // "... ar ddeg" (+10), "... ar bymtheg" (+15), "... ar hugain" (+20), "... a deugain" (+40), "... a thrigain" (+60)
    for (;;) {
      const link = at(j + 1);
      const tens = at(j + 2);
      if (link === 'ar' && tens === 'ddeg') n += 10;
      else if (link === 'ar' && tens === 'bymtheg') n += 15;
      else if (link === 'ar' && tens === 'hugain') n += 20;
      else if (link === 'a' && tens === 'deugain') n += 40;
      else if (link === 'a' && tens === 'thrigain') n += 60;
      else break;
      j += 2;
    }
    const keys = [String(n)];
    // "deg o'r gloch" (ten o'clock)
    if (at(j + 1) === "o'r" && at(j + 2) === 'gloch') keys.push(...timeKeys(n, '00', undefined));
    out.push({ start: here.start, end: words[j]!.end, keys, lang: 'cy' });
    i = j;
  }
  return out;
}

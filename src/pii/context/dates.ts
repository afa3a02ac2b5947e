/**
 * Calendar dates in English and Welsh text, for `dp/date-of-birth`: numeric (23/11/1926,
 * 23.11.26, 1926-11-23) and written ("23 November 1926", "November 23rd, 1926",
 * "23ain o Dachwedd 1926", "23 Tachwedd"), with or without the year. Day and month are
 * checked (31/02 is not a date); times, money and references are not dates.
 */

const EN_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];
// Welsh months with their soft-mutated forms (after "o": o Dachwedd, o Fehefin).
const CY_MONTHS: Record<string, number> = {
  ionawr: 1, chwefror: 2, mawrth: 3, fawrth: 3, ebrill: 4, mai: 5, fai: 5, mehefin: 6, fehefin: 6,
  gorffennaf: 7, orffennaf: 7, awst: 8, medi: 9, fedi: 9, hydref: 10, tachwedd: 11, dachwedd: 11,
  rhagfyr: 12, ragfyr: 12,
};
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTH_WORDS = [
  ...EN_MONTHS,
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  ...Object.keys(CY_MONTHS),
].sort((a, b) => b.length - a.length);

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w in CY_MONTHS) return CY_MONTHS[w];
  const i = EN_MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === 'sept')));
  return i >= 0 ? i + 1 : undefined;
}

const MONTH = `(${MONTH_WORDS.join('|')})\\.?`;
// English ordinals and Welsh ones (1af, 2il, 3ydd, 4ydd, 5ed, 20fed, 23ain).
const ORD = '(?:st|nd|rd|th|af|il|ydd|edd|ed|fed|ain|eg)?';
const YEAR = '(\\d{4}|\'\\d{2})';
const B = '(?<![\\p{L}\\p{N}_/.-])';
const E = '(?![\\p{L}\\p{N}_]|[/.-]\\d)';

/** One pass: numeric d/m/y, ISO y-m-d, "23 November 1926", "November 23, 1926" (groups by form). */
export const DATE = new RegExp(
  [
    `${B}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})${E}`,
    `${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`,
    `${B}(\\d{1,2})${ORD}(?:[ \\u00A0]+(?:of|o))?[ \\u00A0]+${MONTH}(?:,?[ \\u00A0]+${YEAR})?${E}`,
    `${B}${MONTH}[ \\u00A0]+(\\d{1,2})${ORD},?(?:[ \\u00A0]+${YEAR})?${E}`,
  ].join('|'),
  'giu',
);

export interface DateHit { start: number; end: number; day: number; month: number; year?: number }

const validDay = (day: number, month: number) => month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1];

const fullYear = (y: string) => (y.startsWith("'") ? Number(y.slice(1)) : Number(y));

/** Every date in text[from, to). */
export function findDates(text: string, from: number, to: number): DateHit[] {
  const part = text.slice(from, to);
  const out: DateHit[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(part); m; m = DATE.exec(part)) {
    let day: number;
    let month: number | undefined;
    let year: number | undefined;
    if (m[1] !== undefined) {
      [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    } else if (m[5] !== undefined) {
      [year, month, day] = [Number(m[5]), Number(m[6]), Number(m[7])];
    } else if (m[8] !== undefined) {
      day = Number(m[8]);
      month = monthNumber(m[9]);
      year = m[10] !== undefined ? fullYear(m[10]) : undefined;
    } else {
      month = monthNumber(m[11]);
      day = Number(m[12]);
      year = m[13] !== undefined ? fullYear(m[13]) : undefined;
    }
    if (month === undefined || !validDay(day, month)) continue;
    out.push({ start: from + m.index, end: from + m.index + m[0].length, day, month, ...(year !== undefined ? { year } : {}) });
  }
  return out;
}

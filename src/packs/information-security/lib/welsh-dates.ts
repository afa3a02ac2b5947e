/**
 * Welsh dates and times as press notices write them ("00:01 DYDD IAU 3 RHAGFYR 2026",
 * "10yb, 3 Ragfyr"), by table: month names with their mutated forms (Fawrth, Ragfyr),
 * weekday names (Dydd Iau, ddydd Iau), "hanner nos" and "canol dydd". Numeric dates
 * (3/12/2026) are day first, as in the UK.
 */

const MONTHS: Record<string, number> = {
  ionawr: 1,
  chwefror: 2, gwefror: 2,
  mawrth: 3, fawrth: 3,
  ebrill: 4,
  mai: 5, fai: 5,
  mehefin: 6, fehefin: 6,
  gorffennaf: 7, orffennaf: 7, ngorffennaf: 7,
  awst: 8,
  medi: 9, fedi: 9,
  hydref: 10,
  tachwedd: 11, dachwedd: 11, nhachwedd: 11,
  rhagfyr: 12, ragfyr: 12,
};

const WEEKDAYS: Record<string, number> = { sul: 0, llun: 1, mawrth: 2, mercher: 3, iau: 4, gwener: 5, sadwrn: 6 };

export interface WhenParts { year?: number; month?: number; day?: number; weekday?: number; hour?: number; minute?: number; text: [number, number] }

const MONTH_NAMES = Object.keys(MONTHS).join('|');
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?\\s+(?:o\\s+(?:fis\\s+)?)?(${MONTH_NAMES})(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'iu');
const NUMERIC = /(?<![\p{N}])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\p{N}])/u;
const WEEKDAY = /(?<![\p{L}])(?:n?dd?ydd|nos)\s+(sul|llun|mawrth|mercher|iau|gwener|sadwrn)(?![\p{L}])/iu;
const TIME = /(?<![\p{N}])(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|yb|yh|yp|y\.b\.|y\.h\.|y\.p\.)?(?![\p{L}\p{N}])/iu;
const MIDNIGHT = /hanner\s+nos/iu;
const NOON = /(?:canol\s+dydd|hanner\s+dydd)/iu;

/**
 * The date and time in a Welsh text, or undefined when it names no Welsh month and no
 * numeric date (then it is left to the English parser). Times need a colon or dot, or an
 * am/pm marker, so that the day of the month is not read as an hour.
 */
export function parseWelshWhen(text: string): WhenParts | undefined {
  const dm = DAY_MONTH.exec(text);
  const num = dm ? null : NUMERIC.exec(text);
  if (!dm && !num) return undefined;
  const parts: WhenParts = { text: [0, 0] };
  let from = text.length;
  let to = 0;
  const cover = (at: number, length: number) => {
    from = Math.min(from, at);
    to = Math.max(to, at + length);
  };
  if (dm) {
    parts.day = Number(dm[1]);
    parts.month = MONTHS[dm[2].toLowerCase()];
    if (dm[3]) parts.year = Number(dm[3]);
    cover(dm.index, dm[0].length);
  } else if (num) {
    parts.day = Number(num[1]);
    parts.month = Number(num[2]);
    parts.year = num[3].length === 2 ? 2000 + Number(num[3]) : Number(num[3]);
    cover(num.index, num[0].length);
  }
  const wd = WEEKDAY.exec(text);
  if (wd) {
    parts.weekday = WEEKDAYS[wd[1].toLowerCase()];
    cover(wd.index, wd[0].length);
  }
  // A time: hh:mm or hh.mm, or an hour with am/pm (yb = y bore, yh/yp = yr hwyr / y prynhawn).
  const dateSpan = dm ?? num!;
  const rest = text.slice(0, dateSpan.index) + ' '.repeat(dateSpan[0].length) + text.slice(dateSpan.index + dateSpan[0].length);
  const re = new RegExp(TIME.source, 'giu');
  for (let t = re.exec(rest); t; t = re.exec(rest)) {
    if (t[2] === undefined && t[3] === undefined) continue;
    let hour = Number(t[1]);
    const marker = t[3]?.toLowerCase().replace(/\./g, '');
    if (marker && ['pm', 'yh', 'yp'].includes(marker) && hour < 12) hour += 12;
    if (marker && ['am', 'yb'].includes(marker) && hour === 12) hour = 0;
    if (hour > 23 || Number(t[2] ?? 0) > 59) continue;
    parts.hour = hour;
    parts.minute = Number(t[2] ?? 0);
    cover(t.index, t[0].length);
    break;
  }
  if (parts.hour === undefined) {
    const special = MIDNIGHT.exec(text) ?? NOON.exec(text);
    if (special) {
      parts.hour = MIDNIGHT.test(special[0]) ? 0 : 12;
      parts.minute = 0;
      cover(special.index, special[0].length);
    }
  }
  parts.text = [from, to];
  return parts;
}

/** Whether a text names a Welsh month or weekday (so the Welsh parser should read it). */
export const looksWelsh = (text: string) => DAY_MONTH.test(text) || WEEKDAY.test(text);

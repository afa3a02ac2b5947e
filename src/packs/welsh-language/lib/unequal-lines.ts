/**
 * The lines of a bilingual post whose values belong to both languages (welsh/unequal-content):
 * labelled lines ("Bore / Morning: 9.00–12.00"), titles of both languages on one line, lines
 * split by " / ", and tables under a heading of both languages. Every look-up reads within
 * LINE_REACH of the item (lineNear), so a long one-line post stays linear.
 */
import { lineNear } from '../../../model/index.js';

/** A line's two labels, then its value: "Bore / Morning: 9.00–12.00" gives the times in both languages. */
export const LABELLED = /^[ \t\u00A0]*[^\n:/]{1,40}[ \u00A0]+\/[ \u00A0]+[^\n:/]{1,40}:[ \u00A0]*$/u;
// Lines found within LINE_REACH of the item (lineNear): a 5 MB post on one line is then read in
// time proportional to its length, not its square.
const lineBefore = (text: string, at: number) => text.slice(lineNear(text, at)[0], at);
/** A short line of both languages split by a slash, with no sentence in it: "Yr Hydref/ Autumn". */
export const TITLE_PAIR = /^(?=[^.!?\n]{3,100}$).*[\p{L}\p{N}][ \u00A0]*\/[ \u00A0]*\p{L}/u;
/** A line of two halves split by one " / ", each with a word and a hashtag or mention of its own. */
export const bilingualLine = (line: string) => {
  const halves = line.split(' / ');
  return halves.length === 2 && halves.every((h) => /\p{L}{3}/u.test(h) && /[#@][\p{L}\p{N}_]/u.test(h));
};
/** A number written in both halves of a line split by one " / " ("Rhestr Fer 2021 / Countdown 2021"). */
export const inBothHalves = (line: string, value: string) => {
  const halves = line.split(' / ');
  return halves.length === 2 && halves.every((h) => h.includes(value));
};
/** A line of two labels and only numbers after them, with no colon: "Blynyddoedd / Years 4 &5". */
const LABELLED_NUMBERS = /^[ \t\u00A0]*[^\n:/\d]{1,40}[ \u00A0]+\/[ \u00A0]+\p{L}[\p{L}'’ \u00A0]{0,30}?[ \u00A0]+\d[\d&,.\s–-]*$/u;
export const lineOf = (text: string, at: number) => text.slice(...lineNear(text, at));
const LABELLED_LINE = /^[ \t\u00A0]*[^\n:/]{1,40}[ \u00A0]+\/[ \u00A0]+[^\n:/]{1,40}:(?=[^\n]*\S)/gmu;
/** The values of labelled lines, as [start, end) offsets: from after the colon to the end of the line. */
export function labelledValues(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!text.includes(':')) return out;
  for (const m of text.matchAll(LABELLED_LINE)) {
    const start = m.index! + m[0].length;
    const end = text.indexOf('\n', start);
    out.push([start, end < 0 ? text.length : end]);
  }
  return out;
}

/** The clause before `at` on its line: after the last sentence's end ("… (Independent). Turnout / Nifer: 44.2%"). */
function clauseBefore(text: string, at: number): string {
  const before = lineBefore(text, at);
  const stop = /[.;!?][ \u00A0]+(?=[^.;!?]*$)/.exec(before);
  return stop ? before.slice(stop.index + stop[0].length) : before;
}

/** How many lines above a table row its heading may be ("Nifer y pleidleisiau / Votes:", then one row per candidate). */
const TABLE_ROWS = 40;
const ROW = /^[ \t\u00A0]*[^\n:]{1,120}:[ \u00A0]*\S/u;

/**
 * A table under a heading of both languages ("Nifer y pleidleisiau / Votes:" on its own line,
 * then "Rhian Bowen (Plaid Cymru – The Party of Wales): 612"): every row, up to a blank line,
 * is a label and its value, and each value is both languages'.
 */
function underBilingualHeading(text: string, at: number, line: string): boolean {
  if (!ROW.test(line)) return false;
  let [start] = lineNear(text, at);
  for (let i = 0; i < TABLE_ROWS && start > 0; i++) {
    const [from, to] = lineNear(text, start - 1);
    const above = text.slice(from, to);
    if (!above.trim()) return false;
    if (LABELLED.test(above)) return true;
    if (!ROW.test(above)) return false;
    start = from;
  }
  return false;
}

/**
 * Whether a number is given for both languages by its line: after two labels and a colon (in
 * the line's last clause), on a line of two labels and numbers only, or in a table under a
 * heading of both languages.
 */
export function labelledNumber(text: string, at: number, line: string): boolean {
  return LABELLED.test(clauseBefore(text, at)) || LABELLED_NUMBERS.test(line) || underBilingualHeading(text, at, line);
}

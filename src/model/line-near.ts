/**
 * How far from an offset detectors look for the ends of its line. A detector reads the words
 * around a match, never a whole long line: searching back and forward for line breaks from
 * every match made a long one-line text (a pasted table, 1 MB of prose) quadratic.
 */
export const LINE_REACH = 2000;

/**
 * [start, end) of the line holding `at`, without its line break, but at most `reach`
 * characters either side: a longer line is cut there, as if it broke.
 */
export function lineNear(text: string, at: number, reach = LINE_REACH): [number, number] {
  const low = Math.max(0, at - reach);
  const back = text.slice(low, at).lastIndexOf('\n');
  const start = back < 0 ? low : low + back + 1;
  const high = Math.min(text.length, at + reach);
  const ahead = text.slice(at, high).indexOf('\n');
  let end = ahead < 0 ? high : at + ahead;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return [start, end];
}

/** The offset just after the last `char` before `at`, looking back at most `reach` characters (`at - reach` if none). */
export function afterLast(text: string, char: string, at: number, reach = LINE_REACH): number {
  const low = Math.max(0, at - reach);
  const i = text.slice(low, at).lastIndexOf(char);
  return i < 0 ? low : low + i + 1;
}

/** The offset of the first `char` at or after `at`, looking ahead at most `reach` characters (`at + reach`, or the end, if none). */
export function nextOf(text: string, char: string, at: number, reach = LINE_REACH): number {
  const high = Math.min(text.length, at + reach);
  const i = text.slice(at, high).indexOf(char);
  return i < 0 ? high : at + i;
}

/**
 * Sentence bounds around an offset, for the "same sentence" tests of the context rules.
 * A sentence ends at a line break, or at . ! ? … ; followed by a space, a closing quote or
 * the end, except after an abbreviation that takes a full stop ("Mr.", "Dr.", "Cyng.", "St.").
 * Posts are short, so the scan is local: at most `limit` characters each way.
 */
import { lineNear } from '../../model/index.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'parch', 'st', 'cllr', 'cyng', 'no', 'rhif', 'ref', 'tel',
  'ffôn', 'rd', 'ave', 'approx', 'etc', 'e.g', 'i.e', 'ltd', 'cyf', 'yr', 'mt', 'jr', 'snr', 'jnr', 'd.o.b', 'dob', 'ref', 'ymm', 'oed', 'bl',
]);

const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\t' || c === '\u00A0';
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);

/** Whether the character at `i` ends a sentence (not the full stop of "Cyng." or "Mr."). */
export function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n' || c === '\r') return true;
  if (c !== '.' && c !== '!' && c !== '?' && c !== '…' && c !== ';') return false;
  let j = i + 1;
  while (CLOSERS.has(text[j])) j++;
  if (!(j >= text.length || isSpace(text[j]) || text[j] === '\n' || text[j] === '\r')) return false;
  if (c !== '.') return true;
  // The word before the full stop: an abbreviation or a single initial does not end a sentence.
  let k = i - 1;
  while (k >= 0 && /[\p{L}.]/u.test(text[k])) k--;
  const word = text.slice(k + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word)) return false;
  return !(word.length === 1 && /\p{Lu}/u.test(text[i - 1]));
}

/** [start, end) of the sentence holding offset `at`, leading spaces excluded. */
export function sentenceAt(text: string, at: number, limit = 400): [number, number] {
  let start = at;
  const low = Math.max(0, at - limit);
  while (start > low && !endsSentence(text, start - 1)) start--;
  while (start < at && /\s/.test(text[start])) start++;
  let end = at;
  const high = Math.min(text.length, at + limit);
  while (end < high && !endsSentence(text, end)) end++;
  if (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return [start, end];
}

/**
 * The sentence before offset `at`, back across white space holding at most `maxBreaks` line
 * breaks (1: the same paragraph; 2: the end of the paragraph before too): its [start, end), the
 * offset of its last character and the breaks crossed; undefined at the text's start or past
 * more breaks.
 */
export function sentenceBefore(text: string, at: number, maxBreaks: number): { start: number; end: number; last: number; breaks: number } | undefined {
  let j = at - 1;
  let breaks = 0;
  while (j >= 0 && /\s/.test(text[j]!)) {
    if (text[j] === '\n') breaks++;
    j--;
  }
  if (j < 0 || breaks > maxBreaks) return undefined;
  const [start, end] = sentenceAt(text, j);
  return { start, end: Math.max(end, j + 1), last: j, breaks };
}

/** [start, end) of the line holding offset `at` (no line break), at most LINE_REACH either side. */
export const lineAt = (text: string, at: number): [number, number] => lineNear(text, at);

/**
 * Whether offset `at` begins its sentence: only spaces, opening quotes, list markers or
 * emoji lie between it and the sentence start (capitals there prove nothing).
 */
export function atSentenceStart(text: string, sentenceStart: number, at: number): boolean {
  for (let i = sentenceStart; i < at; i++) {
    if (/[\p{L}\p{N}]/u.test(text[i])) return false;
  }
  return true;
}

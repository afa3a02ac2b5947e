import { LineIndex } from '../model/index.js';
import type { Fix, Match, PostDocument, RuleFix } from '../model/index.js';

/**
 * The fix of one match (DESIGN §5): the detector's own, else the rule's `fix:` — remove the
 * match (with one space beside it, so no double space is left), remove its whole line, put in
 * its first suggestion, or replace it with a text whose {placeholders} are filled from the
 * match. Offsets are into the document's text (the file). Undefined when there is none, or
 * when the match is empty or in the front matter (a fix there could break the YAML).
 */
/**
 * The fix of a match (its own, or the rule's kind of fix). `lines`, the document's line index,
 * finds the ends of a match's line without searching a long line from every match.
 */
export function fixFor(spec: RuleFix | undefined, match: Match, doc: PostDocument, data: Record<string, string>, lines = new LineIndex(doc.text)): Fix | undefined {
  if (match.fix) return match.fix.start >= doc.bodyStart ? match.fix : undefined;
  if (!spec || match.end <= match.start || match.start < doc.bodyStart) return undefined;
  const text = doc.text;
  if (spec === 'remove') {
    let { start, end } = match;
    // A removed sentence takes its full stop with it: "Road closed. Welsh to follow." loses
    // "Welsh to follow.", not leaving "Road closed..".
    const line = lines.position(start).line;
    const lineStart = lines.lineStart(line);
    const before = text.slice(lineStart, start).trimEnd();
    if (/^[.!?]$/.test(text[end] ?? '') && (before === '' || /[.!?:;/|–-]$/.test(before))) end++;
    const next = lines.lineStart(line + 1);
    const newline = next > end && next <= text.length && text[next - 1] === '\n' ? next - 1 : text.indexOf('\n', end);
    const lineEnd = newline === -1 ? text.length : newline;
    const after = text.slice(end, lineEnd);
    // The match was the whole line: the line goes, not leaving an empty one.
    if (before === '' && after.trim() === '') return { start: lineStart, end: newline === -1 ? lineEnd : newline + 1, text: '' };
    // It was one side of a bilingual line: the separator goes too ("Ffordd ar gau / Welsh: TBC"
    // leaves "Ffordd ar gau", "Welsh to follow | Road closed" leaves "Road closed").
    const trailing = after.trim() === '' ? /[ \t]*[/|–—-][ \t]*$/.exec(text.slice(lineStart, start)) : null;
    if (trailing && trailing.index > 0) return { start: lineStart + trailing.index, end, text: '' };
    const leading = before === '' ? /^[ \t]*[/|–—-][ \t]+/.exec(after) : null;
    if (leading) return { start, end: end + leading[0].length, text: '' };
    // It opened a sentence that goes on ("Lorem ipsum dolor sit amet"): removing it would leave
    // a fragment that no rule reports, so there is no safe fix; a person rewrites the sentence.
    if ((before === '' || /[.!?]$/.test(before)) && /^[ \t]*\p{Ll}/u.test(after)) return undefined;
    if (text[end] === ' ') end++;
    else if (text[start - 1] === ' ') start--;
    return { start, end, text: '' };
  }
  if (spec === 'remove-line') {
    const start = lines.lineStart(lines.position(match.start).line);
    const next = text.indexOf('\n', match.end);
    return { start, end: next === -1 ? text.length : next + 1, text: '' };
  }
  if (spec === 'suggestion') {
    const suggestion = match.suggestions?.[0];
    return suggestion === undefined ? undefined : { start: match.start, end: match.end, text: suggestion };
  }
  const filled = spec.replace.replace(/\{(\w[\w-]*)\}/g, (whole, key: string) => (key === 'match' ? text.slice(match.start, match.end) : (data[key] ?? whole)));
  return { start: match.start, end: match.end, text: filled };
}

export interface Applied {
  text: string;
  /** How many fixes were applied, and how many left out because they overlapped one applied before them. */
  applied: number;
  overlapping: number;
}

/**
 * Applies non-overlapping fixes in order of position (the first of two that overlap or touch
 * wins; the other is left for the next pass, after the text is checked again), as ESLint does:
 * two removals side by side are then each judged on the text the other left.
 */
export function applyFixes(text: string, fixes: Array<{ range: [number, number]; text: string }>): Applied {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  let touched = false;
  let applied = 0;
  let overlapping = 0;
  let last: { range: [number, number]; text: string } | undefined;
  for (const f of sorted) {
    const [start, end] = f.range;
    if (last && start === last.range[0] && end === last.range[1] && f.text === last.text) continue; // the same fix from two rules
    if (start < cursor || (touched && start === cursor) || end > text.length || start > end) {
      overlapping++;
      continue;
    }
    out += text.slice(cursor, start) + f.text;
    cursor = end;
    touched = true;
    applied++;
    last = f;
  }
  return { text: out + text.slice(cursor), applied, overlapping };
}

/** What `--fix-personal-data` puts where personal data was: brackets, so it reads as an edit. */
export const PERSONAL_DATA_PLACEHOLDER = { en: '[removed]', cy: "[wedi'i dynnu]" } as const;

// Common words that say which language a line is in (no other language knowledge: the engine
// stays small); a line with more Welsh ones than English gets the Welsh placeholder.
const WELSH_WORDS = new Set(['a', 'ac', 'am', 'ar', 'at', 'bydd', 'cafodd', 'chi', 'cyfeiriad', 'cyfrinair', 'cysylltwch', 'diolch', 'dim', 'e-bostiwch', 'ei', 'eich', 'ein', 'enw', 'eu', 'fe', 'ffoniwch', 'ffôn', 'fy', 'gan', 'ganwyd', 'gyda', 'heddiw', 'hefyd', 'hi', 'i', 'mae', 'neu', 'ni', 'o', 'oed', 'ond', 'os', 'rhif', 'sydd', 'trwydded', 'wedi', 'y', 'yma', 'yn', 'yng', 'ym', 'yr', 'yw', "i'r", "a'r", "o'r", "mae'r", "gyda'r"]);
const ENGLISH_WORDS = new Set(['a', 'an', 'and', 'at', 'call', 'contact', 'email', 'for', 'from', 'has', 'in', 'is', 'of', 'on', 'or', 'our', 'the', 'to', 'was', 'will', 'with', 'your', 'phone', 'number', 'address', 'by']);

/** The placeholder's language: that of the words around the match, English unless Welsh ones outnumber them. */
const WORD = /[\p{L}'’-]+/gu;

export function placeholderLanguage(line: string): 'en' | 'cy' {
  let welsh = 0;
  let english = 0;
  const lower = line.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m; m = WORD.exec(lower)) {
    const word = m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0];
    if (WELSH_WORDS.has(word)) welsh++;
    if (ENGLISH_WORDS.has(word)) english++;
  }
  return welsh > english ? 'cy' : 'en';
}

/** Characters read either side of a match to tell the language of its placeholder. */
const WINDOW = 200;

/**
 * The opt-in fix of a match that is personal data (the detector says so, or the rule is
 * `sensitive: true`): the match replaced by a placeholder in the language of the text it is in,
 * "[removed]" or "[wedi'i dynnu]": by the language identifier's segment when the run gives
 * `languageAt`, else by the words of its line (of its side of a bilingual line). Undefined for
 * an empty match, one in the front matter, or a match that already is a placeholder.
 */
export function personalDataFix(match: Match, doc: PostDocument, languageAt?: (doc: PostDocument, offset: number) => 'cy' | 'en' | undefined): Fix | undefined {
  if (match.end <= match.start || match.start < doc.bodyStart) return undefined;
  const text = doc.text;
  const raw = text.slice(match.start, match.end);
  if (raw === PERSONAL_DATA_PLACEHOLDER.en || raw === PERSONAL_DATA_PLACEHOLDER.cy) return undefined;
  // The language identifier's segment the match is in, when the run gives one and it can tell.
  const identified = languageAt?.(doc, match.start);
  if (identified) return { start: match.start, end: match.end, text: PERSONAL_DATA_PLACEHOLDER[identified] };
  // The words around the match on its line, at most WINDOW characters either side: a bound
  // that keeps a long line with many findings linear (each finding reads only its window).
  const from = Math.max(doc.bodyStart, match.start - WINDOW);
  const head = text.slice(from, match.start).split('\n').pop()!;
  const tail = text.slice(match.end, Math.min(text.length, match.end + WINDOW)).split('\n')[0];
  // On a bilingual line ("Ffoniwch ... / Call ..."), the side the match is on.
  const side = head.split(/\s[/|]\s/).pop()! + raw + tail.split(/\s[/|]\s/)[0];
  return { start: match.start, end: match.end, text: PERSONAL_DATA_PLACEHOLDER[placeholderLanguage(side)] };
}

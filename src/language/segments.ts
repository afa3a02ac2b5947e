/**
 * Split a post into language segments: paragraphs (blank lines), then lines and halves
 * of one-line bilingual posts (" / " or " | "), then sentences where a piece still holds
 * both languages. Pure functions, no I/O.
 */
import { identifyLanguage, type LanguageLabel, type LanguageResult } from './identify.js';

export interface LanguageSegment {
  /** Absolute offset of the first character (offset + index in the text). */
  start: number;
  /** Absolute offset just past the last character. */
  end: number;
  text: string;
  lang: LanguageLabel;
}

export interface LanguageSummary {
  hasWelsh: boolean;
  hasEnglish: boolean;
  /** Language of the first segment labelled 'cy' or 'en'. */
  first: 'cy' | 'en' | null;
  /** Characters in Welsh segments (half of each 'mixed' segment). */
  welshChars: number;
  /** Characters in English segments (half of each 'mixed' segment). */
  englishChars: number;
}

interface Piece {
  start: number; // index in text
  end: number;
  lang: LanguageLabel;
}

/**
 * " / ", " | " and spaced dashes between the halves of a one-line bilingual post. A dash
 * inside one language's sentence ("Road closed - use the diversion") splits it too, but the
 * pieces have the same language and are merged again.
 */
const HALF_SEPARATOR = /[ \t\u00a0]+(?:[/|\uff5c]|[-\u2013\u2014])[ \t\u00a0]+/g;
/** End of a sentence: . ! ? … (with closing quotes or brackets) or emoji, then white space. */
const SENTENCE_END = /(?:[.!?\u2026]+["'\u2019\u201d)\]]*|\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\p{Emoji_Modifier}]*)[ \t\u00a0]+/gu;
/** Points of the weaker language above which a multi-sentence piece is split into sentences. */
const SPLIT_MIN = 3;

function isSpaceCode(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b || c === 0x2028 || c === 0x2029;
}

/** Trim [start, end) of text; returns null when nothing is left. */
function trimRange(text: string, start: number, end: number): [number, number] | null {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

/** Split [start, end) at every match of a global regex; the separators are dropped. */
function splitRange(text: string, start: number, end: number, re: RegExp, keepSeparator: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(start, end);
  re.lastIndex = 0;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const cut = keepSeparator ? m.index + m[0].length : m.index;
    const r = trimRange(text, start + from, start + cut);
    if (r) out.push(r);
    from = m.index + m[0].length;
  }
  const r = trimRange(text, start + from, end);
  if (r) out.push(r);
  return out;
}

function label(text: string, start: number, end: number): LanguageResult {
  return identifyLanguage(text.slice(start, end));
}

/** Label the sentences of a piece; pieces with no evidence join a neighbour. */
function splitSentences(text: string, start: number, end: number, out: Piece[]): void {
  const ranges = splitRange(text, start, end, SENTENCE_END, true);
  const pieces: Piece[] = ranges.map(([s, e]) => ({ start: s, end: e, lang: label(text, s, e).lang }));
  // Hashtags, emoji, links and numbers between sentences go with the sentence before
  // them (or the next one, at the start).
  const kept: Piece[] = [];
  let pendingStart = -1;
  for (const p of pieces) {
    if (p.lang === 'unknown') {
      if (kept.length) kept[kept.length - 1].end = p.end;
      else if (pendingStart < 0) pendingStart = p.start;
      continue;
    }
    if (pendingStart >= 0) {
      p.start = pendingStart;
      pendingStart = -1;
    }
    kept.push(p);
  }
  if (!kept.length) {
    out.push({ start, end, lang: 'mixed' });
    return;
  }
  for (const p of kept) out.push(p);
}

/**
 * Split `text` into language segments with absolute offsets (`offset` + index), so that a
 * caller can map them back to line:column. Adjacent pieces of one paragraph with the same
 * label are merged; in a paragraph whose labelled pieces are all of one language, pieces
 * without evidence (a line of hashtags, a phone number) take that language.
 */
export function splitLanguageSegments(text: string, offset = 0): LanguageSegment[] {
  const segments: LanguageSegment[] = [];
  const n = text.length;
  let i = 0;
  const paragraph: Piece[] = [];
  while (i < n) {
    // Collect one paragraph: lines up to a blank line.
    paragraph.length = 0;
    let sawContent = false;
    while (i < n) {
      let lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) lineEnd = n;
      const line = trimRange(text, i, lineEnd);
      i = lineEnd + 1;
      if (!line) {
        if (sawContent) break;
        continue;
      }
      sawContent = true;
      for (const [s, e] of splitRange(text, line[0], line[1], HALF_SEPARATOR, false)) {
        const r = label(text, s, e);
        if (r.lang === 'mixed' || (Math.min(r.cy, r.en) >= SPLIT_MIN && hasSentenceEnd(text, s, e))) {
          splitSentences(text, s, e, paragraph);
        } else {
          paragraph.push({ start: s, end: e, lang: r.lang });
        }
      }
    }
    if (!paragraph.length) continue;
    // A paragraph in one language lends it to its pieces without evidence.
    let only: LanguageLabel | null = null;
    let single = true;
    for (const p of paragraph) {
      if (p.lang === 'unknown') continue;
      if (only === null) only = p.lang;
      else if (only !== p.lang) single = false;
    }
    if (single && (only === 'cy' || only === 'en')) {
      for (const p of paragraph) if (p.lang === 'unknown') p.lang = only;
    }
    // Merge neighbours with the same label.
    let cur: Piece = { ...paragraph[0] };
    for (let k = 1; k < paragraph.length; k++) {
      const p = paragraph[k];
      if (p.lang === cur.lang) cur.end = p.end;
      else {
        segments.push(toSegment(text, cur, offset));
        cur = { ...p };
      }
    }
    segments.push(toSegment(text, cur, offset));
  }
  return segments;
}

function hasSentenceEnd(text: string, start: number, end: number): boolean {
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(text.slice(start, end));
  SENTENCE_END.lastIndex = 0;
  return m !== null;
}

function toSegment(text: string, p: Piece, offset: number): LanguageSegment {
  return { start: offset + p.start, end: offset + p.end, text: text.slice(p.start, p.end), lang: p.lang };
}

/** Which languages the segments hold, which comes first, and how much of each. */
export function summariseLanguages(segments: readonly LanguageSegment[]): LanguageSummary {
  let hasWelsh = false;
  let hasEnglish = false;
  let first: 'cy' | 'en' | null = null;
  let welshChars = 0;
  let englishChars = 0;
  for (const s of segments) {
    const len = s.text.length;
    if (s.lang === 'cy') {
      hasWelsh = true;
      welshChars += len;
      first ??= 'cy';
    } else if (s.lang === 'en') {
      hasEnglish = true;
      englishChars += len;
      first ??= 'en';
    } else if (s.lang === 'mixed') {
      hasWelsh = true;
      hasEnglish = true;
      welshChars += len / 2;
      englishChars += len / 2;
    }
  }
  return { hasWelsh, hasEnglish, first, welshChars, englishChars };
}

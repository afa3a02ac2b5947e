import type { Fix, Match, PostDocument, RuleFix } from '../model/index.js';

/**
 * The fix of one match (DESIGN §5): the detector's own, else the rule's `fix:` — remove the
 * match (with one space beside it, so no double space is left), remove its whole line, put in
 * its first suggestion, or replace it with a text whose {placeholders} are filled from the
 * match. Offsets are into the document's text (the file). Undefined when there is none, or
 * when the match is empty or in the front matter (a fix there could break the YAML).
 */
export function fixFor(spec: RuleFix | undefined, match: Match, doc: PostDocument, data: Record<string, string>): Fix | undefined {
  if (match.fix) return match.fix.start >= doc.bodyStart ? match.fix : undefined;
  if (!spec || match.end <= match.start || match.start < doc.bodyStart) return undefined;
  const text = doc.text;
  if (spec === 'remove') {
    let { start, end } = match;
    // A removed sentence takes its full stop with it: "Road closed. Welsh to follow." loses
    // "Welsh to follow.", not leaving "Road closed..".
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start).trimEnd();
    if (/^[.!?]$/.test(text[end] ?? '') && (before === '' || /[.!?:;/|–-]$/.test(before))) end++;
    if (text[end] === ' ') end++;
    else if (text[start - 1] === ' ') start--;
    return { start, end, text: '' };
  }
  if (spec === 'remove-line') {
    const start = text.lastIndexOf('\n', match.start - 1) + 1;
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
 * Applies non-overlapping fixes in order of position (the first of two that overlap wins; the
 * other is left for the next pass, after the text is checked again), as ESLint does.
 */
export function applyFixes(text: string, fixes: Array<{ range: [number, number]; text: string }>): Applied {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  let applied = 0;
  let overlapping = 0;
  let last: { range: [number, number]; text: string } | undefined;
  for (const f of sorted) {
    const [start, end] = f.range;
    if (last && start === last.range[0] && end === last.range[1] && f.text === last.text) continue; // the same fix from two rules
    if (start < cursor || end > text.length || start > end) {
      overlapping++;
      continue;
    }
    out += text.slice(cursor, start) + f.text;
    cursor = end;
    applied++;
    last = f;
  }
  return { text: out + text.slice(cursor), applied, overlapping };
}

import { mask } from '../engine/redact.js';
import { printable, type RuleInfo, type Severity } from '../model/index.js';
import { t } from '../i18n/index.js';
import type { ReviewItem } from '../workspace/review-lint.js';
import { applyEdit, lineAt } from '../workspace/review-edits.js';

/** What `review` shows of a finding, in the run's language (src/i18n). */
const SAY = {
  heading: (n: number, of: number, severity: Severity, ruleId: string, where: string) => `[${n}/${of}] ${t(`severity.${severity}`)}  ${ruleId}  ${where}`,
  continues: (line: number) => t('review.continues', { line }),
  get remedy() {
    return t('review.remedy');
  },
  get policy() {
    return t('review.policy');
  },
  get fixLine() {
    return t('review.fixLine');
  },
  get fixRemovesLine() {
    return t('review.fixRemovesLine');
  },
  get more() {
    return t('review.more');
  },
};

/** A line as shown (personal data masked), and where each offset of the line is on screen. */
export interface ShownLine {
  text: string;
  /** Masked parts, in order: an edit that keeps a masked part keeps the data it hides. */
  pieces: Array<{ masked: string; raw: string }>;
  /** The column (in characters) an offset of the line is shown at. */
  column(offset: number, edge: 'start' | 'end'): number;
}

const width = (s: string) => [...s].length;

/** Masks the spans ([start, end) offsets into `line`, possibly overlapping) of a line. */
export function maskLine(line: string, spans: Array<[number, number]>): ShownLine {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (e <= s) continue;
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const segments: Array<{ from: number; to: number; shown: string; masked: boolean }> = [];
  let cursor = 0;
  for (const [s, e] of merged) {
    if (s > cursor) segments.push({ from: cursor, to: s, shown: printable(line.slice(cursor, s)), masked: false });
    segments.push({ from: s, to: e, shown: mask(line.slice(s, e)), masked: true });
    cursor = e;
  }
  if (cursor < line.length || !segments.length) segments.push({ from: cursor, to: line.length, shown: printable(line.slice(cursor)), masked: false });
  return {
    text: segments.map((g) => g.shown).join(''),
    pieces: segments.filter((g) => g.masked).map((g) => ({ masked: g.shown, raw: line.slice(g.from, g.to) })),
    column(offset, edge) {
      let col = 0;
      for (const g of segments) {
        if (offset < g.to || (offset === g.to && g === segments[segments.length - 1])) {
          if (!g.masked) return col + width(line.slice(g.from, Math.max(g.from, offset)));
          return edge === 'start' || offset <= g.from ? col : col + width(g.shown);
        }
        col += width(g.shown);
      }
      return col;
    },
  };
}

/** The user's edit of a masked line, with each masked part still in it put back as the data it hides. */
export function unmaskEdit(edited: string, pieces: ShownLine['pieces']): string {
  let out = '';
  let rest = edited;
  for (const p of pieces) {
    const at = rest.indexOf(p.masked);
    if (at === -1) continue;
    out += rest.slice(0, at) + p.raw;
    rest = rest.slice(at + p.masked.length);
  }
  return out + rest;
}

/** A paragraph wrapped at spaces to `columns`, its first line after `lead`, the others indented under it. */
export function wrap(lead: string, text: string, columns: number): string {
  const indent = lead.length <= 2 ? lead : '    ';
  const room = Math.max(30, columns - 1);
  const lines: string[] = [];
  let line = lead;
  for (const word of text.split(/ +/)) {
    if (line.trim() && width(line) + 1 + width(word) > room) {
      lines.push(line.trimEnd());
      line = indent + word;
    } else line += (line.trim() && !line.endsWith(' ') ? ' ' : '') + word;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** A shown line and the marker under [from, to) of it, cut to the terminal's width around the marker. */
function marked(shown: string, from: number, to: number, room: number): [string, string] {
  const chars = [...shown];
  let start = 0;
  let end = chars.length;
  if (chars.length > room) {
    start = Math.max(0, Math.min(from - Math.floor(room / 3), chars.length - room));
    end = Math.min(chars.length, start + room);
  }
  const lead = start > 0 ? '…' : '';
  const line = lead + chars.slice(start, end).join('') + (end < chars.length ? '…' : '');
  const markFrom = Math.max(from, start) - start + lead.length;
  const markTo = Math.min(Math.max(to, from + 1), end) - start + lead.length;
  return [line, ' '.repeat(markFrom) + '^'.repeat(Math.max(1, markTo - markFrom))];
}

export interface ShowContext {
  file: string;
  text: string;
  index: number;
  total: number;
  rule?: RuleInfo;
  /** Personal data in a line (offsets into it; `lineStart` when it is a line of `text`), none with --no-redact. */
  spans(line: string, lineStart?: number): Promise<Array<[number, number]>>;
  columns: number;
}

/** The finding as the review shows it: its line with a marker under the match, message, rule, remedy, policy, fix. */
export async function showFinding(item: ReviewItem, c: ShowContext): Promise<string> {
  const f = item.finding;
  const line = lineAt(c.text, item.start);
  const lineText = c.text.slice(line.start, line.end);
  const shown = maskLine(lineText, await c.spans(lineText, line.start));
  const number = String(f.line);
  const gutter = ' '.repeat(number.length);
  const room = Math.max(20, c.columns - number.length - 6);
  const [text, marker] = marked(shown.text, shown.column(item.start - line.start, 'start'), shown.column(Math.min(item.end, line.end) - line.start, 'end'), room);
  const out = [
    '',
    printable(SAY.heading(c.index, c.total, f.severity, f.ruleId, `${c.file}:${f.line}:${f.column}`)),
    `  ${number} │ ${text}`,
    `  ${gutter} │ ${marker}${f.endLine > f.line ? SAY.continues(f.endLine) : ''}`,
    wrap('  ', printable(f.message), c.columns),
  ];
  if (c.rule?.remediation) out.push(wrap(`  ${SAY.remedy}`, printable(c.rule.remediation.trim()), c.columns));
  out.push(wrap(`  ${SAY.policy}`, printable(`${f.policy.ref}: ${f.policy.title} (${f.policy.pack})`), c.columns));
  if (f.url) out.push(`  ${SAY.more}${printable(f.url)}`);
  if (item.fix) out.push(wrap('  ', await fixPreview(item.fix, c), c.columns));
  return `${out.join('\n')}\n`;
}

/** The line the fix leaves, masked: what choosing it would do. */
async function fixPreview(fix: NonNullable<ReviewItem['fix']>, c: ShowContext): Promise<string> {
  const before = lineAt(c.text, fix.start);
  if (fix.text === '' && fix.start <= before.start && fix.end >= before.next && before.next > before.start) return SAY.fixRemovesLine;
  const after = applyEdit(c.text, { start: fix.start, end: fix.end, text: fix.text });
  const line = lineAt(after, fix.start);
  const lineText = after.slice(line.start, line.end);
  const shown = maskLine(lineText, await c.spans(lineText));
  return `${SAY.fixLine}${shown.text.trim()}`;
}

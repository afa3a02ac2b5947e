import { runContext } from '../engine/config.js';
import { mask } from '../engine/redact.js';
import { LineIndex, type Channel, type Finding, type UserError } from '../model/index.js';
import { encodeText } from './fix-run.js';
import { lintTargets } from './lint-run.js';
import { plainDocument, privacyScan } from './privacy.js';
import type { Setup } from './setup.js';
import type { Target } from './targets.js';

/** One finding of the draft under review, with where it is in the text as it now stands. */
export interface ReviewItem {
  /** As shown: personal data masked unless --no-redact. */
  finding: Finding;
  start: number;
  end: number;
  /** The finding's fix, unmasked (it is applied, never printed). */
  fix?: { start: number; end: number; text: string };
  /** Its matched text is personal data: masked wherever the text is shown. */
  sensitive: boolean;
}

export interface ReviewLintOptions {
  cwd: string;
  date: string;
  channel?: Channel;
  redact: boolean;
}

const key = (f: Finding) => `${f.ruleId} ${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;

/**
 * Lints a draft's current text as `check` would (its pair and attachments read from beside
 * it): its findings in order, each with offsets into `text`. Fixes come from an unmasked run
 * (as `check --fix` takes them); what is shown from a masked one, unless --no-redact.
 */
export async function lintReviewText(target: Target, text: string, bom: boolean, s: Setup, o: ReviewLintOptions): Promise<{ items: ReviewItem[]; errors: UserError[] }> {
  const content = encodeText(text, bom);
  const run = (redact: boolean) => lintTargets([{ ...target, content }], s, { ...o, redact, readStdin: async () => new Uint8Array() });
  const raw = await run(false);
  if (raw.errors.length) return { items: [], errors: raw.errors };
  const rawFindings = raw.results[0]?.findings ?? [];
  const shown = o.redact ? ((await run(true)).results[0]?.findings ?? []) : rawFindings;
  const byKey = new Map<string, Finding[]>();
  for (const f of shown) byKey.set(key(f), [...(byKey.get(key(f)) ?? []), f]);
  const lines = new LineIndex(text);
  const offset = (line: number, column: number) => Math.min(text.length, lines.lineStart(line) + column - 1);
  const items = rawFindings.map((r): ReviewItem => {
    // Masking changes messages, never which findings there are or where: pair them by place and rule.
    const f = byKey.get(key(r))?.shift() ?? { ...r, message: mask(r.message), excerpt: mask(r.excerpt), actual: r.actual === undefined ? undefined : mask(r.actual) };
    const start = offset(r.line, r.column);
    // Personal data's placeholder fix is offered too: in a review a person chooses it.
    const fix = r.fix ?? r.suggestedFix;
    return {
      finding: f,
      start,
      end: Math.max(start, offset(r.endLine, r.endColumn)),
      ...(fix ? { fix: { start: fix.range[0], end: fix.range[1], text: fix.text } } : {}),
      sensitive: o.redact && r.actual !== undefined && r.actual.length > 0 && f.actual === mask(r.actual),
    };
  });
  return { items, errors: [] };
}

/** The matched texts of the findings that are personal data: masked wherever they appear (in a diff, a fix's preview). */
export function secretsOf(text: string, items: ReviewItem[]): string[] {
  return items.filter((it) => it.sensitive && it.end - it.start > 2).map((it) => text.slice(it.start, it.end));
}

/**
 * The personal data in a line, as [start, end) offsets into the line: what the shipped
 * data-protection detectors find in it, the findings that are personal data (when the line is
 * of the current text, starting at `lineStart`), and every occurrence of a known secret.
 */
export async function sensitiveSpans(line: string, lineStart: number | undefined, items: ReviewItem[], secrets: Iterable<string>, s: Setup, date: string): Promise<Array<[number, number]>> {
  const ctx = runContext(s.config, { date });
  const spans = await privacyScan.spans(plainDocument(line), ctx, new Set());
  if (lineStart !== undefined) {
    for (const it of items) {
      if (!it.sensitive || it.end <= lineStart || it.start >= lineStart + line.length) continue;
      spans.push([Math.max(0, it.start - lineStart), Math.min(line.length, it.end - lineStart)]);
    }
  }
  for (const secret of secrets) {
    for (let at = line.indexOf(secret); at !== -1; at = line.indexOf(secret, at + 1)) spans.push([at, at + secret.length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

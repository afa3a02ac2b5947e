import type { RunContext } from './context.js';
import type { LintDocument } from './document.js';

/**
 * When a document will be published, as date rules judge it: a draft's front matter
 * `scheduled:` (an ISO date or date-time), else the run's day (`--date`, default today).
 * `time` is HH:MM when the schedule gives one; the offset, if any, is kept in `zone`.
 */
export function publication(doc: LintDocument, ctx: RunContext): { date: string; time?: string; zone?: string } {
  const scheduled = doc.kind === 'post' ? doc.frontMatter.scheduled : undefined;
  const m = typeof scheduled === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(scheduled) : null;
  if (!m) return { date: ctx.date };
  return { date: m[1], ...(m[2] ? { time: m[2] } : {}), ...(m[3] ? { zone: m[3] } : {}) };
}

/** The configured election (pre-election period) the document's publication day falls in, if any. */
export function electionAt(doc: LintDocument, ctx: RunContext) {
  const { date } = publication(doc, ctx);
  return ctx.elections.find((e) => date >= e.from && date <= e.to);
}

import type { PrivacyScan } from '../engine/lint.js';
import { mask } from '../engine/redact.js';
import type { PostDocument, RuleSpec, RunContext } from '../model/index.js';
import { BUILTINS } from '../packs/registry.js';
import { builtinPacks } from '../support/generated.js';

/**
 * Personal data found by the shipped data-protection detectors whatever the run's rules are,
 * so masking never depends on which rules report: a rule turned off (`--rule
 * dp/phone-number=off`) or replaced by a local pack still has its kind of data masked in
 * every excerpt and message, in account files too, and in every error line the CLI prints.
 * A shipped rule that ran unchanged is not run again: its own matches are already masked.
 */
let scanners: Promise<Array<{ spec: RuleSpec; name: string; params: Record<string, unknown> }>> | undefined;

function loadScanners() {
  scanners ??= builtinPacks().then((packs) =>
    packs
      .flatMap((p) => p.rules)
      .filter((r) => r.sensitive && r.detect.kind === 'builtin' && (r['applies-to'] ?? 'post') === 'post')
      .map((spec) => ({ spec, name: (spec.detect as { name: string }).name, params: (spec.detect as { params?: Record<string, unknown> }).params ?? {} })),
  );
  return scanners;
}

async function scan(doc: PostDocument, ctx: RunContext, ran: ReadonlySet<RuleSpec>): Promise<Array<[number, number]>> {
  const spans: Array<[number, number]> = [];
  for (const s of await loadScanners()) {
    if (ran.has(s.spec)) continue;
    const detector = await BUILTINS[s.name]();
    for (const m of await detector.detect(doc, s.params, ctx)) if (m.end > m.start) spans.push([m.start, m.end]);
  }
  return spans;
}

/** A text as a draft with no front matter or Markdown, for the detectors. */
export function plainDocument(text: string, file = '<text>'): PostDocument {
  return { kind: 'post', path: file, where: { file }, text, prose: text, links: [], frontMatter: {}, bodyStart: 0 };
}

export const privacyScan: PrivacyScan = { spans: scan, mask: (text, ctx) => maskText(text, ctx) };

/** Masks the personal data in a free text (an error line): the one path every printed line takes. */
export async function maskText(text: string, ctx: RunContext): Promise<string> {
  const spans = (await scan(plainDocument(text), ctx, new Set())).sort((a, b) => a[0] - b[0]);
  if (!spans.length) return text;
  let out = '';
  let cursor = 0;
  for (const [s0, e] of spans) {
    const s = Math.max(s0, cursor);
    if (e <= s) continue;
    out += text.slice(cursor, s) + mask(text.slice(s0, e));
    cursor = e;
  }
  return out + text.slice(cursor);
}

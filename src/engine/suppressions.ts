import type { LineIndex } from '../model/index.js';
import type { PostDocument } from '../model/index.js';

export interface Directive {
  /** `unknown`: a comment starting `smpolicy-` that is none of the three (it suppresses nothing). */
  kind: 'next-line' | 'block' | 'file' | 'unknown';
  /** The word after `smpolicy-` of an unknown comment ("disable-line"). */
  name?: string;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string;
  /** Where the comment (or front matter key) is, for reporting. */
  start: number;
  end: number;
  /** Offsets of text the directive covers. */
  from: number;
  to: number;
  used: Set<string>;
}

const COMMENT = /<!--\s*smpolicy-([\p{L}\p{N}_-]*)([\s\S]*?)-->/gu;
export const DIRECTIVES = ['disable-next-line', 'disable', 'enable'];

function parseBody(body: string): { rules: string[]; reason: string } {
  const sep = body.indexOf('--');
  const names = sep === -1 ? body : body.slice(0, sep);
  const reason = sep === -1 ? '' : body.slice(sep + 2).trim();
  return { rules: names.split(/[\s,]+/).filter(Boolean), reason };
}

/**
 * Reads suppression comments and front matter `smpolicy.disable`:
 * `<!-- smpolicy-disable-next-line RULE[, RULE] -- reason -->`, and
 * `<!-- smpolicy-disable RULE -- reason -->` … `<!-- smpolicy-enable RULE -->`.
 */
export function parseSuppressions(doc: PostDocument, lines: LineIndex, frontMatterKeyAt?: number): Directive[] {
  const out: Directive[] = [];
  const open: Directive[] = [];
  COMMENT.lastIndex = doc.text.includes('<!--') ? 0 : doc.text.length;
  for (let m = COMMENT.exec(doc.text); m; m = COMMENT.exec(doc.text)) {
    if (m.index < doc.bodyStart) continue;
    const start = m.index;
    const end = start + m[0].length;
    const { rules, reason } = parseBody(m[2]);
    if (!DIRECTIVES.includes(m[1])) {
      // "smpolicy-disable-line" (ESLint's word) would otherwise pass for a block naming "-line".
      out.push({ kind: 'unknown', name: m[1], rules: [], reason, start, end, from: 0, to: 0, used: new Set() });
    } else if (m[1] === 'disable-next-line') {
      const line = lines.position(end).line + 1;
      out.push({ kind: 'next-line', rules, reason, start, end, from: lines.lineStart(line), to: lines.lineStart(line + 1), used: new Set() });
    } else if (m[1] === 'disable') {
      const d: Directive = { kind: 'block', rules, reason, start, end, from: end, to: doc.text.length, used: new Set() };
      out.push(d);
      open.push(d);
    } else {
      // enable closes the matching open blocks: all of them when no rule is named.
      for (const d of open) {
        if (d.to !== doc.text.length) continue;
        if (rules.length === 0) d.to = start;
        else if (d.rules.length && d.rules.every((r) => rules.includes(r))) d.to = start;
      }
    }
  }
  const fm = doc.frontMatter.smpolicy;
  if (fm?.disable?.length) {
    const at = frontMatterKeyAt ?? 0;
    out.push({ kind: 'file', rules: fm.disable, reason: fm.reason?.trim() ?? '', start: at, end: at, from: 0, to: doc.text.length + 1, used: new Set() });
  }
  return out;
}

/** Whether a finding of `ruleId` at `offset` is suppressed; marks the directive used. */
export function isSuppressed(directives: Directive[], ruleId: string, offset: number): boolean {
  let hit = false;
  for (const d of directives) {
    if (offset < d.from || offset >= d.to) continue;
    if (d.rules.length && !d.rules.includes(ruleId)) continue;
    d.used.add(d.rules.length ? ruleId : '*');
    hit = true;
  }
  return hit;
}

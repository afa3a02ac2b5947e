import { findFrontMatter } from '../inputs/front-matter.js';
import { loadYaml } from '../support/yaml-module.js';
import { t } from '../i18n/index.js';

/**
 * The changes `smpolicy review` makes to a draft's text, each one Edit: replace [start, end)
 * with `text` (offsets into the decoded text, as a finding's `fix` gives them). Pure: nothing
 * here reads or writes a file.
 */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}

/**
 * Where a range of the text before an edit is after it: moved by the edit's change of length
 * when it lies after it, unchanged before it, undefined when the edit changed it.
 */
export function shiftRange(start: number, end: number, e: Edit): [number, number] | undefined {
  const delta = e.text.length - (e.end - e.start);
  if (e.start === e.end) {
    // An insertion: a range starting at or after it moves; one it falls inside grows.
    if (start >= e.start) return [start + delta, end + delta];
    return end > e.start ? [start, end + delta] : [start, end];
  }
  if (start >= e.end) return [start + delta, end + delta];
  if (end <= e.start && start < e.start) return [start, end];
  return undefined;
}

/** The line holding `offset`: its start, its end (before the line break) and the start of the next. */
export function lineAt(text: string, offset: number): { start: number; end: number; next: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let next = text.indexOf('\n', offset);
  next = next === -1 ? text.length : next + 1;
  let end = next > start && text[next - 1] === '\n' ? next - 1 : next;
  if (end > start && text[end - 1] === '\r') end--;
  return { start, end, next };
}

const eol = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** The line holding `offset` replaced by `line` (its line break kept). */
export function lineEdit(text: string, offset: number, line: string): Edit {
  const { start, end } = lineAt(text, offset);
  return { start, end, text: line };
}

/** Reasons of two suppressions of one line, as one. */
const joinReasons = (old: string, reason: string) => (!old || old === reason ? reason : `${old}; ${reason}`);

const NEXT_LINE = /^([ \t]*)<!--\s*smpolicy-disable-next-line\b([\s\S]*?)-->[ \t]*$/;

/**
 * Suppresses `ruleId` on the line holding `offset` (DESIGN §2): a comment
 * `<!-- smpolicy-disable-next-line RULE -- reason -->` on a line of its own before it, with the
 * line's indentation; when the line before is already such a comment, the rule and reason are
 * added to it (two comments in a row would each disable only the line after itself).
 */
export function suppressLineEdit(text: string, offset: number, ruleId: string, reason: string): Edit {
  const line = lineAt(text, offset);
  if (line.start > 0) {
    const before = lineAt(text, line.start - 1);
    const m = NEXT_LINE.exec(text.slice(before.start, before.end));
    if (m) {
      const sep = m[2].indexOf('--');
      const rules = (sep === -1 ? m[2] : m[2].slice(0, sep)).split(/[\s,]+/).filter(Boolean);
      const old = sep === -1 ? '' : m[2].slice(sep + 2).trim();
      if (rules.length) {
        const names = rules.includes(ruleId) ? rules : [...rules, ruleId];
        return { start: before.start, end: before.end, text: `${m[1]}<!-- smpolicy-disable-next-line ${names.join(', ')} -- ${joinReasons(old, reason)} -->` };
      }
    }
  }
  const indent = /^[ \t]*/.exec(text.slice(line.start, line.end))![0];
  return { start: line.start, end: line.start, text: `${indent}<!-- smpolicy-disable-next-line ${ruleId} -- ${reason} -->${eol(text)}` };
}

/**
 * Suppresses `ruleId` in the whole file through front matter `smpolicy: { disable, reason }`
 * (DESIGN §2): the block is added, or the rule and reason added to the one there. A string
 * when the front matter cannot take it (not a block of keys): what to do by hand.
 */
export async function suppressFileEdit(text: string, ruleId: string, reason: string): Promise<Edit | string> {
  const nl = eol(text);
  const block = (rules: string[], why: string, indent = '') =>
    `${indent}smpolicy:${nl}${indent}  disable: [${rules.join(', ')}]${nl}${indent}  reason: ${JSON.stringify(why)}`;
  const fm = findFrontMatter(text);
  if (!fm) return { start: 0, end: 0, text: `---${nl}${block([ruleId], reason)}${nl}---${nl}` };
  const { parseDocument, isMap, isPair, isScalar, isSeq } = await loadYaml();
  const yaml = text.slice(fm.yamlStart, fm.yamlEnd);
  const doc = parseDocument(yaml);
  const top = doc.contents;
  if (top !== null && (!isMap(top) || top.flow)) return t('review.notKeys');
  const pair = isMap(top) ? top.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === 'smpolicy') : undefined;
  if (!pair) return { start: fm.yamlEnd, end: fm.yamlEnd, text: `${block([ruleId], reason)}${nl}` };
  const key = pair.key as { range?: [number, number, number] };
  const value = pair.value as { range?: [number, number, number] } | null;
  const current = doc.toJS() as { smpolicy?: { disable?: unknown; reason?: unknown } | null };
  const old = current.smpolicy ?? {};
  const disable = Array.isArray(old.disable) ? old.disable.map(String) : [];
  if (old.disable !== undefined && (!isMap(pair.value) || !isSeq(pair.value.get('disable', true)))) return 'smpolicy: in the front matter is not as expected';
  const rules = disable.includes(ruleId) ? disable : [...disable, ruleId];
  const why = joinReasons(typeof old.reason === 'string' ? old.reason.trim() : '', reason);
  const start = fm.yamlStart + key.range![0];
  let end = fm.yamlStart + (value?.range ? value.range[1] : key.range![1]);
  // A block's range takes in the line break after it: that stays.
  while (end > start && /\s/.test(text[end - 1])) end--;
  const indent = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  return { start, end, text: block(rules, why, indent).slice(indent.length) };
}

import { hash as digest } from 'node:crypto';

/** Words either side of a match that belong to its fingerprint (on its own line only). */
const CONTEXT = 32;

const NON_ASCII = /[^\x00-\x7f]/;
/** Whitespace that collapsing changes: a run of two or more, or any but a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;
/** NFC, lower case, whitespace collapsed and trimmed; each step only when it can change something (a finding each). */
const normalise = (s: string) => {
  let t = NON_ASCII.test(s) ? s.normalize('NFC').toLowerCase() : s.toLowerCase();
  if (UNEVEN_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
};
// One-shot SHA-256 (Node 20.12+): half the cost of a Hash object per finding, the same digest.
const hash = (...parts: string[]) => digest('sha256', parts.join('\u0000'), 'hex').slice(0, 32);

/**
 * A post finding's fingerprint: the rule, the matched text and up to CONTEXT characters either
 * side on the same line, normalised (case, spacing, line ends), hashed. Editing other lines,
 * moving paragraphs or changing CRLF to LF keeps it; changing the words around the match does
 * not. Personal data only ever goes into the hash.
 */
export function postFingerprint(ruleId: string, text: string, start: number, end: number): string {
  // Only the CONTEXT characters either side are read (never the whole line: a long line with
  // many findings stays linear), cut at the line's ends.
  const before = text.slice(Math.max(0, start - CONTEXT), start).split('\n').pop()!;
  const after = text.slice(end, Math.min(text.length, end + CONTEXT)).split('\n')[0];
  return hash('post', ruleId, normalise(text.slice(start, end)), normalise(before), normalise(after));
}

/** An account finding's fingerprint: the rule, where in the file (JSON Pointer and key), the value and the message. */
export function accountFingerprint(ruleId: string, pointer: string, key: string | undefined, value: string | undefined, message: string | undefined): string {
  return hash('account', ruleId, pointer, key ?? '', normalise(value ?? ''), message ?? '');
}

/**
 * Escaping for the HTML report. Everything that comes from the posts (messages, excerpts,
 * file names, URLs, account names) passes through `text` or `attr` before it reaches the
 * page; links to posts go through `safeHttpUrl`, so only http(s) URLs ever become links.
 */
import { printable } from '../model/index.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The five characters that matter in element content and quoted attributes. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Text from a user's data as element content: control characters made visible (a line
 * break becomes '↵', as in the terminal formats), then escaped.
 */
export function text(value: string | undefined): string {
  return escapeHtml(printable(value ?? ''));
}

/** A value for a double-quoted attribute (data-* keys, option values, titles). */
export function attr(value: string | undefined): string {
  return escapeHtml(printable(value ?? ''));
}

/**
 * The URL to link to, or undefined when the value is not an absolute http(s) URL:
 * `javascript:`, `data:`, `file:`, relative and protocol-relative values never become links.
 * The URL parser strips tabs and newlines ("java\tscript:") before the scheme is judged.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href;
}

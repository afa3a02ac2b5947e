const DOTS = '•••••';

/**
 * Masks personal data for display: the first four and last two characters stay so the
 * author can find it ("07700 900123" → "0770•••••23"); a fixed run of dots hides the length.
 */
export function mask(value: string): string {
  const chars = [...value];
  if (chars.length >= 8) return chars.slice(0, 4).join('') + DOTS + chars.slice(-2).join('');
  if (chars.length >= 4) return chars[0] + DOTS + chars[chars.length - 1];
  return DOTS;
}

/** Replaces each [start, end) span of `text` (offsets relative to `text`) with its mask. */
export function maskSpans(text: string, spans: Array<[number, number]>): string {
  const sorted = spans.filter(([s, e]) => e > 0 && s < text.length).sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [s0, e0] of sorted) {
    const s = Math.max(s0, cursor);
    const e = Math.min(e0, text.length);
    if (e <= s) continue;
    out += text.slice(cursor, s) + mask(text.slice(Math.max(0, s0), e));
    cursor = e;
  }
  return out + text.slice(cursor);
}

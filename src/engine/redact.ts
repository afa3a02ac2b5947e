const DOTS = '•••••';

/**
 * Masks personal data for display: the first four and last two characters stay so the
 * author can find it ("07700 900123" → "0770•••••23"); a fixed run of dots hides the length.
 */
export function mask(value: string): string {
  // Text without surrogate pairs (nearly all): its characters are its UTF-16 units.
  if (!/[\uD800-\uDFFF]/.test(value)) {
    if (value.length >= 8) return value.slice(0, 4) + DOTS + value.slice(-2);
    if (value.length >= 4) return value[0] + DOTS + value[value.length - 1];
    return DOTS;
  }
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

/**
 * Personal-data spans of one document, for looking up those that overlap a finding in
 * O(log n + k): a post with thousands of findings (a pasted list of numbers) must not make
 * masking quadratic.
 */
export class SpanIndex {
  private readonly spans: Array<[number, number]>;
  private readonly maxEnd: number[];

  constructor(spans: Array<[number, number]>) {
    this.spans = [...spans].sort((a, b) => a[0] - b[0]);
    let max = -Infinity;
    this.maxEnd = this.spans.map(([, e]) => (max = Math.max(max, e)));
  }

  get size(): number {
    return this.spans.length;
  }

  /** Spans overlapping [start, end) (an empty range counts as one character), in order. */
  overlapping(start: number, end: number): Array<[number, number]> {
    const stop = Math.max(end, start + 1);
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid][0] < stop) lo = mid + 1;
      else hi = mid;
    }
    const out: Array<[number, number]> = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] > start; i--) if (this.spans[i][1] > start) out.push(this.spans[i]);
    return out.reverse();
  }
}

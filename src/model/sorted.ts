/**
 * The first index in [0, length) at which `before(i)` is false, for a `before` that holds for a
 * prefix of a sorted list and then never again (a binary search: O(log n)). With `before(i)` as
 * "item i starts before x" it is the first item from x; as "item i starts at or before x", one
 * past the last item at or before x. Lists of spans, tokens and segments in text order all
 * search this way, so a long text is never scanned from its start for each lookup.
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The position of the span holding `index` among spans sorted by start
 * and not overlapping (a transcript's chapters), or -1: a binary search,
 * so looking up every sentence costs sentences × log(chapters), not
 * sentences × chapters.
 */
export function spanAt<T>(spans: readonly T[], index: number, first: (s: T) => number, end: (s: T) => number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (index < first(span)) hi = mid - 1;
    else if (index >= end(span)) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Binary search over a sorted list: the one lower-bound search the engine and
 * the extension use (quotes by offset, tokens, paragraphs, lines, postings).
 */

/**
 * The first index at or after `from` whose item passes `test`, for a test that
 * is false and then true along the list; the list's length when none passes.
 */
export function firstIndex<T>(items: readonly T[], test: (item: T) => boolean, from = 0): number {
  let lo = from;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

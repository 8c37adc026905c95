/**
 * The index of the last of `items` (in document order, so sorted by `start`) that starts at or before `at`, or -1:
 * a binary search, for the pastes and option lists that hold thousands of items.
 */
export function lastStartingBy<T>(items: readonly T[], at: number, start: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (start(items[mid]!) <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}

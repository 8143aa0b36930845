/**
 * Sorts spans by start in place, stably, and only when they are out of order: most lists are built
 * in text order already, and Array.prototype.sort copies even a sorted array into a work array.
 */
export function sortByStart<T extends { start: number }>(xs: T[]): T[] {
  for (let k = 1; k < xs.length; k++) {
    if ((xs[k] as T).start < (xs[k - 1] as T).start) return xs.sort(byStart);
  }
  return xs;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

const isSpace = (c: string) => /\s/u.test(c);

/**
 * Where a split at `at` in an item's text falls in the speech. The stored text is the source
 * slice, possibly with whitespace removed, so offsets are mapped by walking both together.
 */
export function splitSpan(
  raw: string,
  start: number,
  end: number,
  text: string,
  at: number,
): { firstEnd: number; secondStart: number } | null {
  let r = start;
  let t = 0;
  while (t < at && r < end) {
    if (raw[r] === text[t]) {
      r++;
      t++;
    } else if (isSpace(raw[r] as string)) {
      r++;
    } else if (isSpace(text[t] as string)) {
      t++;
    } else {
      return null;
    }
  }
  if (t < at) return null;
  let firstEnd = r;
  while (firstEnd > start && isSpace(raw[firstEnd - 1] as string)) firstEnd--;
  let secondStart = r;
  while (secondStart < end && isSpace(raw[secondStart] as string)) secondStart++;
  return { firstEnd, secondStart };
}

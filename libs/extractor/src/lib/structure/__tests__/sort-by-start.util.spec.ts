import { describe, expect, it } from 'vitest';
import { sortByStart } from '../sort-by-start.util';

describe('sortByStart', () => {
  it('sorts in place by start, stably, and returns the same array', () => {
    const xs = [{ start: 5, id: 'a' }, { start: 1, id: 'b' }, { start: 5, id: 'c' }, { start: 0, id: 'd' }, { start: 1, id: 'e' }];
    const out = sortByStart(xs);
    expect(out).toBe(xs);
    expect(xs.map((x) => x.id)).toEqual(['d', 'b', 'e', 'a', 'c']);
  });

  it('leaves an ordered list as it is', () => {
    const xs = [{ start: 1, id: 'a' }, { start: 1, id: 'b' }, { start: 2, id: 'c' }];
    expect(sortByStart(xs).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(sortByStart([])).toEqual([]);
    // out of order only at the end
    expect(sortByStart([{ start: 1 }, { start: 2 }, { start: 0 }]).map((x) => x.start)).toEqual([0, 1, 2]);
  });
});

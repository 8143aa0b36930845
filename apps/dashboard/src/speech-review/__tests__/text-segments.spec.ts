import { describe, expect, it } from 'vitest';
import { itemAtOffset, segmentText, spansOf, type ItemSpan } from '../text-segments';

const text = '一、抓好农业。县农业农村局要牵头做好冬小麦管理。县总工会要开展送温暖活动。';
const section: ItemSpan = { id: 's', kind: 'section', start: 0, end: text.length };
const wheat: ItemSpan = { id: 'a', kind: 'directive', start: 7, end: 24 };
const warmth: ItemSpan = { id: 'b', kind: 'directive', start: 24, end: text.length };

/** The text of every segment, with the segment's data, for readable expectations. */
const show = (segments: ReturnType<typeof segmentText>) => segments.map((s) => [text.slice(s.start, s.end), s.itemIds.join('>'), s.kind, s.mention]);

describe('segmentText', () => {
  it('cuts the text once per boundary and covers it without gaps', () => {
    const segments = segmentText(text.length, [section, wheat, warmth]);
    expect(show(segments)).toEqual([
      ['一、抓好农业。', 's', 'section', false],
      ['县农业农村局要牵头做好冬小麦管理。', 's>a', 'directive', false],
      ['县总工会要开展送温暖活动。', 's>b', 'directive', false],
    ]);
    expect(segments.map((s) => s.end - s.start).reduce((a, b) => a + b, 0)).toBe(text.length);
  });

  it('leaves uncovered text as plain runs and marks unresolved mentions', () => {
    const segments = segmentText(text.length, [wheat], [{ start: 24, end: 28 }]);
    expect(show(segments)).toEqual([
      ['一、抓好农业。', '', null, false],
      ['县农业农村局要牵头做好冬小麦管理。', 'a', 'directive', false],
      ['县总工会', '', null, true],
      ['要开展送温暖活动。', '', null, false],
    ]);
  });

  it('orders overlapping spans outermost first whatever their input order', () => {
    const inner: ItemSpan = { id: 'i', kind: 'commitment', start: 10, end: 12 };
    const segments = segmentText(text.length, [inner, wheat, section]);
    expect(segments.find((s) => s.start === 10)).toMatchObject({ end: 12, itemIds: ['s', 'a', 'i'], kind: 'commitment' });
  });

  it('handles partial overlaps, spans at the very ends and empty input', () => {
    const a: ItemSpan = { id: 'x', kind: 'directive', start: 0, end: 5 };
    const b: ItemSpan = { id: 'y', kind: 'commitment', start: 3, end: 8 };
    expect(segmentText(8, [a, b]).map((s) => [s.start, s.end, s.itemIds.join('>')])).toEqual([
      [0, 3, 'x'],
      [3, 5, 'x>y'],
      [5, 8, 'y'],
    ]);
    expect(segmentText(0, [a])).toEqual([]);
    expect(segmentText(4, [])).toEqual([{ start: 0, end: 4, itemIds: [], kind: null, mention: false }]);
  });

  it('stays fast on a 200k-character speech with a thousand items', () => {
    const length = 200_000;
    const spans: ItemSpan[] = Array.from({ length: 1000 }, (_, k) => ({ id: `i${k}`, kind: k % 10 === 0 ? 'section' : 'directive', start: k * 200, end: k * 200 + (k % 10 === 0 ? 2000 : 150) }));
    const started = performance.now();
    const segments = segmentText(length, spans, [{ start: 5, end: 9 }]);
    expect(performance.now() - started).toBeLessThan(500);
    expect(segments.at(-1)?.end).toBe(length);
    for (let k = 1; k < segments.length; k++) expect(segments[k]?.start).toBe(segments[k - 1]?.end);
  });
});

describe('spansOf', () => {
  it('drops items without a span and clamps spans into the text', () => {
    const items = [
      { id: 'a', kind: 'directive' as const, spanStart: 2, spanEnd: 400 },
      { id: 'b', kind: 'directive' as const, spanStart: null, spanEnd: null },
      { id: 'c', kind: 'section' as const, spanStart: 5, spanEnd: 5 },
      { id: 'd', kind: 'commitment' as const, spanStart: 500, spanEnd: 600 },
    ];
    expect(spansOf(items, 100)).toEqual([{ id: 'a', kind: 'directive', start: 2, end: 100 }]);
  });
});

describe('itemAtOffset', () => {
  const spans = [section, wheat, warmth];
  it('finds the innermost item around the offset', () => {
    expect(itemAtOffset(spans, 0)).toBe('s');
    expect(itemAtOffset(spans, 7)).toBe('a');
    expect(itemAtOffset(spans, 23)).toBe('a');
    expect(itemAtOffset(spans, 24)).toBe('b');
  });

  it('finds nothing outside every span', () => {
    expect(itemAtOffset([wheat], 3)).toBeNull();
    expect(itemAtOffset(spans, text.length)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { buildInlineSeries, findInlineMarkers } from '../inline-series.util';
import type { InlineSeries } from '../outline.type';

const markers = (text: string, start = 0, end = text.length): Array<[string, string, string, number]> =>
  findInlineMarkers(text, start, end).map((m) => [text.slice(m.start, m.end), m.family, m.style, m.ordinal]);

describe('findInlineMarkers', () => {
  it.each<[string, Array<[string, string, string, number]>]>([
    ['一方面，要甲', [['一方面，', 'pair', 'pair', 1]]],
    ['一方面要甲', [['一方面', 'pair', 'pair', 1]]],
    ['另一方面，要乙', [['另一方面，', 'pair', 'pair', 2]]],
    ['另一方面要乙', [['另一方面', 'pair', 'pair', 2]]],
    ['首先，要甲', [['首先，', 'ordinal', 'seq', 1]]],
    ['其次、要甲', [['其次、', 'ordinal', 'seq', 2]]],
    ['再次：要甲', [['再次：', 'ordinal', 'seq', 3]]],
    ['再者，要甲', [['再者，', 'ordinal', 'seq', 3]]],
    ['最后，要甲', [['最后，', 'ordinal', 'seq', -1]]],
    ['首先要甲', []],
    ['第一，要甲', [['第一，', 'ordinal', 'di', 1]]],
    ['第二、要甲', [['第二、', 'ordinal', 'di', 2]]],
    ['第三：要甲', [['第三：', 'ordinal', 'di', 3]]],
    ['第四是甲', [['第四', 'ordinal', 'di', 4]]],
    ['第五要甲', [['第五', 'ordinal', 'di', 5]]],
    ['第十二，要甲', [['第十二，', 'ordinal', 'di', 12]]],
    ['第一次会议', []],
    ['第一百，', []],
    ['第两，', []],
    ['第〇，', []],
    ['第，', []],
    ['其一，要甲', [['其一，', 'ordinal', 'qi', 1]]],
    ['其二、要甲', [['其二、', 'ordinal', 'qi', 2]]],
    ['其三：要甲', [['其三：', 'ordinal', 'qi', 3]]],
    ['其四是甲', [['其四', 'ordinal', 'qi', 4]]],
    ['其五要甲', []],
    ['其实，', []],
    ['（1）要甲', [['（1）', 'paren', 'paren', 1]]],
    ['（12）要甲', [['（12）', 'paren', 'paren', 12]]],
    ['（123）要甲', []],
    ['（）要甲', []],
    ['（一）要甲', []],
    ['一要加强', [['一', 'ordinal', 'yao', 1]]],
    ['二是加强', [['二是', 'ordinal', 'shi', 2]]],
    ['三则加强', [['三则', 'ordinal', 'ze', 3]]],
    ['四来加强', [['四来', 'ordinal', 'lai', 4]]],
    ['十二是加强', [['十二是', 'ordinal', 'shi', 12]]],
    ['一是一，二是二', []],
    ['一要一', []],
    ['两是', []],
    ['零是', []],
    ['〇是', []],
    ['百是', []],
    ['一百是', []],
    ['一个', []],
    ['对组织工作来说，要甲', [['对组织工作来说，', 'topic', 'topic', 0]]],
    ['对于青年来说：要甲', [['对于青年来说：', 'topic', 'topic', 0]]],
    ['就教育而言，要甲', [['就教育而言，', 'topic', 'topic', 0]]],
    ['对甲来说要乙', []],
    ['对甲。乙来说，', []],
    ['对甲，乙来说，', []],
    [`对${'甲'.repeat(14)}来说，`, [[`对${'甲'.repeat(14)}来说，`, 'topic', 'topic', 0]]],
    [`对${'甲'.repeat(15)}来说，`, []],
    // a marker opens a clause: at the start, after a sentence end or a colon, or (some) after a comma
    ['甲。一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲！一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲？一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲；一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲：一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲\n一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲，一是乙', [['一是', 'ordinal', 'shi', 1]]],
    ['甲、一是乙', []],
    ['甲一是乙', []],
    ['甲，其二，乙', [['其二，', 'ordinal', 'qi', 2]]],
    ['甲，一方面，乙', [['一方面，', 'pair', 'pair', 1]]],
    ['甲，首先，乙', []],
    ['甲，第一，乙', []],
    ['甲，对乙来说，丙', []],
    ['甲。首先，乙', [['首先，', 'ordinal', 'seq', 1]]],
    ['甲：第一，乙', [['第一，', 'ordinal', 'di', 1]]],
    ['一是甲，二是乙；三是丙', [['一是', 'ordinal', 'shi', 1], ['二是', 'ordinal', 'shi', 2], ['三是', 'ordinal', 'shi', 3]]],
  ])('%j', (text, want) => {
    expect(markers(text)).toEqual(want);
  });

  it('reads only the range given: a marker that runs past its end is not in it', () => {
    const text = '甲。第一，乙。第二，丙。';
    expect(markers(text, 2)).toEqual([['第一，', 'ordinal', 'di', 1], ['第二，', 'ordinal', 'di', 2]]);
    expect(markers(text, 2, 4)).toEqual([]);
    expect(markers(text, 2, 5)).toEqual([['第一，', 'ordinal', 'di', 1]]);
    // the range's first character opens a clause
    expect(markers(text, 3)).toEqual([['第二，', 'ordinal', 'di', 2]]);
    expect(markers('甲一是乙', 1)).toEqual([['一是', 'ordinal', 'shi', 1]]);
  });

  it('gives a topic its span', () => {
    const [m] = findInlineMarkers('甲。对组织工作来说，要乙', 0, 13);
    expect(m).toMatchObject({ start: 2, end: 10, topicStart: 3, topicEnd: 7 });
  });
});

/** Each series as its family and its members' text, nested series after a member's text. */
function shape(text: string, list: InlineSeries[]): unknown[] {
  return list.map((s) => [s.family, s.members.map((m) => (m.series.length ? [text.slice(m.start, m.end), shape(text, m.series)] : text.slice(m.start, m.end)))]);
}

describe('buildInlineSeries', () => {
  const build = (text: string) => shape(text, buildInlineSeries(text, 0, text.length));

  it.each<[string, unknown[]]>([
    ['第一，甲。第二，乙。最后，丙。', [['ordinal', ['第一，甲。', '第二，乙。', '最后，丙。']]]],
    ['首先，甲。其二，乙。其三，丙。', [['ordinal', ['首先，甲。', '其二，乙。', '其三，丙。']]]],
    ['最后，甲。', []],
    ['第一，甲。最后，乙。', [['ordinal', ['第一，甲。', '最后，乙。']]]],
    ['一是甲；三是乙。', []],
    ['二是甲；三是乙。', []],
    ['一方面，甲；另一方面，乙；另一方面，丙。', [['pair', ['一方面，甲；', '另一方面，乙；另一方面，丙。']]]],
    ['第一，甲。最后，乙。第二，丙。', [['ordinal', ['第一，甲。', '最后，乙。第二，丙。']]]],
    ['对甲来说，乙。对丙来说，丁。', [['topic', ['对甲来说，乙。', '对丙来说，丁。']]]],
    ['第一，甲。第二，乙。\n丙。', [['ordinal', ['第一，甲。', '第二，乙。']]]],
    ['第一，一是甲；二是乙。第二，丙。', [['ordinal', [['第一，一是甲；二是乙。', [['ordinal', ['一是甲；', '二是乙。']]]], '第二，丙。']]]],
    ['第一，一是甲。第二，丙。', [['ordinal', ['第一，一是甲。', '第二，丙。']]]],
    // same style first: 一是 under 第一 goes on as 二是 even where a 第二 would be expected
    ['第一，一是甲；二是乙；三是丙。', []],
    // a first member opens a series inside the member before it
    ['一是甲；二是乙。一要丙；二要丁。', [['ordinal', ['一是甲；', ['二是乙。一要丙；二要丁。', [['ordinal', ['一要丙；', '二要丁。']]]]]]]],
  ])('%j', (text, want) => {
    expect(build(text)).toEqual(want);
  });

  it('lets the caller end the last member, never inside its marker', () => {
    const text = '第一，甲。第二，乙。丙。';
    const series = buildInlineSeries(text, 0, text.length, (member) => member.start + 5);
    expect(shape(text, series)).toEqual([['ordinal', ['第一，甲。', '第二，乙。']]]);
    const early = buildInlineSeries(text, 0, text.length, (member) => member.start);
    expect(early[0]?.members[1]?.end).toBe(8);
    const late = buildInlineSeries(text, 0, text.length, () => 99);
    expect(late[0]?.members[1]?.end).toBe(text.length);
  });
});

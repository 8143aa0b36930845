import { describe, expect, it } from 'vitest';
import { findHeadings, isAddressParagraph, splitParagraphs } from '../heading.util';
import { RANK } from '../outline.type';

/** Each heading as its marker, title and passage (the text after the title) and its rank and ordinal. */
function headings(text: string): Array<[marker: string, title: string, body: string, rank: number, ordinal: number]> {
  const paragraphs = splitParagraphs(text);
  return findHeadings(text, paragraphs).map((h) => {
    const end = (paragraphs.find((p) => p.start === h.start) as { end: number }).end;
    return [text.slice(h.start, h.markerEnd), text.slice(h.markerEnd, h.titleEnd), text.slice(h.bodyStart, end), h.rank, h.ordinal];
  });
}

describe('findHeadings: one marker at a time', () => {
  it.each<[string, Array<[string, string, string, number, number]>]>([
    ['一、总体要求', [['一、', '总体要求', '', RANK.chineseComma, 1]]],
    ['十二、加强保障。各部门要落实。', [['十二、', '加强保障', '各部门要落实。', RANK.chineseComma, 12]]],
    ['一十二、加强保障', [['一十二、', '加强保障', '', RANK.chineseComma, 12]]],
    ['一十二三、加强保障', []],
    ['二.加强保障', [['二.', '加强保障', '', RANK.chineseComma, 2]]],
    ['三．加强保障', [['三．', '加强保障', '', RANK.chineseComma, 3]]],
    ['二.5倍', []],
    ['一是加强保障', []],
    ['（三）抓项目！要抓紧。', [['（三）', '抓项目', '要抓紧。', RANK.chineseParen, 3]]],
    ['（一十二）抓项目', [['（一十二）', '抓项目', '', RANK.chineseParen, 12]]],
    ['（12）细项？好', [['（12）', '细项', '好', RANK.numberParen, 12]]],
    ['（123）细项', [['（123）', '细项', '', RANK.numberParen, 123]]],
    ['（1234）细项', []],
    ['（甲）细项', []],
    ['（）细项', []],
    ['（一细项', []],
    ['（1细项', []],
    ['①做好防汛；要备足物资', [['①', '做好防汛', '要备足物资', RANK.circled, 1]]],
    ['⑳做好防汛', [['⑳', '做好防汛', '', RANK.circled, 20]]],
    ['1.第一项。', [['1.', '第一项', '', RANK.numberDot, 1]]],
    ['12、第一项', [['12、', '第一项', '', RANK.numberDot, 12]]],
    ['2）细项', [['2）', '细项', '', RANK.numberParen, 2]]],
    ['3.5亿元投资', []],
    ['1234.第一项', []],
    ['5号文件', []],
    ['第一部分总体要求', [['第一部分', '总体要求', '', RANK.part, 1]]],
    ['第二部分、总体要求', [['第二部分、', '总体要求', '', RANK.part, 2]]],
    ['第三部分：总体要求', [['第三部分：', '总体要求', '', RANK.part, 3]]],
    ['第四部分，总体要求', [['第四部分，', '总体要求', '', RANK.part, 4]]],
    ['第五项工作', []],
    ['第甲部分', []],
    ['关于安全生产', [['', '关于安全生产', '', RANK.about, 0]]],
    ['关于安全生产。', [['', '关于安全生产', '', RANK.about, 0]]],
    ['关于安全生产，要加强。', []],
    ['关于安全。生产', []],
    [`关于${'甲'.repeat(28)}`, [['', `关于${'甲'.repeat(28)}`, '', RANK.about, 0]]],
    [`关于${'甲'.repeat(29)}`, []],
    ['关心群众', []],
    // the numbered items of a 交办单: one level, whatever the number looks like
    ['督办事项一：推进缓慢。要加快。', [['督办事项一：', '推进缓慢', '要加快。', RANK.labelled, 1]]],
    ['交办事项（二）隐患整治', [['交办事项（二）', '隐患整治', '', RANK.labelled, 2]]],
    ['交办事项(3)：隐患整治', [['交办事项(3)：', '隐患整治', '', RANK.labelled, 3]]],
    ['任务12.建成中心', [['任务12.', '建成中心', '', RANK.labelled, 12]]],
    ['重点任务三、扩大投资', [['重点任务三、', '扩大投资', '', RANK.labelled, 3]]],
    ['任务1.5亿元', []],
    ['任务一是加强', []],
    ['事项较多，要统筹', []],
    ['督办事项（一加强', []],
    // the title
    ['一、：总体要求', [['一、', '：总体要求', '', RANK.chineseComma, 1]]],
    ['一、 总体要求', [['一、', ' 总体要求', '', RANK.chineseComma, 1]]],
    ['一、“三抓”行动', [['一、', '“三抓”行动', '', RANK.chineseComma, 1]]],
    ['一、《纲要》解读', [['一、', '《纲要》解读', '', RANK.chineseComma, 1]]],
    ['一、"三抓"行动', [['一、', '"三抓"行动', '', RANK.chineseComma, 1]]],
    ['一、2026年目标', []],
    ['一、', []],
    ['一、：', []],
    [`一、${'甲'.repeat(30)}，${'乙'.repeat(30)}`, [['一、', '甲'.repeat(30), `，${'乙'.repeat(30)}`, RANK.chineseComma, 1]]],
    [`一、${'甲'.repeat(50)}，乙`, [['一、', '甲'.repeat(50), '，乙', RANK.chineseComma, 1]]],
    [`一、${'甲'.repeat(50)}。乙`, [['一、', '甲'.repeat(50), '乙', RANK.chineseComma, 1]]],
  ])('%j', (text, want) => {
    expect(headings(text)).toEqual(want);
  });

  it('cuts a title longer than 50 characters at 50 when no comma comes sooner', () => {
    const text = `一、${'甲'.repeat(51)}，${'乙'.repeat(5)}`;
    const [h] = findHeadings(text, splitParagraphs(text));
    expect(h?.titleEnd).toBe(52);
  });

  it.each<[string, number[]]>([
    ['首先，要甲。\n其次，要乙。\n再次，要丙。\n最后，要丁。', [1, 2, 3, -1]],
    ['首先、要甲。\n其次：要乙。', [1, 2]],
    ['第一，要甲。\n第二：要乙。\n第三、要丙。\n第十二，要丁。', [1, 2, 3, 12]],
    ['首先，要甲。', []],
    ['首先要甲。\n其次要乙。', []],
    ['第一要甲。\n第二要乙。', []],
    ['首先，要甲。\n其次，2026年。', []],
    ['一、总体\n首先，要甲。\n其次，要乙。', [1]],
  ])('opening words are headings only without explicit ones, and two at least: %j', (text, ordinals) => {
    expect(findHeadings(text, splitParagraphs(text)).map((h) => h.ordinal)).toEqual(ordinals);
  });

  it('the title of an opening word follows its pause', () => {
    expect(headings('首先，要统一思想。\n其次，要压实责任')).toEqual([
      ['首先，', '要统一思想', '', RANK.ordinalParagraph, 1],
      ['其次，', '要压实责任', '', RANK.ordinalParagraph, 2],
    ]);
  });
});

describe('splitParagraphs', () => {
  it('splits at line breaks and drops empty lines', () => {
    expect(splitParagraphs('甲\n\n乙丙\n')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 5 },
    ]);
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('甲')).toEqual([{ start: 0, end: 1 }]);
  });
});

describe('isAddressParagraph', () => {
  it.each([
    ['同志们，', true], ['同志们要', true], ['总之，', true], ['总而言之，', true], ['同时，', false], ['总体上', false],
    ['各位同志，', true], ['各位领导、各位代表：', true], ['各位好！', true], ['各位同志们好，', true], ['各位同志们好啊，', false],
    ['各位局长要亲自抓落实。', false], ['各位，', false], ['各位A，', false], ['各单位要', false], ['各位同志', false], ['要团结', false],
  ])('%j: %s', (text, want) => {
    expect(isAddressParagraph(`前。\n${text}`, { start: 3, end: 3 + text.length })).toBe(want);
  });
});

import { describe, expect, it } from 'vitest';
import { buildOutline, findHeadings, splitParagraphs } from '../heading.util';
import { buildInlineSeries } from '../inline-series.util';
import { RANK } from '../outline.type';

describe('headings', () => {
  it('nests 一、 （一） 1. （1） by rank', () => {
    const text = ['一、总体要求', '（一）目标任务。', '1.第一项。', '（1）细项。', '（二）重点工作。', '二、保障措施'].join('\n');
    const paragraphs = splitParagraphs(text);
    const headings = findHeadings(text, paragraphs);
    expect(headings.map((h) => h.rank)).toEqual([RANK.chineseComma, RANK.chineseParen, RANK.numberDot, RANK.numberParen, RANK.chineseParen, RANK.chineseComma]);
    const { roots } = buildOutline(text, paragraphs, headings);
    expect(roots).toHaveLength(2);
    expect(roots[0]?.children.map((c) => c.children.length)).toEqual([1, 0]);
  });

  it('uses 首先/其次/最后 paragraphs only when there is no explicit heading', () => {
    const text = '首先，要统一思想。\n其次，要压实责任。\n最后，要加强保障。';
    expect(findHeadings(text, splitParagraphs(text)).map((h) => h.ordinal)).toEqual([1, 2, -1]);
  });

  it.each([
    // before the next part, inside a part, under a bare heading: no closing; after the last part's passage: one
    [['一、总体要求', '要统一思想。', '同志们，这很重要。', '二、重点工作', '（一）抓项目', '各位同志，时间紧。', '要抓紧推进。', '（二）抓服务', '要优化服务。', '总之，要抓落实。', '（三）抓保障', '要强化保障。', '同志们，让我们奋力前进！'], 2, ['同志们，让我们奋力前进！']],
    // a heading that starts its numbering again after an address: the address closes the outline
    [['一、总体要求', '（一）抓项目', '要抓紧推进。', '（二）抓服务', '要优化服务。', '同志们，最后讲两点。', '（一）压实责任', '要压实责任。'], 2, ['同志们，最后讲两点。']],
    // 各位 giving its listeners work is no address
    [['一、总体要求', '要统一思想。', '二、重点工作', '要抓紧推进。', '各位局长要亲自抓落实。'], 2, []],
    [['一、总体要求', '要统一思想。', '二、重点工作', '要抓紧推进。', '各位领导、各位同志：让我们携手并进！'], 2, ['各位领导、各位同志：让我们携手并进！']],
  ])('an address closes the outline only where it ends: %s', (lines, roots, closings) => {
    const text = lines.join('\n');
    const paragraphs = splitParagraphs(text);
    const outline = buildOutline(text, paragraphs, findHeadings(text, paragraphs));
    expect(outline.roots).toHaveLength(roots);
    expect(outline.closings.map((c) => text.slice(c, text.indexOf('\n', c) < 0 ? text.length : text.indexOf('\n', c)))).toEqual(closings);
  });

  it('reads short 关于 lines as topic headings', () => {
    const text = '关于安全生产\n各街道要排查隐患。\n关于防汛工作\n要备足物资。';
    expect(findHeadings(text, splitParagraphs(text))).toHaveLength(2);
  });
});

describe('inline series', () => {
  const families = (text: string) => buildInlineSeries(text, 0, text.length).map((s) => `${s.family}:${s.members.length}`);

  it.each([
    ['第一，要甲。第二，要乙。第三，要丙。', ['ordinal:3']],
    ['一要甲；二要乙；三要丙。', ['ordinal:3']],
    ['一是甲，二是乙。', ['ordinal:2']],
    ['首先，要甲。其二，要乙。其三，要丙。', ['ordinal:3']],
    ['一方面，要甲。另一方面，要乙。', ['pair:2']],
    ['对组织工作来说，要甲。对宣传工作来说，要乙。', ['topic:2']],
  ])('%s', (text, want) => {
    expect(families(text)).toEqual(want);
  });

  it('nests 一是/二是 inside 第一/第二', () => {
    const text = '第一，要甲。一是子一；二是子二。第二，要乙。';
    const [top] = buildInlineSeries(text, 0, text.length);
    expect(top?.members).toHaveLength(2);
    expect(top?.members[0]?.series[0]?.members).toHaveLength(2);
  });

  it('does not take 第一次 or a lone marker for an enumeration', () => {
    expect(families('这是第一次召开。第一，要甲。')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { normalizeText, originalSpan } from '../normalize-text.util';

describe('normalizeText', () => {
  it('maps half-width punctuation to full width but keeps numbers and list markers', () => {
    const n = normalizeText('1. 总体要求:全年完成1,200户,增长3.5%.');
    expect(n.text).toBe('1.总体要求：全年完成1,200户，增长3.5%.');
  });

  it('drops spaces between Chinese characters and keeps one between Latin words', () => {
    expect(normalizeText('各 街 道 要 用好 APP  Store').text).toBe('各街道要用好APP Store');
  });

  it('removes a BOM and maps every character back to the original', () => {
    const src = '\uFEFF一、总体\r\n要求。\r\n\r\n二、保障';
    const n = normalizeText(src);
    expect(n.original).toBe(src.slice(1));
    for (let i = 0; i < n.text.length; i++) {
      if (n.text[i] !== '\n') expect(n.original[n.map[i] as number]).toBe(n.text[i]);
    }
    const at = n.text.indexOf('二、保障');
    const span = originalSpan(n, at, at + 4);
    expect(n.original.slice(span.start, span.end)).toBe('二、保障');
  });

  it('joins hard-wrapped lines into paragraphs but keeps heading lines apart', () => {
    const lines = ['一、加强基层建设', '各街道要健全网格员队伍，做到', '人员到位、责任到位、保障到', '位，年底前全部配齐。', '二、强化保障措施'];
    const n = normalizeText(lines.join('\n'));
    expect(n.text.split('\n')).toEqual(['一、加强基层建设', '各街道要健全网格员队伍，做到人员到位、责任到位、保障到位，年底前全部配齐。', '二、强化保障措施']);
  });

  it('drops a scraped teaser line that repeats the opening', () => {
    const n = normalizeText('在某某会议上的讲话同志们：今天我们召开会议...\n在某某会议上的讲话\n同志们：\n今天我们召开会议，研究部署工作。');
    expect(n.text.startsWith('在某某会议上的讲话\n')).toBe(true);
    expect(n.original.slice(n.map[0] as number, (n.map[0] as number) + 3)).toBe('在某某');
    expect(n.map[0]).toBeGreaterThan(10);
  });
});

describe('normalizeText, character by character', () => {
  it.each([
    // blanks: dropped, except one between two Latin letters or digits
    ['各\t街\u3000道\u00a0要\u200b做\u2060好\u202f工\u205f作\u000b。\u000c', '各街道要做好工作。'],
    ['用好APP\u3000Store', '用好APP Store'],
    ['A  B', 'A B'],
    ['A \u3000 B', 'A B'],
    ['5 6', '5 6'],
    ['z 9', 'z 9'],
    ['A 中', 'A中'],
    ['中 A', '中A'],
    ['5 个', '5个'],
    ['@ A', '@A'],
    ['A @', 'A@'],
    ['  前后  ', '前后'],
    // full-width letters, digits and the dot become ASCII; other full-width signs stay
    ['ＡＢＣｘｙｚ０１９', 'ABCxyz019'],
    // a blank between two full-width letters or digits is judged on their ASCII forms
    ['Ａ　Ｂ', 'A B'],
    ['Ａ Ｂ', 'A B'],
    ['ＡＰＰ　Ｓｔｏｒｅ', 'APP Store'],
    ['A　Ｂ', 'A B'],
    ['Ａ　B', 'A B'],
    ['５　６', '5 6'],
    ['Ａ　中', 'A中'],
    ['中　Ｂ', '中B'],
    ['１,２００户', '1,200户'],
    ['１０:３０', '10:30'],
    ['增长３．５％', '增长3.5％'],
    ['ｘ＋ｙ＝ｚ', 'x＋y＝z'],
    ['！？（）', '！？（）'],
    // half-width punctuation
    ['好,的', '好，的'],
    ['1,200户', '1,200户'],
    ['1,户', '1，户'],
    ['户,2', '户，2'],
    ['1 , 2', '1,2'],
    ['10:30', '10:30'],
    ['如下:一', '如下：一'],
    ['3:a', '3：a'],
    ['a:3', 'a：3'],
    ['甲;乙', '甲；乙'],
    ['好!', '好！'],
    ['吗?', '吗？'],
    ['(一)', '（一）'],
    ['完成.', '完成。'],
    ['完成 .', '完成。'],
    ['“好”.', '“好”。'],
    ['"好".', '"好"。'],
    ['（注）.', '（注）。'],
    ['(注).', '（注）。'],
    ['3.5', '3.5'],
    ['1.总体', '1.总体'],
    // a Chinese numeral opening the line marks a heading: its dot stays
    ['二.总体', '二.总体'],
    [' 十一.总体', '十一.总体'],
    ['二．总体', '二.总体'],
    ['第二.项', '第二。项'],
    ['一二三四.项', '一二三四。项'],
    ['完成二.', '完成二。'],
    ['第1.项', '第1.项'],
    ['a.b', 'a.b'],
    ['www.gov.cn', 'www.gov.cn'],
    ['.开头', '.开头'],
    ['等等..', '等等……'],
    ['等等...', '等等………'],
    ['#', '#'],
    // Traditional characters, one for one
    ['會議要求們', '会议要求们'],
  ])('%j -> %j', (src, want) => {
    expect(normalizeText(src).text).toBe(want);
  });

  it('keeps the space between full-width words at the offset of the blank', () => {
    const n = normalizeText('甲ＡＢ\u3000ＣＤ乙');
    expect(n.text).toBe('甲AB CD乙');
    expect(Array.from(n.map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('maps every character, replaced ones and line breaks included, to its original offset', () => {
    const n = normalizeText('甲 ,乙\r\n\r\n丙ＡB');
    expect(n.text).toBe('甲，乙\n丙AB');
    expect(Array.from(n.map)).toEqual([0, 2, 3, 4, 8, 9, 10, 11]);
  });

  it.each([
    ['甲。\n乙。', '甲。\n乙。'],
    ['甲。\r乙。', '甲。\n乙。'],
    ['甲。\r\n乙。', '甲。\n乙。'],
    ['甲。\u2028乙。', '甲。\n乙。'],
    ['甲。\u2029乙。', '甲。\n乙。'],
    ['甲。\u0085乙。', '甲。\n乙。'],
    ['甲。\n\n\n乙。', '甲。\n乙。'],
    ['甲。\n \u3000\n乙。', '甲。\n乙。'],
    ['\n\n甲。', '甲。'],
    ['甲。\n\n', '甲。'],
    ['\r\n\r\n', ''],
    ['', ''],
  ])('line breaks: %j -> %j', (src, want) => {
    expect(normalizeText(src).text).toBe(want);
  });

  // ten characters a line, not ending a sentence: the typical width of this transcript is 10
  const ten = '甲乙丙丁戊己庚辛壬癸';
  it.each([
    ['four full lines: one paragraph', [ten, ten, ten, ten + '。'], [ten + ten + ten + ten + '。']],
    ['three lines are too few to tell a width', [ten, ten, ten + '。'], [ten, ten, ten + '。']],
    ['a line at 0.6 of the width is joined, a shorter one is not', [ten, ten, ten, ten, '甲乙丙丁戊己', '甲乙丙丁戊', ten], [ten + ten + ten + ten + '甲乙丙丁戊己甲乙丙丁戊', ten]],
    ['a line ending a sentence ends the paragraph', [ten, ten + '：', ten, ten], [ten + ten + '：', ten + ten]],
    ['a line before a heading is not joined', [ten, ten, ten, '二、' + ten], [ten + ten + ten, '二、' + ten]],
    ['a heading line is joined only when it nearly fills the width', [ten, ten, ten, ten, '一、甲乙丙丁戊己庚', ten, '（二）甲乙丙丁戊', ten], [ten + ten + ten + ten, '一、甲乙丙丁戊己庚' + ten, '（二）甲乙丙丁戊', ten]],
    ['a blank line ends the paragraph', [ten, ten, '', ten, ten], [ten + ten, ten + ten]],
  ])('hard wraps: %s', (_name, lines, want) => {
    expect(normalizeText(lines.join('\n')).text.split('\n')).toEqual(want);
  });

  it('takes the width at the 80th percentile of the line lengths, and never wraps lines past 512', () => {
    // lengths 4, 10, 10, 10, 10, 20: the 80th percentile (the fifth shortest of six) is 10, so 4 is too short to join
    const lines = ['甲乙丙丁', ten, ten, ten, ten];
    expect(normalizeText([...lines, ten + ten].join('\n')).text.split('\n')).toEqual(['甲乙丙丁', ten.repeat(6)]);
    const long = '甲'.repeat(600);
    expect(normalizeText([long, long, long, long].join('\n')).text.split('\n')).toHaveLength(4);
    const wide = '甲'.repeat(500);
    expect(normalizeText([wide, wide, wide, wide].join('\n')).text.split('\n')).toHaveLength(1);
  });

  it.each([
    // 12 characters ending in …: a teaser when the body repeats its opening
    ['在某某会议上的讲话同志…\n在某某会议上的讲话', '在某某会议上的讲话'],
    ['在某某会议上的讲话同…\n在某某会议上的讲话', '在某某会议上的讲话同…\n在某某会议上的讲话'],
    ['在某某会议上的讲话同志。\n在某某会议上的讲话', '在某某会议上的讲话同志。\n在某某会议上的讲话'],
    ['在某某会议上的讲话同志…\n在某某会议上的发言', '在某某会议上的讲话同志…\n在某某会议上的发言'],
    ['在某某会议上的讲话同志…', '在某某会议上的讲话同志…'],
  ])('teaser: %j', (src, want) => {
    expect(normalizeText(src).text).toBe(want);
  });

  it('looks for the teaser opening within 4,000 characters, or three times the teaser', () => {
    const teaser = '在某某会议上的讲话同志…\n';
    expect(normalizeText(teaser + '乙'.repeat(3992) + '在某某会议上的讲话').text.startsWith('乙')).toBe(true);
    expect(normalizeText(teaser + '乙'.repeat(3993) + '在某某会议上的讲话').text.startsWith('在某')).toBe(true);
    const longTeaser = '在某某会议上的讲话' + '甲'.repeat(1490) + '…\n'; // 1,500 characters before the break
    expect(normalizeText(longTeaser + '乙'.repeat(4400) + '在某某会议上的讲话').text.startsWith('乙')).toBe(true);
    expect(normalizeText(longTeaser + '乙'.repeat(4493) + '在某某会议上的讲话').text.startsWith('在某')).toBe(true);
  });

  it('originalSpan of an empty range is a point, past the end the end of the original', () => {
    const n = normalizeText('甲 乙丙');
    expect(originalSpan(n, 1, 1)).toEqual({ start: 2, end: 2 });
    expect(originalSpan(n, 2, 1)).toEqual({ start: 3, end: 3 });
    expect(originalSpan(n, 9, 9)).toEqual({ start: 4, end: 4 });
    expect(originalSpan(n, 0, 3)).toEqual({ start: 0, end: 4 });
    expect(originalSpan(n, 1, 2)).toEqual({ start: 2, end: 3 });
  });
});

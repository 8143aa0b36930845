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

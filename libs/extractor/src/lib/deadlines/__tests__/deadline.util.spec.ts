import { describe, expect, it } from 'vitest';
import { parseYmd } from '../calendar.util';
import { lastDeadline } from '../deadline.util';

const ref = parseYmd('2026-04-08');
const due = (s: string): string | null => lastDeadline(s, 0, s.length, ref);

describe('lastDeadline', () => {
  it.each([
    ['10月1日前建成', '2026-10-01'],
    ['11月30日之前完成', '2026-11-30'],
    ['6月底前提交', '2026-06-30'],
    ['本月底前制定计划', '2026-04-30'],
    ['下月底完成', '2026-05-31'],
    ['上半年完成', '2026-06-30'],
    ['第三季度末前实现全覆盖', '2026-09-30'],
    ['三季度末前完成', '2026-09-30'],
    ['下半年召开', '2026-12-31'],
    ['年内完成', '2026-12-31'],
    ['年底前全部到位', '2026-12-31'],
    ['在12月完成验收', '2026-12-31'],
    ['明年一季度开展复查', '2027-03-31'],
    ['2027年6月底前完成', '2027-06-30'],
    ['3月15日前完成', '2027-03-15'],
    ['一季度末前完成', '2027-03-31'],
    ['九月中旬前拿出方案', '2026-09-20'],
    ['两个月内完成', '2026-06-08'],
    ['30天内整改到位', '2026-05-08'],
  ])('%s -> %s', (text, want) => {
    expect(due(text)).toBe(want);
  });

  it('takes the last deadline of the item', () => {
    expect(due('6月底前提交方案，年底前全部完成')).toBe('2026-12-31');
  });

  it('ignores cadences, counts and plain numbers', () => {
    expect(due('每季度报送一次，全年培训500人次')).toBe('2026-12-31');
    expect(due('每季度报送一次')).toBeNull();
    expect(due('建成120公里，惠及3万人')).toBeNull();
  });

  it('resolves nothing without a reference date', () => {
    expect(lastDeadline('年底前完成', 0, 5, null)).toBeNull();
  });
});

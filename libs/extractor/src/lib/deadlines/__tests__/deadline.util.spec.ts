import { chineseDaysCalendar, WorkingCalendar } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { parseYmd } from '../calendar.util';
import { lastDeadline } from '../deadline.util';

const published = new WorkingCalendar(chineseDaysCalendar());
const ref = parseYmd('2026-04-08');
const due = (s: string, date = ref, calendar = published): string | null => lastDeadline(s, 0, s.length, date, calendar);

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

  // durations and events, from Wednesday 2026-04-08 (the 劳动节 holiday is 05-01..05-05 in 2026)
  it.each([
    ['5个工作日内报送', '2026-04-15'],
    ['10个工作日内完成整改', '2026-04-22'],
    ['三个工作日内反馈', '2026-04-13'],
    ['一个月内拿出方案', '2026-05-08'],
    ['两个月内完成', '2026-06-08'],
    ['两周内完成摸底', '2026-04-22'],
    ['一周内上报', '2026-04-15'],
    ['半个月内完成', '2026-04-23'],
    ['下月10日前报送', '2026-05-10'],
    ['下个月15号前完成', '2026-05-15'],
    ['本月20日前制定方案', '2026-04-20'],
    ['本季度内完成', '2026-06-30'],
    ['国庆节前完成', '2026-09-30'],
    ['国庆前全部建成', '2026-09-30'],
    ['“五一”前完成排查', '2026-04-30'],
    ['端午节前完成', '2026-06-18'],
    ['明年底前全面完成', '2027-12-31'],
  ])('%s -> %s', (text, want) => {
    expect(due(text)).toBe(want);
  });

  it.each([
    // from Friday 2025-09-26: the weekend and the 10-01..10-08 holiday are skipped, the 调休 Sunday 09-28 counts
    ['2025-09-26', '5个工作日内反馈', '2025-10-10'],
    // 2026-02-15 is the first day of the Spring Festival holiday; 02-14 is a 调休 working Saturday
    ['2026-01-10', '春节前完成慰问', '2026-02-14'],
    ['2025-12-20', '元旦前完成', '2025-12-31'],
  ])('from %s, %s -> %s', (date, text, want) => {
    expect(due(text, parseYmd(date))).toBe(want);
  });

  it('asks the calendar it is given, not a built-in one', () => {
    // an office that declares 04-09 and 04-10 rest days moves "两个工作日内" past the weekend
    const office = new WorkingCalendar([
      { date: '2026-04-09', working: false, name: '调整' },
      { date: '2026-04-10', working: false, name: '调整' },
    ]);
    expect(due('两个工作日内完成', ref, office)).toBe('2026-04-14');
    expect(due('两个工作日内完成', ref, published)).toBe('2026-04-10');
    // a lunar festival the calendar does not know has no date
    expect(due('春节前完成', ref, new WorkingCalendar([]))).toBeNull();
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
    expect(lastDeadline('年底前完成', 0, 5, null, published)).toBeNull();
  });
});

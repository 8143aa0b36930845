import { chineseDaysCalendar, WorkingCalendar, type CalendarDay } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { addMonths, formatYmd, parseYmd, type Ymd } from '../calendar.util';
import { deadlineOpening, findDeadlines, lastDeadline, type CalendarSource, type Deadline } from '../deadline.util';

/** A deadline's date as text; null for a phrase the calendar cannot date. */
const ymdOf = (d: Deadline): string | null => (d.date ? formatYmd(d.date) : null);

/** Every deadline of a text as its span and date, from Wednesday 2026-04-08 on a Monday-to-Friday calendar. */
const read = (text: string): Array<[string, string | null]> =>
  findDeadlines(text, 0, text.length, { ref: parseYmd('2026-04-08') as Ymd, source: new WorkingCalendar([]) }).map((d) => [text.slice(d.start, d.end), ymdOf(d)]);

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

  // a month or a year with no closing word, bounded by a verb of completion: the end of that month or year
  it.each([
    ['2027年6月完成', '2027-06-30'],
    ['2027年6月份完成改造', '2027-06-30'],
    ['2027年9月全面完成', '2027-09-30'],
    ['2027年2月基本建成', '2027-02-28'],
    ['力争2027年3月完工', '2027-03-31'],
    ['11月办结', '2026-11-30'],
    ['3月竣工', '2027-03-31'],
    ['2027年完成', '2027-12-31'],
    ['于2028年全面建成', '2028-12-31'],
    ['2027年6月完成验收，2027年12月底前全部完成', '2027-12-31'],
    ['6月20日完成', '2026-06-20'],
    ['6月20日如期完成', '2026-06-20'],
    // a year in Chinese numerals, digit by digit; the start of a month (月初) like its first ten days
    ['二〇二七年六月底前完成', '2027-06-30'],
    ['二零二七年三月完成', '2027-03-31'],
    ['二〇二六年底前', '2026-12-31'],
    ['二〇二七年上半年', '2027-06-30'],
    ['二〇二七年第二季度末前', '2027-06-30'],
    ['二〇二七年十二月底前', '2027-12-31'],
    ['3月初完成', '2027-03-10'],
    ['6月初前', '2026-06-10'],
  ])('%s -> %s', (text, want) => {
    expect(due(text)).toBe(want);
  });

  it.each(['2026年3月启动', '3月20日召开', '12027年完成', '2027年目标完成', '6月份以来完成了', '2027年6月开始建设', '6月初步完成'])('no deadline: %s', (text) => {
    expect(due(text)).toBeNull();
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
    // a lunar festival the calendar does not know is dated by the lunar calendar: 除夕 2027-02-05 is a
    // Friday, and without the announced holidays the day before it is the last working day
    expect(due('春节前完成', ref, new WorkingCalendar([]))).toBe('2027-02-04');
    expect(due('6月底前摸底，春节前完成', ref, new WorkingCalendar([]))).toBe('2027-02-04');
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

/**
 * findDeadlines on one phrase at a time: the span it reads and the date it resolves, from Wednesday
 * 2026-04-08 unless a case says otherwise. The plain calendar is Monday to Friday; the office one
 * adds holidays and 调休 days written out here, so every expected date can be counted by hand.
 */
describe('findDeadlines, phrase by phrase', () => {
  const plain = new WorkingCalendar([]);
  const rest = (date: string, name: string): CalendarDay => ({ date, working: false, name });
  const office = new WorkingCalendar([
    rest('2026-04-09', '调整'),
    rest('2026-04-10', '调整'),
    { date: '2026-04-11', working: true, name: '调整' }, // a working Saturday
    ...['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'].map((d) => rest(d, '国庆节')),
    { date: '2026-09-27', working: true, name: '国庆节' },
    // 春节 from Monday 2027-02-08, after a 调休 working Sunday
    { date: '2027-02-07', working: true, name: '春节' },
    ...['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((d) => rest(d, '春节')),
    rest('2026-06-19', '端午'),
    rest('2026-09-25', '中秋'),
    rest('2027-04-05', '清明'),
    rest('2026-05-01', '劳动节'),
    rest('2026-12-31', '元旦'), // an office that starts the new-year holiday a day early
  ]);
  const spans = (text: string, date = '2026-04-08', calendar: CalendarSource = plain): Array<[string, string | null]> =>
    findDeadlines(text, 0, text.length, { ref: parseYmd(date) as Ymd, source: calendar }).map((d) => [text.slice(d.start, d.end), ymdOf(d)]);

  it.each<[string, string, Array<[string, string]>]>([
    // festivals: the last working day before the first rest day (office calendar)
    ['国庆节前完成', '2026-04-08', [['国庆节前', '2026-09-30']]],
    ['国庆前完成', '2026-04-08', [['国庆前', '2026-09-30']]],
    ['国庆节之前完成', '2026-04-08', [['国庆节之前', '2026-09-30']]],
    ['国庆以前完成', '2026-04-08', [['国庆以前', '2026-09-30']]],
    ['国庆假期前完成', '2026-04-08', [['国庆假期前', '2026-09-30']]],
    ['国庆假期之前完成', '2026-04-08', [['国庆假期之前', '2026-09-30']]],
    ['“国庆”前完成', '2026-04-08', [['“国庆”前', '2026-09-30']]],
    ['"国庆"前完成', '2026-04-08', [['"国庆"前', '2026-09-30']]],
    ['春节前完成', '2026-04-08', [['春节前', '2027-02-07']]],
    ['端午节前完成', '2026-04-08', [['端午节前', '2026-06-18']]],
    ['端午前完成', '2026-04-08', [['端午前', '2026-06-18']]],
    ['中秋节前完成', '2026-04-08', [['中秋节前', '2026-09-24']]],
    ['中秋前完成', '2026-04-08', [['中秋前', '2026-09-24']]],
    ['清明节前完成', '2026-04-08', [['清明节前', '2027-04-02']]],
    ['清明前完成', '2026-04-08', [['清明前', '2027-04-02']]],
    ['劳动节前完成', '2026-04-08', [['劳动节前', '2026-04-30']]],
    ['“五一”前完成', '2026-04-08', [['“五一”前', '2026-04-30']]],
    ['元旦前完成', '2026-04-08', [['元旦前', '2026-12-30']]],
    // the holiday has begun: the next one (the calendar knows none, so the fixed date of next year)
    ['国庆前完成', '2026-10-03', [['国庆前', '2027-09-30']]],
    // a festival named but not as a deadline
    ['国庆节后完成', '2026-04-08', []],
    ['国庆期间值班', '2026-04-08', []],
    ['春节假日', '2026-04-08', []],
  ])('%s from %s (office calendar)', (text, date, want) => {
    expect(spans(text, date, office)).toEqual(want);
  });

  it.each<[string, string, Array<[string, string | null]>]>([
    // the fixed-date festivals when the calendar has no entry: the plain week before that date
    ['国庆节前完成', '2026-04-08', [['国庆节前', '2026-09-30']]],
    ['国庆前完成', '2026-10-01', [['国庆前', '2027-09-30']]],
    ['国庆前完成', '2026-09-30', [['国庆前', '2026-09-30']]],
    ['元旦前完成', '2026-04-08', [['元旦前', '2026-12-31']]],
    ['元旦前完成', '2026-01-01', [['元旦前', '2026-12-31']]],
    ['五一前完成', '2026-04-08', [['五一前', '2026-04-30']]],
    ['劳动节之前完成', '2026-05-01', [['劳动节之前', '2027-04-30']]],
    // lunar festivals and 清明 by the lunar calendar and the solar terms: 除夕 2027-02-05 (Fri), 端午
    // 2026-06-19 (Fri), 中秋 2026-09-25 (Fri), 清明 2027-04-05 (Mon; 2026's fell on 04-05, before the speech)
    ['春节前完成', '2026-04-08', [['春节前', '2027-02-04']]],
    ['端午节前完成', '2026-04-08', [['端午节前', '2026-06-18']]],
    ['中秋前完成', '2026-04-08', [['中秋前', '2026-09-24']]],
    ['清明前完成', '2026-04-08', [['清明前', '2027-04-02']]],
    // said on the festival itself: next year's (中秋 2027-09-15 is a Wednesday)
    ['中秋前完成', '2026-09-25', [['中秋前', '2027-09-14']]],
    // 除夕 2028-01-25 is a Tuesday
    ['春节前完成', '2027-02-06', [['春节前', '2028-01-24']]],
  ])('%s from %s (no holidays)', (text, date, want) => {
    expect(spans(text, date, plain)).toEqual(want);
  });

  it.each<[string, string, Array<[string, string]>]>([
    // years
    ['明年底前完成', '2026-04-08', [['明年底前', '2027-12-31']]],
    ['要在明年底完成', '2026-04-08', [['明年底', '2027-12-31']]],
    ['明年年底前完成', '2026-04-08', [['明年年底前', '2027-12-31']]],
    ['明年年底完成', '2026-04-08', [['明年年底', '2027-12-31']]],
    ['明年末完成', '2026-04-08', [['明年末', '2027-12-31']]],
    ['年底前完成', '2026-04-08', [['年底前', '2026-12-31']]],
    ['年底完成', '2026-04-08', [['年底', '2026-12-31']]],
    ['年末前完成', '2026-04-08', [['年末前', '2026-12-31']]],
    ['年末完成', '2026-04-08', [['年末', '2026-12-31']]],
    ['年内完成', '2026-04-08', [['年内', '2026-12-31']]],
    ['全年完成', '2026-04-08', [['全年', '2026-12-31']]],
    ['本年度完成', '2026-04-08', [['本年度', '2026-12-31']]],
    ['年度内完成', '2026-04-08', [['年度内', '2026-12-31']]],
    ['下半年完成', '2026-04-08', [['下半年', '2026-12-31']]],
    ['四季度末完成', '2026-04-08', [['四季度末', '2026-12-31']]],
    ['2027年底前完成', '2026-04-08', [['2027年底前', '2027-12-31']]],
    ['2027年年底前完成', '2026-04-08', [['2027年年底前', '2027-12-31']]],
    ['2028年内完成', '2026-04-08', [['2028年内', '2028-12-31']]],
    ['要在明年内完成', '2026-04-08', [['明年内', '2027-12-31']]],
    ['要在今年底前完成', '2026-04-08', [['今年底前', '2026-12-31']]],
    ['力争本年内完成', '2026-04-08', [['本年内', '2026-12-31']]],
    ['2027年全年完成', '2026-04-08', [['2027年全年', '2027-12-31']]],
    ['明年下半年完成', '2026-04-08', [['明年下半年', '2027-12-31']]],
    ['争取下一年下半年完成', '2026-04-08', [['下一年下半年', '2027-12-31']]],
    ['每年底前报送', '2026-04-08', []],
    ['半年度内完成', '2026-04-08', []],
    ['27年底前完成', '2026-04-08', [['年底前', '2026-12-31']]],
    // half years
    ['上半年完成', '2026-04-08', [['上半年', '2026-06-30']]],
    ['年中完成', '2026-04-08', [['年中', '2026-06-30']]],
    ['上半年完成', '2026-06-30', [['上半年', '2026-06-30']]],
    ['上半年完成', '2026-08-01', [['上半年', '2027-06-30']]],
    ['今年上半年完成', '2026-08-01', [['今年上半年', '2026-06-30']]],
    ['明年上半年完成', '2026-04-08', [['明年上半年', '2027-06-30']]],
    ['2028年上半年完成', '2026-04-08', [['2028年上半年', '2028-06-30']]],
    ['半年内完成', '2026-04-08', [['半年内', '2026-10-08']]],
    ['半个月内完成', '2026-04-08', [['半个月内', '2026-04-23']]],
    ['半月内完成', '2026-04-08', [['半月内', '2026-04-23']]],
    // quarters
    ['第三季度末前完成', '2026-04-08', [['第三季度末前', '2026-09-30']]],
    ['三季度末前完成', '2026-04-08', [['三季度末前', '2026-09-30']]],
    ['第二季度底前完成', '2026-04-08', [['第二季度底前', '2026-06-30']]],
    ['二季度完成', '2026-04-08', [['二季度', '2026-06-30']]],
    ['3季度完成', '2026-04-08', [['3季度', '2026-09-30']]],
    ['一季度完成', '2026-04-08', [['一季度', '2027-03-31']]],
    ['一季度完成', '2026-03-31', [['一季度', '2026-03-31']]],
    ['今年一季度完成', '2026-04-08', [['今年一季度', '2026-03-31']]],
    ['明年一季度完成', '2026-04-08', [['明年一季度', '2027-03-31']]],
    ['2027年第一季度完成', '2026-04-08', [['2027年第一季度', '2027-03-31']]],
    ['本季度完成', '2026-04-08', [['本季度', '2026-06-30']]],
    ['本季度完成', '2026-03-31', [['本季度', '2026-03-31']]],
    ['本季度完成', '2026-10-01', [['本季度', '2026-12-31']]],
    ['本季度完成', '2026-07-01', [['本季度', '2026-09-30']]],
    ['每季度报送', '2026-04-08', []],
    ['整个三季度要保持稳定', '2026-04-08', []],
    ['第五季度', '2026-04-08', []],
    ['零季度', '2026-04-08', []],
    // months of the speech
    ['本月底前完成', '2026-04-08', [['本月底前', '2026-04-30']]],
    ['本月末完成', '2026-04-08', [['本月末', '2026-04-30']]],
    ['当月底完成', '2026-04-08', [['当月底', '2026-04-30']]],
    ['下月底完成', '2026-04-08', [['下月底', '2026-05-31']]],
    ['下个月底完成', '2026-04-08', [['下个月底', '2026-05-31']]],
    ['下月底完成', '2026-12-08', [['下月底', '2027-01-31']]],
    ['下月底完成', '2026-01-31', [['下月底', '2026-02-28']]],
    ['下月10日前报送', '2026-04-08', [['下月10日前', '2026-05-10']]],
    ['下月10日报送', '2026-04-08', [['下月10日', '2026-05-10']]],
    ['下个月15号前完成', '2026-04-08', [['下个月15号前', '2026-05-15']]],
    ['次月5日前报送', '2026-04-08', [['次月5日前', '2026-05-05']]],
    ['下月十日前报送', '2026-04-08', [['下月十日前', '2026-05-10']]],
    ['本月20日前完成', '2026-04-08', [['本月20日前', '2026-04-20']]],
    ['当月30日前完成', '2026-04-08', [['当月30日前', '2026-04-30']]],
    ['本月1日前完成', '2026-04-08', [['本月1日前', '2026-04-01']]],
    ['本月31日前完成', '2026-04-08', []],
    ['本月0日前完成', '2026-04-08', []],
    ['下月31日前完成', '2026-04-08', [['下月31日前', '2026-05-31']]],
    ['下月5日前报送', '2026-12-10', [['下月5日前', '2027-01-05']]],
    ['下月28日前报送', '2026-01-15', [['下月28日前', '2026-02-28']]],
    ['下月29日前报送', '2026-01-15', []],
    ['下月10个项目', '2026-04-08', []],
    // a part of the month after 本月/下月: its tenth, its twentieth or its end
    ['本月中旬前报送', '2026-04-08', [['本月中旬前', '2026-04-20']]],
    ['本月上旬完成', '2026-04-08', [['本月上旬', '2026-04-10']]],
    ['当月下旬以前完成', '2026-04-08', [['当月下旬以前', '2026-04-30']]],
    ['下月上旬前报送', '2026-04-08', [['下月上旬前', '2026-05-10']]],
    ['下个月中下旬完成', '2026-12-08', [['下个月中下旬', '2027-01-31']]],
    // a day without its month (请于25日前报送): the speech's month, or the next once that day is past
    ['请于25日前报县委办', '2026-04-08', [['25日前', '2026-04-25']]],
    ['各乡镇5日前上报', '2026-04-08', [['5日前', '2026-05-05']]],
    ['二十日之前报送', '2026-04-08', [['二十日之前', '2026-04-20']]],
    ['30号以前交齐', '2026-04-08', [['30号以前', '2026-04-30']]],
    ['31日前报送', '2026-05-08', [['31日前', '2026-05-31']]],
    // April has no 31st: the phrase names no day of the speech's month
    ['31日前报送', '2026-04-08', []],
    ['每月5日前报送', '2026-04-08', []],
    ['25日召开', '2026-04-08', []],
    ['25号楼', '2026-04-08', []],
    // 年前 (and 过年前) is before the Spring Festival, like 春节前; a count of years or the year's first quarters is not
    ['年前召开一次推进会', '2026-04-08', [['年前', '2027-02-04']]],
    ['力争年前完成', '2026-12-08', [['年前', '2027-02-04']]],
    ['过年前发放到位', '2026-12-08', [['过年前', '2027-02-04']]],
    ['三年前建成的', '2026-04-08', []],
    ['2020年前后', '2026-04-08', []],
    ['多年前', '2026-04-08', []],
    ['年前后', '2026-04-08', []],
    ['今年前三季度，全县', '2026-04-08', []],
    ['年前三个月', '2026-04-08', []],
    ['新年前', '2026-04-08', []],
    ['前两季度完成', '2026-04-08', []],
    // durations
    ['5个工作日内报送', '2026-04-08', [['5个工作日内', '2026-04-15']]],
    // 五 and 中 also open festival names (五一, 中秋): a failed festival read goes on to the number
    ['五个工作日内报送', '2026-04-08', [['五个工作日内', '2026-04-15']]],
    ['五月底前报送', '2026-04-08', [['五月底前', '2026-05-31']]],
    ['中旬前报送', '2026-04-08', []],
    ['5个工作日报送', '2026-04-08', [['5个工作日', '2026-04-15']]],
    ['5工作日内报送', '2026-04-08', [['5工作日内', '2026-04-15']]],
    ['10天内完成', '2026-04-08', [['10天内', '2026-04-18']]],
    ['10日内完成', '2026-04-08', [['10日内', '2026-04-18']]],
    ['366天内完成', '2026-04-08', [['366天内', '2027-04-09']]],
    ['1天内完成', '2026-04-08', [['1天内', '2026-04-09']]],
    ['2个星期内完成', '2026-04-08', [['2个星期内', '2026-04-22']]],
    ['两星期内完成', '2026-04-08', [['两星期内', '2026-04-22']]],
    ['两周内完成', '2026-04-08', [['两周内', '2026-04-22']]],
    ['三个月内完成', '2026-04-08', [['三个月内', '2026-07-08']]],
    ['两个月内完成', '2026-12-31', [['两个月内', '2027-02-28']]],
    ['0天内完成', '2026-04-08', []],
    ['367天内完成', '2026-04-08', []],
    ['1000天内完成', '2026-04-08', []],
    ['每5个工作日报送一次', '2026-04-08', []],
    ['三个方面', '2026-04-08', []],
    ['两个工作组', '2026-04-08', []],
    ['5个工作', '2026-04-08', []],
    ['7天假期', '2026-04-08', []],
    // months of the year
    ['10月1日前完成', '2026-04-08', [['10月1日前', '2026-10-01']]],
    ['10月1号前完成', '2026-04-08', [['10月1号前', '2026-10-01']]],
    ['10月1日之前完成', '2026-04-08', [['10月1日之前', '2026-10-01']]],
    ['10月1日以前完成', '2026-04-08', [['10月1日以前', '2026-10-01']]],
    ['10月1日止', '2026-04-08', [['10月1日止', '2026-10-01']]],
    ['10月1日为止', '2026-04-08', [['10月1日为止', '2026-10-01']]],
    ['10月1日完成', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['10月1日结束', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['于10月1日召开', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['在10月1日召开', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['截至10月1日，', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['截止10月1日，', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['到10月1日，', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['至10月1日，', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['赶在10月1日开通', '2026-04-08', [['10月1日', '2026-10-01']]],
    ['10月1日召开大会', '2026-04-08', []],
    ['十月一日前完成', '2026-04-08', [['十月一日前', '2026-10-01']]],
    ['十二月三十一日前完成', '2026-04-08', [['十二月三十一日前', '2026-12-31']]],
    ['4月8日前完成', '2026-04-08', [['4月8日前', '2026-04-08']]],
    ['4月7日前完成', '2026-04-08', [['4月7日前', '2027-04-07']]],
    ['今年4月7日前完成', '2026-04-08', [['今年4月7日前', '2026-04-07']]],
    ['2027年3月15日前完成', '2026-04-08', [['2027年3月15日前', '2027-03-15']]],
    ['2028年2月29日前完成', '2026-04-08', [['2028年2月29日前', '2028-02-29']]],
    ['2月29日前完成', '2028-03-05', [['2月29日前', '2029-02-28']]],
    ['2月30日前完成', '2026-04-08', []],
    ['4月31日前完成', '2026-04-08', []],
    ['6月0日前完成', '2026-04-08', []],
    ['6月底前完成', '2026-04-08', [['6月底前', '2026-06-30']]],
    ['6月底完成', '2026-04-08', [['6月底', '2026-06-30']]],
    ['6月末完成', '2026-04-08', [['6月末', '2026-06-30']]],
    ['6月下旬完成', '2026-04-08', [['6月下旬', '2026-06-30']]],
    ['6月上旬完成', '2026-04-08', [['6月上旬', '2026-06-10']]],
    ['6月中旬前完成', '2026-04-08', [['6月中旬前', '2026-06-20']]],
    ['6月份前完成', '2026-04-08', [['6月份前', '2026-06-30']]],
    ['6月前完成', '2026-04-08', [['6月前', '2026-06-30']]],
    ['6月之前完成', '2026-04-08', [['6月之前', '2026-06-30']]],
    ['6月以前完成', '2026-04-08', [['6月以前', '2026-06-30']]],
    ['在6月完成', '2026-04-08', [['6月', '2026-06-30']]],
    ['于6月完成', '2026-04-08', [['6月', '2026-06-30']]],
    ['到6月完成', '2026-04-08', [['6月', '2026-06-30']]],
    ['至6月完成', '2026-04-08', [['6月', '2026-06-30']]],
    ['截至6月，', '2026-04-08', [['6月', '2026-06-30']]],
    ['2月底前完成', '2026-04-08', [['2月底前', '2027-02-28']]],
    ['2月底前完成', '2027-12-01', [['2月底前', '2028-02-29']]],
    ['2月底前完成', '2028-02-29', [['2月底前', '2028-02-29']]],
    ['在2月完成', '2028-03-01', [['2月', '2029-02-28']]],
    ['在2月完成', '2028-02-10', [['2月', '2028-02-29']]],
    ['3月底前完成', '2026-04-08', [['3月底前', '2027-03-31']]],
    ['2027年6月底前完成', '2026-04-08', [['2027年6月底前', '2027-06-30']]],
    ['4月底前完成', '2026-04-30', [['4月底前', '2026-04-30']]],
    ['十二月底前完成', '2026-04-08', [['十二月底前', '2026-12-31']]],
    ['6月召开大会', '2026-04-08', []],
    ['13月底前', '2026-04-08', []],
    ['0月底前', '2026-04-08', []],
    ['第6月底', '2026-04-08', [['6月底', '2026-06-30']]],
    ['每6月底', '2026-04-08', []],
    ['12个月内完成', '2026-04-08', [['12个月内', '2027-04-08']]],
  ])('%s from %s', (text, date, want) => {
    expect(spans(text, date)).toEqual(want);
  });

  it('counts working days on the calendar it is given', () => {
    // 04-09 and 04-10 are office rest days, Saturday 04-11 a working day
    expect(spans('3个工作日内反馈', '2026-04-08', office)).toEqual([['3个工作日内', '2026-04-14']]);
    expect(spans('3个工作日内反馈', '2026-04-08', plain)).toEqual([['3个工作日内', '2026-04-13']]);
    expect(spans('1个工作日内反馈', '2026-04-10', plain)).toEqual([['1个工作日内', '2026-04-13']]);
    expect(spans('三十个工作日内完成', '2026-09-21', office)).toEqual([['三十个工作日内', '2026-11-09']]);
  });

  it('reads every deadline of a range, in order, and only inside the range', () => {
    const text = '6月底前提交方案，年底前全部完成，明年一季度复查';
    expect(spans(text)).toEqual([
      ['6月底前', '2026-06-30'],
      ['年底前', '2026-12-31'],
      ['明年一季度', '2027-03-31'],
    ]);
    const ctx = { ref: parseYmd('2026-04-08') as Ymd, source: plain };
    const at = (start: number, end: number) => findDeadlines(text, start, end, ctx).map((d) => [d.start, d.end]);
    expect(at(0, text.length)).toEqual([[0, 4], [9, 12], [17, 22]]);
    expect(at(4, text.length)).toEqual([[9, 12], [17, 22]]);
    // a year before the range is not the range's: the span starts at the range
    expect(at(18, text.length)).toEqual([[19, 22]]);
    // a deadline that runs past the end of the range is not the range's
    expect(at(0, 11)).toEqual([[0, 4]]);
    expect(at(0, 12)).toEqual([[0, 4], [9, 12]]);
    expect(at(1, 3)).toEqual([]);
    expect(lastDeadline(text, 0, 11, ctx.ref, plain)).toBe('2026-06-30');
    expect(lastDeadline(text, 4, 8, ctx.ref, plain)).toBeNull();
  });

  it('builds a calendar from its source only for a working-day or festival deadline, once', () => {
    let built = 0;
    const source = (): WorkingCalendar => {
      built++;
      return office;
    };
    const ref = parseYmd('2026-04-08') as Ymd;
    expect(lastDeadline('6月底前完成，年底前验收，30天内报送', 0, 18, ref, source)).toBe('2026-05-08');
    expect(built).toBe(0);
    expect(lastDeadline('3个工作日内反馈，5个工作日内整改，国庆节前完成', 0, 25, ref, source)).toBe('2026-09-30');
    expect(built).toBe(1);
  });
});

/**
 * 月 right after a number names a month of the year (3月内: within March); a duration counts its
 * months with 个 (3个月内). 两 never names a month (February is 二月), so 两月内 stays a duration.
 */
describe('a month of the year (N月内, N月份内, N月底前) against a count of months (N个月内)', () => {
  const ref = parseYmd('2026-04-08') as Ymd;
  const CHINESE = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  // the month's last day; a month before the speech's (April 2026) is next year's
  const monthEndOf = (m: number): string => {
    const y = m < 4 ? 2027 : 2026;
    return `${y}-${String(m).padStart(2, '0')}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  };
  const months = Array.from({ length: 12 }, (_, k) => k + 1);

  it.each(months)('month %i: N月内, N月份内, N月底前, also in Chinese numerals, end with that month', (m) => {
    const want = monthEndOf(m);
    const zh = CHINESE[m - 1] as string;
    for (const phrase of [`${m}月内`, `${m}月份内`, `${m}月底前`, `${zh}月内`, `${zh}月份内`, `${zh}月底前`]) {
      expect(read(`${phrase}完成整改`).map(([, d]) => d), phrase).toEqual([want]);
    }
  });

  it.each(months)('%i个月内 counts months from the speech date', (m) => {
    const want = formatYmd(addMonths(ref, m));
    const zh = m === 2 ? '两' : (CHINESE[m - 1] as string);
    expect(read(`${m}个月内完成整改`)).toEqual([[`${m}个月内`, want]]);
    expect(read(`${zh}个月内完成整改`)).toEqual([[`${zh}个月内`, want]]);
  });

  it.each<[string, string]>([
    ['3月内完成', '2027-03-31'],
    ['三月内完成', '2027-03-31'],
    ['十二月底前完成', '2026-12-31'],
    ['今年5月内完成', '2026-05-31'],
    ['3个月内完成', '2026-07-08'],
    ['三个月内完成', '2026-07-08'],
    ['两月内完成', '2026-06-08'],
  ])('%s → %s', (text, want) => {
    expect(read(text).map(([, d]) => d)).toEqual([want]);
  });
});

describe('a deadline’s span is its whole phrase, with the word that closes it', () => {
  const ref = parseYmd('2026-04-08') as Ymd;
  const plain = new WorkingCalendar([]);
  const read = (text: string): string[] => findDeadlines(text, 0, text.length, { ref, source: plain }).map((d) => text.slice(d.start, d.end));
  const PHRASES = ['本月底', '本月末', '当月底', '当月末', '下月底', '下月末', '下个月底', '下个月末', '年底', '年末', '明年底', '明年年底', '上半年', '下半年', '三季度末', '第三季度', '本季度末', '6月底', '6月', '十二月', '6月份', '10月1日', '下月10日', '本月20日', '国庆节', '五一'];

  it.each(PHRASES.flatMap((p) => ['前', '之前', '以前'].map((closer) => `${p}${closer}`)))('%s', (phrase) => {
    expect(read(`${phrase}完成整改`)).toEqual([phrase]);
    expect(read(`要在${phrase}完成整改`)).toEqual([phrase]);
  });

  it.each(['本季度内', '三季度内', '第四季度内', '6月内', '十二月内', '6月份内', '三月份内'])('%s', (phrase) => {
    expect(read(`${phrase}完成整改`)).toEqual([phrase]);
  });

  it.each<[string, string]>([
    ['当月末完成', '2026-04-30'],
    ['下月末完成', '2026-05-31'],
    ['下个月末前完成', '2026-05-31'],
  ])('%s → %s (末 as 底)', (text, want) => {
    expect(findDeadlines(text, 0, text.length, { ref, source: plain }).map((d) => ymdOf(d))).toEqual([want]);
  });

  it('the verb after the phrase is not part of it', () => {
    expect(read('本月底前完成')).toEqual(['本月底前']);
    expect(read('下月底交账')).toEqual(['下月底']);
  });
});

describe('止 and 为止 close a phrase like 前; X月中 is the middle of the month', () => {

  it.each<[string, Array<[string, string]>]>([
    ['截至6月30日止完成', [['6月30日止', '2026-06-30']]],
    ['截止9月15日为止完成', [['9月15日为止', '2026-09-15']]],
    ['到年底为止完成', [['年底为止', '2026-12-31']]],
    ['到6月底止完成', [['6月底止', '2026-06-30']]],
    ['到本月底为止完成', [['本月底为止', '2026-04-30']]],
    ['到三季度末为止完成', [['三季度末为止', '2026-09-30']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each<[string, Array<[string, string]>]>([
    ['6月中完成', [['6月中', '2026-06-20']]],
    ['在6月中前完成', [['6月中前', '2026-06-20']]],
    ['九月中之前拿出方案', [['九月中之前', '2026-09-20']]],
    ['6月中旬前完成', [['6月中旬前', '2026-06-20']]],
    ['6月中下旬完成', [['6月中下旬', '2026-06-30']]],
    // 中 that opens a word is no middle of the month
    ['6月中央环保督察', []],
    ['6月中小企业座谈会', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  // 两 never names a month (February is 二月): 两月底前 counts two months, like 两月内 and 两个月内
  it.each<[string, Array<[string, string]>]>([
    ['两月底前完成', [['两月底前', '2026-06-08']]],
    ['两月末完成', [['两月末', '2026-06-08']]],
    ['两月内完成', [['两月内', '2026-06-08']]],
    ['两月份完成', []],
    ['二月底前完成', [['二月底前', '2027-02-28']]],
  ])('两 is a count of months: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a year written before a deadline is part of its span', () => {

  it.each<[string, Array<[string, string]>]>([
    // a worded year names its month as a time; a period it starts, or a written year alone, does not
    ['今年十月完成', [['今年十月', '2026-10-31']]],
    ['明年3月完成', [['明年3月', '2027-03-31']]],
    ['今年3月以来', []],
    ['明年5月起实施', []],
    ['2025年10月，省里出台办法', []],
    // an introducer before the year introduces the month
    ['在2027年6月完成', [['2027年6月', '2027-06-30']]],
    ['截止6月完成', [['6月', '2026-06-30']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('deadlineOpening', () => {
  const ctx = { ref: parseYmd('2026-04-08') as Ymd, source: new WorkingCalendar([]) };
  const opening = (text: string): string | null => {
    const end = deadlineOpening(text, 0, text.length, ctx);
    return end < 0 ? null : text.slice(0, end);
  };
  it.each<[string, string | null]>([
    ['在6月底前完成', '在6月底前'],
    ['截至6月30日止完成', '截至6月30日止'],
    ['到年底为止建成', '到年底为止'],
    ['2027年底前完成', '2027年底前'],
    ['“五一”前完成', '“五一”前'],
    ['于10月1日召开', '于10月1日'],
    // a deadline later in the text does not open it
    ['完成6月底前', null],
    ['在全县6月底前', null],
    ['至关重要', null],
  ])('%s → %s', (text, want) => {
    expect(opening(text)).toBe(want);
  });
});

describe('the current month or quarter named without 本 (月底前, 月内, 季度末前) is the speech’s', () => {
  it.each([
    ['月底前报送方案', [['月底前', '2026-04-30']]],
    ['在月底之前完成', [['月底之前', '2026-04-30']]],
    ['于月末完成', [['月末', '2026-04-30']]],
    ['月内完成清理', [['月内', '2026-04-30']]],
    ['本月内完成', [['本月内', '2026-04-30']]],
    ['当月内报送', [['当月内', '2026-04-30']]],
    ['季度末前完成', [['季度末前', '2026-06-30']]],
    ['在季末前报送', [['季末前', '2026-06-30']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['每月底前报送', '上月底前已完成', '传承岁月底蕴', '每季度末报送', '月底时再看'])('%s names no bare period', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a date after a time label (完成时限：2026年12月31日) is a deadline, as after 截至', () => {
  it.each([
    ['完成时限：2026年12月31日', '2026-12-31'],
    ['完成时间：9月30日', '2026-09-30'],
    ['办结时限:5月20日', '2026-05-20'],
  ])('%s', (text, want) => {
    expect(due(text)).toBe(want);
  });

  it('a date after any other label is none (会议时间：4月9日)', () => {
    expect(due('会议时间：4月9日')).toBeNull();
  });
});

describe('this week and the next (weeks start on Monday; 2026-04-08 is a Wednesday)', () => {
  it.each([
    ['本周内报送', [['本周内', '2026-04-12']]],
    ['这周五前报送', [['这周五前', '2026-04-10']]],
    ['下周五前报送', [['下周五前', '2026-04-17']]],
    ['下周一之前完成', [['下周一之前', '2026-04-13']]],
    ['下周内完成', [['下周内', '2026-04-19']]],
    ['本周末前完成', [['本周末前', '2026-04-12']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each(['下周一开会研究', '本周年庆典', '下周期工作'])('%s is no deadline', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('a time of the year named by its event (汛期前, 秋季开学前): the autumn term is dated, the flood season is a phrase without a date', () => {
  const at = (date: string, text: string): Array<[string, string | null]> =>
    findDeadlines(text, 0, text.length, { ref: parseYmd(date) as Ymd, source: published }).map((d) => [text.slice(d.start, d.end), ymdOf(d)]);

  it.each([
    ['2026-04-08', '汛期前完成河道清障', [['汛期前', null]]],
    ['2026-04-08', '汛前完成排查', [['汛前', null]]],
    ['2026-04-08', '主汛期前完成演练', [['主汛期前', null]]],
    ['2026-04-08', '入汛以前完成检修', [['入汛以前', null]]],
    // the autumn term opens on 9月1日: the day before it, next year's once it has opened
    ['2026-04-08', '秋季开学前完成维修', [['秋季开学前', '2026-08-31']]],
    ['2026-09-20', '秋季开学前完成维修', [['秋季开学前', '2027-08-31']]],
    // 开学前 alone is the autumn term from March to August; the spring term has no date the speech fixes
    ['2026-05-08', '开学前完成整治', [['开学前', '2026-08-31']]],
    ['2026-05-08', '新学期开学之前完成整治', [['新学期开学之前', '2026-08-31']]],
    ['2026-10-08', '开学前完成整治', [['开学前', null]]],
    ['2026-04-08', '春季开学前完成整治', [['春季开学前', null]]],
  ])('from %s, %s', (date, text, want) => {
    expect(at(date, text)).toEqual(want);
  });

  it.each(['防汛前线的同志', '汛期内每日报告', '开学后组织检查', '春汛来临', '汛期止'])('%s is no deadline', (text) => {
    expect(at('2026-04-08', text)).toEqual([]);
  });
});

describe('a duration after a holiday (春节后10个工作日内, 节后一周内) counts from the holiday’s last rest day', () => {
  const at = (date: string, text: string): Array<[string, string | null]> =>
    findDeadlines(text, 0, text.length, { ref: parseYmd(date) as Ymd, source: published }).map((d) => [text.slice(d.start, d.end), ymdOf(d)]);

  it.each([
    // the 2026 春节 holiday is 02-15..02-23
    ['2026-02-10', '节后一周内出台方案', [['节后一周内', '2026-03-02']]],
    ['2026-02-10', '在节后3天内报送', [['节后3天内', '2026-02-26']]],
    ['2026-02-10', '春节后一周内出台方案', [['春节后一周内', '2026-03-02']]],
    // 国庆节 2026 is 10-01..10-07
    ['2026-02-10', '国庆节后一周内完成', [['国庆节后一周内', '2026-10-14']]],
    // a bare 节后 means a holiday within a month of the speech: none is, so the phrase has no date
    ['2026-05-08', '节后一周内出台方案', [['节后一周内', null]]],
  ])('from %s, %s', (date, text, want) => {
    expect(at(date, text)).toEqual(want);
  });

  it.each([
    // no duration: 节后 is a time, not a deadline
    ['节后上班第一天召开会议', []],
    ['春节后组织开展督查', []],
    // 节 ends another word: the duration counts from the speech
    ['各环节后一周内完成', [['一周内', '2026-02-17']]],
    ['元宵节后一周内完成', [['一周内', '2026-02-17']]],
  ])('%s', (text, want) => {
    expect(at('2026-02-10', text)).toEqual(want);
  });
});

describe('前后 closes a date as 前 does (6月30日前后): about that day', () => {
  it.each([
    ['6月30日前后完成首批开工', [['6月30日前后', '2026-06-30']]],
    ['年底前后全面完成', [['年底前后', '2026-12-31']]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

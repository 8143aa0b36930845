import { describe, expect, it } from 'vitest';
import { findCadence } from '../cadence.util';

const cadence = (s: string) => findCadence(s, 0, s.length);

describe('findCadence', () => {
  it.each([
    ['每周报送一次进展', 'weekly'],
    ['每半月报送一次整治进度', 'semimonthly'],
    ['每两周报告一次', 'semimonthly'],
    ['每月通报一次', 'monthly'],
    ['每个月更新台账', 'monthly'],
    ['每季度报送一次', 'quarterly'],
    ['每半年轮训一次', 'semiannual'],
    ['每年开展一次评估', 'yearly'],
    ['按月报送检查结果', 'monthly'],
    ['按季度通报进展', 'quarterly'],
    ['每半个月报送一次', 'semimonthly'],
    ['每双周调度一次', 'semimonthly'],
    ['每个季度考核一次', 'quarterly'],
    ['每季报送一次', 'quarterly'],
    ['每星期汇报一次', 'weekly'],
    ['每年度考核一次', 'yearly'],
    ['逐月通报进展', 'monthly'],
    ['按周调度', 'weekly'],
    ['按半年上报', 'semiannual'],
    ['按年度报送', 'yearly'],
    // once in each period: 一月一调度, 一季一通报
    ['实行一月一调度、一季一通报', 'monthly'],
    ['一季一通报', 'quarterly'],
    ['一周一调度', 'weekly'],
    ['半月一报告', 'semimonthly'],
    ['一年一考核', 'yearly'],
    ['一月一次', 'monthly'],
  ])('%s -> %s', (text, want) => {
    expect(cadence(text)).toBe(want);
  });

  it('needs a reporting verb after 按', () => {
    expect(cadence('按年度目标推进')).toBeNull();
    expect(cadence('年底前完成')).toBeNull();
  });

  it('needs the reporting verb right after the period word, not later', () => {
    expect(cadence('按月组织报送')).toBeNull();
    expect(cadence('逐年推进')).toBeNull();
    // only after 每, 按 or 逐
    expect(cadence('各月报送情况')).toBeNull();
    // and only a period word from the list
    expect(cadence('每天报送一次')).toBeNull();
    // a count, not once in a period
    expect(cadence('一月一日起施行')).toBeNull();
    expect(cadence('一年一个样')).toBeNull();
    expect(findCadence('一月一调度', 0, 3)).toBeNull();
  });

  it('looks only inside [start, end)', () => {
    expect(findCadence('每月报送', 0, 2)).toBe('monthly');
    expect(findCadence('每月报送', 0, 1)).toBeNull();
    expect(findCadence('每月报送', 1, 4)).toBeNull();
    expect(findCadence('报送每周', 2, 4)).toBe('weekly');
  });
});

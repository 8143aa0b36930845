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
  ])('%s -> %s', (text, want) => {
    expect(cadence(text)).toBe(want);
  });

  it('needs a reporting verb after 按', () => {
    expect(cadence('按年度目标推进')).toBeNull();
    expect(cadence('年底前完成')).toBeNull();
  });
});

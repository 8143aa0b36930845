import type { Cadence } from '../types/extraction.type';

/** After 每/按/逐, the longest period word wins (每半月 before 每月). */
const PERIODS: ReadonlyArray<readonly [string, Cadence]> = [
  ['半个月', 'semimonthly'],
  ['半月', 'semimonthly'],
  ['两周', 'semimonthly'],
  ['双周', 'semimonthly'],
  ['半年', 'semiannual'],
  ['个季度', 'quarterly'],
  ['季度', 'quarterly'],
  ['季', 'quarterly'],
  ['个月', 'monthly'],
  ['月', 'monthly'],
  ['星期', 'weekly'],
  ['周', 'weekly'],
  ['年度', 'yearly'],
  ['年', 'yearly'],
];

const MEI = 0x6bcf; // 每
const AN = 0x6309; // 按
const ZHU = 0x9010; // 逐

/** The first reporting cadence stated in text[start, end). */
export function findCadence(text: string, start: number, end: number): Cadence | null {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== MEI && c !== AN && c !== ZHU) continue;
    for (const [word, cadence] of PERIODS) {
      if (!text.startsWith(word, i + 1) || i + 1 + word.length > end) continue;
      // 按年度目标 is not a cadence; 按/逐 need a reporting word right after (按月报送, 逐月通报)
      if (text[i] !== '每' && !/^(?:报|通报|调度|更新|上报|汇报|统计|考核|检查|督查)/.test(text.slice(i + 1 + word.length, i + 4 + word.length))) continue;
      return cadence;
    }
  }
  return null;
}

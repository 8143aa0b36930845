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

/** The period of 一月一调度, 一季一通报, 半月一报告: 一 (or 半) + period + 一 + what is done once in it. */
const ONCE_PER: ReadonlyArray<readonly [string, Cadence]> = [
  ['半月一', 'semimonthly'],
  ['一周一', 'weekly'],
  ['一月一', 'monthly'],
  ['一季一', 'quarterly'],
  ['一年一', 'yearly'],
];
/** What follows 一月一 when it is a cadence (一月一调度, 一季一通报, 一月一次), not a count (一年一度的 is yearly too). */
const ONCE_WHAT = /^(?:次|调度|通报|报告|报送|督查|督办|会商|考核|点评|讲评|推进|研判|汇报|检查|度)/u;
const YI = 0x4e00; // 一
const BAN = 0x534a; // 半
const MEI = 0x6bcf; // 每
const AN = 0x6309; // 按
const ZHU = 0x9010; // 逐

function onceCadence(text: string, i: number, end: number): Cadence | null {
  for (const [word, cadence] of ONCE_PER) {
    if (!text.startsWith(word, i) || i + word.length >= end) continue;
    return ONCE_WHAT.test(text.slice(i + word.length, Math.min(end, i + word.length + 2))) ? cadence : null;
  }
  return null;
}

/** The first reporting cadence stated in text[start, end). */
export function findCadence(text: string, start: number, end: number): Cadence | null {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === YI || c === BAN) && text.charCodeAt(i + 2) === YI) {
      const once = onceCadence(text, i, end);
      if (once) return once;
      continue;
    }
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

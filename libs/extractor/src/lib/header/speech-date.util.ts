import { isDigitAt } from '../text/char.util';
import { isNumeralAt, parseSmallNumber } from '../text/chinese-number.util';
import { daysInMonth, formatYmd } from '../deadlines/calendar.util';
import type { Paragraph } from '../outline/heading.util';

function readRun(text: string, i: number, max: number): number {
  let j = i;
  const digits = isDigitAt(text, i);
  while (j < text.length && j - i < max && (digits ? isDigitAt(text, j) : isNumeralAt(text, j))) j++;
  return j;
}

/** A full date (2026年4月8日, 二〇二六年四月八日) starting at `i`. */
function fullDateAt(text: string, i: number): { date: string; end: number } | null {
  const yEnd = readRun(text, i, 4);
  if (yEnd - i !== 4 || text[yEnd] !== '年') return null;
  const mEnd = readRun(text, yEnd + 1, 2);
  if (mEnd === yEnd + 1 || text[mEnd] !== '月') return null;
  const dEnd = readRun(text, mEnd + 1, 3);
  if (dEnd === mEnd + 1 || (text[dEnd] !== '日' && text[dEnd] !== '号')) return null;
  const y = parseSmallNumber(text.slice(i, yEnd));
  const m = parseSmallNumber(text.slice(yEnd + 1, mEnd));
  const d = parseSmallNumber(text.slice(mEnd + 1, dEnd));
  if (!(y >= 1949 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return null;
  return { date: formatYmd({ y, m, d }), end: dEnd + 1 };
}

/**
 * The date written as a heading or signature: a short paragraph near the start or the end that
 * holds a full date (（2026年4月8日）), or a full date in brackets inside the title.
 */
export function findSpeechDate(text: string, paragraphs: readonly Paragraph[]): string | null {
  const candidates = [...paragraphs.slice(0, 6), ...paragraphs.slice(-3)];
  for (const p of candidates) {
    const short = p.end - p.start <= 40;
    for (let i = p.start; i < p.end && i - p.start < 60; i++) {
      if (!isDigitAt(text, i) && !isNumeralAt(text, i)) continue;
      const found = fullDateAt(text, i);
      if (!found) continue;
      const bracketed = text[i - 1] === '（' || text[i - 1] === '(' || text[i - 1] === '【';
      if (short || bracketed) return found.date;
    }
  }
  return null;
}

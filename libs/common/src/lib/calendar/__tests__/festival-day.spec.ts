import { describe, expect, it } from 'vitest';
import { festivalDay } from '../festival-day';

describe('festivalDay', () => {
  // dates from the published lunar calendar and solar terms, written out by hand
  it.each([
    ['春节', '2026-12-01', '2027-02-05'], // 除夕 of 丁未 (the new year is 2027-02-06)
    ['春节', '2027-02-05', '2027-02-05'],
    ['春节', '2027-02-06', '2028-01-25'],
    ['端午', '2026-12-01', '2027-06-09'],
    ['端午', '2026-06-19', '2026-06-19'],
    ['中秋', '2026-04-08', '2026-09-25'],
    ['中秋', '2026-09-26', '2027-09-15'],
    ['清明', '2026-12-01', '2027-04-05'],
    ['清明', '2028-01-01', '2028-04-04'],
    ['元旦', '2026-12-01', '2027-01-01'],
    ['元旦', '2026-01-01', '2026-01-01'],
    ['劳动节', '2026-05-02', '2027-05-01'],
    ['国庆节', '2026-10-01', '2026-10-01'],
    ['国庆节', '2026-10-02', '2027-10-01'],
  ])('%s on or after %s: %s', (name, from, want) => {
    expect(festivalDay(name, from)).toBe(want);
  });

  it('knows no other name', () => {
    expect(festivalDay('重阳', '2026-04-08')).toBeNull();
  });
});

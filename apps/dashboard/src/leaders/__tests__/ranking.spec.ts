import type { Count, OrganizationRankingRow, Rate } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { firstOrder, sortRanking } from '../ranking';
import { scoreLine, signedPoints } from '../score-lines';

const count = (value: number): Count => ({ value, filter: {} });
const rate = (value: number | null): Rate => ({ value, numerator: 0, denominator: value === null ? 0 : 1 });
function row(name: string, rank: number, score: number, onTime: number | null, overdue: number): OrganizationRankingRow {
  return {
    organizationId: name,
    name,
    rank,
    score: { value: score, schemeId: 's', components: [] },
    highlight: null,
    total: count(5),
    open: count(1),
    completed: count(4),
    due: count(4),
    completedOnTime: count(3),
    onTimeRate: rate(onTime),
    overdue: count(overdue),
    overdueDays: 0,
    averageDaysLate: null,
    late: count(0),
    reportTimeliness: rate(1),
    returns: 0,
    completedEarly: 0,
  };
}

describe('the 红黑榜 sort', () => {
  const rows = [row('县总工会', 1, 98, 0.5, 0), row('团县委', 2, 90, null, 3), row('县妇联', 3, 90, 1, 1)];

  it('sorts by a figure either way, rows without one last, ties in ranking order', () => {
    expect(sortRanking(rows, 'onTimeRate', 'desc').map((r) => r.name)).toEqual(['县妇联', '县总工会', '团县委']);
    expect(sortRanking(rows, 'onTimeRate', 'asc').map((r) => r.name)).toEqual(['县总工会', '县妇联', '团县委']);
    expect(sortRanking(rows, 'score', 'desc').map((r) => r.name)).toEqual(['县总工会', '团县委', '县妇联']);
    expect(sortRanking(rows, 'overdue', 'desc').map((r) => r.name)).toEqual(['团县委', '县妇联', '县总工会']);
  });

  it('starts each column with the best first', () => {
    expect(firstOrder('score')).toBe('desc');
    expect(firstOrder('overdue')).toBe('asc');
    expect(firstOrder('rank')).toBe('asc');
  });
});

describe('score lines', () => {
  const t = (key: string, o?: Record<string, unknown>) => (key.endsWith('.overdue') ? `${String(o?.['count'])} 项超期，合计超期 ${String(o?.['days'])} 天` : key);

  it('write each term with its sign, as the issue\'s example reads', () => {
    expect(scoreLine({ key: 'overdue', points: -5, count: 2, days: 2, text: '' }, t, 7)).toBe('−5.0：2 项超期，合计超期 2 天');
    expect(signedPoints(2)).toBe('+2.0');
    expect(signedPoints(100)).toBe('+100.0');
    expect(signedPoints(0)).toBe('0.0');
  });
});

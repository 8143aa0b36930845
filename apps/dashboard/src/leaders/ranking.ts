import type { OrganizationRankingRow } from '@luoshi/common';

/** The columns the 红黑榜 sorts by. */
export const RANKING_SORTS = ['rank', 'name', 'score', 'total', 'completed', 'onTimeRate', 'overdue', 'averageDaysLate', 'reportTimeliness'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];

function valueOf(row: OrganizationRankingRow, key: RankingSort): number | string | null {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'name':
      return row.name;
    case 'score':
      return row.score.value;
    case 'total':
      return row.total.value;
    case 'completed':
      return row.completed.value;
    case 'onTimeRate':
      return row.onTimeRate.value;
    case 'overdue':
      return row.overdue.value;
    case 'averageDaysLate':
      return row.averageDaysLate;
    case 'reportTimeliness':
      return row.reportTimeliness.value;
  }
}

/**
 * The rows sorted by one column; rows without a figure (a rate over nothing) go last either way,
 * ties keep the ranking's order (by score).
 */
export function sortRanking(rows: readonly OrganizationRankingRow[], key: RankingSort, order: 'asc' | 'desc'): OrganizationRankingRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, key);
    const y = valueOf(b, key);
    if (x === null || y === null) return x === y ? a.rank - b.rank : x === null ? 1 : -1;
    const c = typeof x === 'string' && typeof y === 'string' ? x.localeCompare(y, 'zh-CN') : Number(x) - Number(y);
    return c === 0 ? a.rank - b.rank : sign * c;
  });
}

/** The order a column starts in when first clicked: the best first (high scores, few overdue). */
export function firstOrder(key: RankingSort): 'asc' | 'desc' {
  return key === 'rank' || key === 'name' || key === 'overdue' || key === 'averageDaysLate' ? 'asc' : 'desc';
}

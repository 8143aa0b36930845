import { OPEN_ASSIGNMENT_STATES } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { assignmentListPath, DASHBOARD_CARDS } from '../dashboard-cards';

describe('dashboard cards', () => {
  it('link to the assignments list with the same filter they count, shown as displayed', () => {
    for (const card of DASHBOARD_CARDS) {
      const url = new URL(assignmentListPath(card.filter), 'http://host');
      expect(url.pathname).toBe('/assignments');
      expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual(card.filter);
      const displayed = JSON.parse(url.searchParams.get('displayedFilters') ?? '') as Record<string, boolean>;
      expect(Object.keys(displayed).sort()).toEqual(Object.keys(card.filter).sort());
    }
  });

  it('count open work by the shared list of open states', () => {
    expect(DASHBOARD_CARDS.find((c) => c.key === 'open')?.filter).toEqual({ state: [...OPEN_ASSIGNMENT_STATES] });
    expect(DASHBOARD_CARDS.find((c) => c.key === 'overdue')?.filter).toEqual({ overdue: true });
  });
});

import { describe, expect, it } from 'vitest';
import { assignmentListPath, dashboardQuery, drillDownConditions, isDrillDown, ledgerExportPath } from '../drill-down';

describe('drill-down', () => {
  const filter = { countedFrom: '2026-11-01', countedTo: '2026-12-01', overdue: true, organizationSubtree: 'o1' };

  it('links to the assignments list with exactly the filter counted, every key shown as displayed', () => {
    const url = new URL(`http://host${assignmentListPath(filter)}`);
    expect(url.pathname).toBe('/assignments');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual(filter);
    expect(Object.keys(JSON.parse(url.searchParams.get('displayedFilters') ?? '') as object).sort()).toEqual(Object.keys(filter).sort());
  });

  it('tells a 看板 filter from a plain one and names its conditions without the period and scope', () => {
    expect(isDrillDown(filter)).toBe(true);
    expect(isDrillDown({ state: ['assigned'], q: '茶叶' })).toBe(false);
    expect(drillDownConditions({ ...filter, light: 'red', speechId: 's' })).toEqual([
      { key: 'overdue', value: true },
      { key: 'light', value: 'red' },
    ]);
  });

  it('asks the dashboard endpoints for the half-open period and the chosen scope only', () => {
    expect(dashboardQuery({ start: '2026-11-01', end: '2026-12-01' }, {})).toBe('from=2026-11-01&to=2026-12-01');
    expect(dashboardQuery({ start: '2026-11-01', end: '2026-12-01' }, { speechId: 's1', organizationId: null }, { by: 'section' })).toBe('from=2026-11-01&to=2026-12-01&speechId=s1&by=section');
  });

  it('exports the same rows as the list shows', () => {
    const url = new URL(`http://host${ledgerExportPath(filter, { field: 'dueDate', order: 'ASC' })}`);
    expect(url.pathname).toBe('/exports/assignments');
    expect(JSON.parse(url.searchParams.get('filter') ?? '')).toEqual(filter);
    expect(JSON.parse(url.searchParams.get('sort') ?? '')).toEqual(['dueDate', 'ASC']);
  });
});

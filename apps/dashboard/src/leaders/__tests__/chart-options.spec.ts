import type { Count, DashboardScope, Heatmap, SpeechProgress, WeeklyTrend } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { heatmapChart, periodLabel, progressChart, trendChart } from '../chart-options';

const t = (key: string, options?: Record<string, unknown>) => (options ? `${key}${JSON.stringify(options)}` : key);
const scope: DashboardScope = { from: '2026-11-01', to: '2026-12-01', referenceDay: '2026-11-30', speechId: null, organizationId: null, filter: { countedFrom: '2026-11-01', countedTo: '2026-12-01' } };
const count = (value: number, extra: Record<string, string | boolean>): Count => ({ value, filter: { ...scope.filter, ...extra } });

type Series = { type: string; data: unknown[]; name: string };
const seriesOf = (option: Record<string, unknown>) => option['series'] as Series[];

describe('the weekly trend chart', () => {
  const trend: WeeklyTrend = {
    scope,
    weeks: [
      { weekStart: '2026-10-26', weekEnd: '2026-11-02', created: count(4, { publishedIn: true, countedFrom: '2026-10-26' }), completed: count(1, { completedIn: true }), completedOnTime: count(1, { completedOnTime: true }), overdue: count(2, { overdue: true }) },
      { weekStart: '2026-11-02', weekEnd: '2026-11-09', created: count(3, { publishedIn: true, countedFrom: '2026-11-02' }), completed: count(2, { completedIn: true }), completedOnTime: count(0, { completedOnTime: true }), overdue: count(5, { overdue: true }) },
    ],
  };

  it('draws new and completed as bars and on-time and overdue as lines, one point per week', () => {
    const { option } = trendChart(trend, t, 'zh-CN');
    const series = seriesOf(option as Record<string, unknown>);
    expect(series.map((s) => s.type)).toEqual(['bar', 'bar', 'line', 'line']);
    expect(series.map((s) => s.data)).toEqual([[4, 3], [1, 2], [1, 0], [2, 5]]);
    expect((option as { xAxis: { data: string[] } }).xAxis.data).toEqual(['10月26日', '11月2日']);
  });

  it('drills down from a point to the filter that counts it', () => {
    const chart = trendChart(trend, t, 'en');
    expect(chart.filterAt(0, 1)).toEqual(trend.weeks[1]?.created.filter);
    expect(chart.countAt(3, 1)).toBe(5);
    expect(chart.filterAt(3, 0)).toEqual(trend.weeks[0]?.overdue.filter);
    expect(chart.filterAt(4, 0)).toBeNull();
    expect(chart.filterAt(0, 9)).toBeNull();
  });
});

describe('the progress chart', () => {
  const figures = (total: number, completed: number, overdue: number, percent: number | null, id: string) => ({
    total: count(total, { sectionId: id }),
    completed: count(completed, { completed: true, sectionId: id }),
    overdue: count(overdue, { overdue: true, sectionId: id }),
    percent,
  });
  const progress: SpeechProgress = {
    scope,
    limit: 12,
    more: false,
    speeches: [
      { speechId: 's1', title: '讲话一', date: '2026-03-16', ...figures(6, 2, 1, 55.4, 's1'), sections: [{ sectionId: 'a', title: '产业', ...figures(4, 2, 0, 70, 'a') }, { sectionId: 'b', title: '人才', ...figures(2, 0, 1, 25, 'b') }] },
      { speechId: 's2', title: '', date: null, ...figures(1, 0, 0, null, 'none'), sections: [] },
    ],
  };

  it('puts the first speech on top with its sections under it, indented, as rounded percents', () => {
    const { option } = progressChart(progress, t);
    const labels = (option as { yAxis: { data: string[] } }).yAxis.data;
    expect([...labels].reverse()).toEqual(['讲话一', '　产业', '　人才', 'luoshi.leaders.noSpeech']);
    const values = (seriesOf(option as Record<string, unknown>)[0]?.data as Array<{ value: number }>).map((d) => d.value);
    expect([...values].reverse()).toEqual([55, 70, 25, 0]);
  });

  it('drills down from a bar to the total it shows', () => {
    const chart = progressChart(progress, t);
    // Reversed order: index 3 is the first speech, index 1 its second section.
    expect(chart.filterAt(0, 3)).toEqual(progress.speeches[0]?.total.filter);
    expect(chart.filterAt(0, 1)).toEqual(progress.speeches[0]?.sections[1]?.total.filter);
    expect(chart.countAt(0, 2)).toBe(4);
  });
});

describe('the heatmap', () => {
  const heatmap: Heatmap = {
    scope,
    limit: 12,
    more: false,
    by: 'speech',
    organizations: [
      { id: 'o1', name: '县农业农村局' },
      { id: 'o2', name: '县总工会' },
    ],
    columns: [
      { id: 's1', title: '讲话一' },
      { id: 's2', title: '' },
    ],
    cells: [
      { organizationId: 'o1', columnId: 's1', total: count(3, { organizationId: 'o1', speechId: 's1' }), percent: 66.7, light: 'red', overdue: 1 },
      { organizationId: 'o2', columnId: 's2', total: count(1, { organizationId: 'o2' }), percent: 100, light: null, overdue: 0 },
      { organizationId: 'gone', columnId: 's1', total: count(9, {}), percent: 0, light: 'red', overdue: 0 },
    ],
  };

  it('places each known cell at its column and row, coloured by percent or by light, labelled with its count', () => {
    const byPercent = seriesOf(heatmapChart(heatmap, 'percent', t).option as Record<string, unknown>)[0]?.data;
    expect(byPercent).toEqual([
      [0, 0, 67, 3],
      [1, 1, 100, 1],
    ]);
    const byLight = seriesOf(heatmapChart(heatmap, 'light', t).option as Record<string, unknown>)[0]?.data;
    expect(byLight).toEqual([
      [0, 0, 0, 3],
      [1, 1, 3, 1],
    ]);
  });

  it('colours by the percent or light level, never by the count', () => {
    for (const mode of ['percent', 'light'] as const) {
      expect((heatmapChart(heatmap, mode, t).option as { visualMap: { dimension: number } }).visualMap.dimension).toBe(2);
    }
  });

  it('drills down from a cell to the filter of its count', () => {
    const chart = heatmapChart(heatmap, 'percent', t);
    expect(chart.filterAt(0, 1)).toEqual({ ...scope.filter, organizationId: 'o2' });
    expect(chart.countAt(0, 0)).toBe(3);
    expect(chart.filterAt(0, 2)).toBeNull();
  });
});

describe('periodLabel', () => {
  it('writes a half-open period with its last day', () => {
    expect(periodLabel('2026-11-01', '2026-12-01', 'zh-CN')).toBe('2026年11月1日 — 2026年11月30日');
    expect(periodLabel('2026-11-30', '2026-12-07', 'en')).toBe('2026-11-30 — 2026-12-06');
  });
});

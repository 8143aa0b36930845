import type { AssignmentListFilter, Heatmap, Light, SpeechProgress, WeeklyTrend } from '@luoshi/common';
import type { EChartsCoreOption } from 'echarts/core';
import { formatDate, formatMonthDay } from '../shared/format-date';
import { lastDay } from './period';

/** The message function the builders name things with (react-admin's translate). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** An option and the list filter behind each clicked point (series index, data index). */
export interface ChartSpec {
  option: EChartsCoreOption;
  filterAt: (seriesIndex: number, dataIndex: number) => AssignmentListFilter | null;
  /** How many things the clicked point counts (what the drilled-down list must show). */
  countAt: (seriesIndex: number, dataIndex: number) => number | null;
}

/** The lights' fixed colours (LightChip's), and the one red the office uses for 超期. */
export const LIGHT_COLORS: Record<Light, string> = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' };
const BLUE = '#1565c0';
const TEAL = '#00897b';

const TREND_SERIES = ['created', 'completed', 'completedOnTime', 'overdue'] as const;

/** Weekly trend: new and completed assignments as bars, on-time completions and week-end overdue as lines. */
export function trendChart(trend: WeeklyTrend, t: Translate, locale: string): ChartSpec {
  const colors = { created: BLUE, completed: TEAL, completedOnTime: LIGHT_COLORS.green, overdue: LIGHT_COLORS.red };
  const at = (s: number, i: number) => {
    const key = TREND_SERIES[s];
    const week = trend.weeks[i];
    return key && week ? week[key] : null;
  };
  return {
    option: {
      color: TREND_SERIES.map((k) => colors[k]),
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: {
        type: 'category',
        data: trend.weeks.map((w) => formatMonthDay(w.weekStart, locale)),
        name: '',
        axisLabel: { hideOverlap: true },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: TREND_SERIES.map((key) => ({
        name: t(`luoshi.leaders.trend.${key}`),
        type: key === 'created' || key === 'completed' ? 'bar' : 'line',
        data: trend.weeks.map((w) => w[key].value),
        barMaxWidth: 18,
        ...(key === 'overdue' ? { lineStyle: { width: 2 }, symbolSize: 6 } : {}),
      })),
    },
    filterAt: (s, i) => at(s, i)?.filter ?? null,
    countAt: (s, i) => at(s, i)?.value ?? null,
  };
}

/** One bar per speech and one per section below it, as completed percent; the label says done / total. */
export function progressChart(progress: SpeechProgress, t: Translate): ChartSpec {
  const rows = progress.speeches.flatMap((speech) => [
    { label: speech.title || t('luoshi.leaders.noSpeech'), section: false, figures: speech },
    ...speech.sections.map((section) => ({ label: `\u3000${section.title || t('luoshi.leaders.noSection')}`, section: true, figures: section })),
  ]);
  // ECharts draws the first category at the bottom: reversed, the first speech is on top.
  const ordered = [...rows].reverse();
  const row = (i: number) => ordered[i];
  return {
    option: {
      tooltip: { trigger: 'item', formatter: '{b}: {c}%' },
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: ordered.map((r) => r.label), axisLabel: { width: 220, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('luoshi.leaders.progress.percent'),
          barMaxWidth: 16,
          data: ordered.map((r) => ({
            value: r.figures.percent === null ? 0 : Math.round(r.figures.percent),
            itemStyle: { color: r.figures.overdue.value > 0 ? LIGHT_COLORS.red : r.section ? TEAL : BLUE },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p: { dataIndex: number }) => {
              const f = row(p.dataIndex)?.figures;
              return f ? `${f.completed.value}/${f.total.value}` : '';
            },
          },
        },
      ],
    },
    filterAt: (_s, i) => row(i)?.figures.total.filter ?? null,
    countAt: (_s, i) => row(i)?.figures.total.value ?? null,
  };
}

/** What the heatmap colours by: the completion percent, or the worst light of the open ones. */
export type HeatmapMode = 'percent' | 'light';

const LIGHT_LEVEL: Record<Light, number> = { red: 0, yellow: 1, green: 2 };

/** Organization × speech (or section): each cell's colour, its label the number of assignments. */
export function heatmapChart(heatmap: Heatmap, mode: HeatmapMode, t: Translate): ChartSpec {
  const x = new Map(heatmap.columns.map((c, i) => [c.id, i]));
  const y = new Map(heatmap.organizations.map((o, i) => [o.id, i]));
  const cells = heatmap.cells.filter((c) => x.has(c.columnId) && y.has(c.organizationId));
  const level = (c: (typeof cells)[number]) => (mode === 'percent' ? Math.round(c.percent ?? 0) : c.light ? LIGHT_LEVEL[c.light] : 3);
  return {
    option: {
      tooltip: {
        formatter: (p: { dataIndex: number }) => {
          const c = cells[p.dataIndex];
          if (!c) return '';
          const org = heatmap.organizations[y.get(c.organizationId) ?? 0]?.name ?? '';
          const col = heatmap.columns[x.get(c.columnId) ?? 0]?.title ?? '';
          return t('luoshi.leaders.heatmap.tooltip', { org, column: col, total: c.total.value, percent: Math.round(c.percent ?? 0), overdue: c.overdue });
        },
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: heatmap.columns.map((c) => c.title || t('luoshi.leaders.noSpeech')), axisLabel: { width: 120, overflow: 'truncate', interval: 0, rotate: heatmap.columns.length > 4 ? 20 : 0 }, splitArea: { show: true } },
      yAxis: { type: 'category', data: heatmap.organizations.map((o) => o.name), axisLabel: { width: 120, overflow: 'truncate' }, splitArea: { show: true } },
      // The colour is the third value of a cell (percent or light level), not its count (the fourth).
      visualMap:
        mode === 'percent'
          ? { dimension: 2, min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, text: ['100%', '0%'], inRange: { color: [LIGHT_COLORS.red, LIGHT_COLORS.yellow, LIGHT_COLORS.green] } }
          : {
              type: 'piecewise',
              dimension: 2,
              orient: 'horizontal',
              left: 'center',
              bottom: 0,
              pieces: [
                { value: 0, label: t('luoshi.enums.light.red'), color: LIGHT_COLORS.red },
                { value: 1, label: t('luoshi.enums.light.yellow'), color: LIGHT_COLORS.yellow },
                { value: 2, label: t('luoshi.enums.light.green'), color: LIGHT_COLORS.green },
                { value: 3, label: t('luoshi.leaders.heatmap.noneOpen'), color: '#bdbdbd' },
              ],
            },
      series: [
        {
          type: 'heatmap',
          name: t('luoshi.leaders.heatmap.title'),
          data: cells.map((c) => [x.get(c.columnId), y.get(c.organizationId), level(c), c.total.value]),
          // The label is the number of assignments the cell counts (what its list shows).
          label: { show: true, formatter: (p: { data: unknown[] }) => String(p.data[3] ?? '') },
          emphasis: { itemStyle: { borderColor: '#000', borderWidth: 1 } },
        },
      ],
    },
    filterAt: (_s, i) => cells[i]?.total.filter ?? null,
    countAt: (_s, i) => cells[i]?.total.value ?? null,
  };
}

/** "2026年11月30日—2026年12月6日": a half-open period written with its last day. */
export function periodLabel(from: string, to: string, locale: string): string {
  return `${formatDate(from, locale)} — ${formatDate(lastDay({ start: from, end: to }), locale)}`;
}

import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { LIGHTS, type AssignmentListFilter, type Count, type DashboardSummary, type OrganizationFigures, type Rate } from '@luoshi/common';
import { LinkBase, useTranslate } from 'react-admin';
import { LIGHT_COLORS } from './chart-options';
import { assignmentListPath } from './drill-down';

type Tone = 'primary' | 'info' | 'error' | 'warning' | 'success' | 'secondary';

/** One KPI: the big figure, a line under it, and the list of exactly what it counts. */
export interface KpiSpec {
  key: string;
  title: string;
  figure: string;
  hint: string;
  /** The assignments the card counts (its list), and how many (the list's total). */
  filter: AssignmentListFilter;
  count: number;
  tone: Tone;
}

const percent = (rate: Rate) => (rate.value === null ? '—' : `${(rate.value * 100).toFixed(1)}%`);
type T = (key: string, options?: Record<string, unknown>) => string;

/** The figures a summary and a scorecard share. */
type SharedFigures = Pick<OrganizationFigures, 'total' | 'open' | 'completed' | 'completedOnTime' | 'onTimeRate' | 'overdue' | 'averageDaysLate' | 'late' | 'reportTimeliness'>;

const countCard = (key: string, c: Count, tone: Tone, hint = ''): KpiSpec => ({ key, title: `luoshi.leaders.kpi.${key}`, figure: String(c.value), hint, filter: c.filter, count: c.value, tone });

/** A rate's card opens the list of its numerator. */
const rateCard = (key: string, r: Rate, numerator: Count, t: T, tone: Tone): KpiSpec => ({
  key,
  title: `luoshi.leaders.kpi.${key}`,
  figure: percent(r),
  hint: t('luoshi.leaders.kpi.ratio', { numerator: r.numerator, denominator: r.denominator }),
  filter: numerator.filter,
  count: numerator.value,
  tone,
});

const lateCard = (f: SharedFigures, t: T): KpiSpec => ({
  key: 'averageDaysLate',
  title: 'luoshi.leaders.kpi.averageDaysLate',
  figure: f.averageDaysLate === null ? '—' : t('luoshi.leaders.kpi.days', { days: f.averageDaysLate.toFixed(1) }),
  hint: t('luoshi.leaders.kpi.lateHint', { count: f.late.value }),
  filter: f.late.filter,
  count: f.late.value,
  tone: 'error',
});

/** 报送及时率 counts periods, not assignments: its card opens the assignments whose last period went unreported. */
const timelinessCard = (f: SharedFigures, missed: Count, t: T): KpiSpec => ({
  key: 'reportTimeliness',
  title: 'luoshi.leaders.kpi.reportTimeliness',
  figure: percent(f.reportTimeliness),
  hint: t('luoshi.leaders.kpi.periodsHint', { numerator: f.reportTimeliness.numerator, denominator: f.reportTimeliness.denominator }),
  filter: missed.filter,
  count: missed.value,
  tone: 'secondary',
});

/** The 看板's cards, in reading order. */
export function summaryKpis(s: DashboardSummary, t: T): KpiSpec[] {
  return [
    countCard('total', s.total, 'primary'),
    countCard('open', s.open, 'info'),
    countCard('completed', s.completed, 'success'),
    rateCard('completionRate', s.completionRate, s.completed, t, 'success'),
    rateCard('onTimeRate', s.onTimeRate, s.completedOnTime, t, 'success'),
    countCard('overdue', s.overdue, 'error'),
    countCard('dueSoon', s.dueSoon, 'warning', t('luoshi.leaders.kpi.dueSoonHint', { days: s.warningDays })),
    countCard('reportMissed', s.reportMissed, 'warning'),
    lateCard(s, t),
    timelinessCard(s, s.reportMissed, t),
  ];
}

/** A scorecard's cards: its organization's figures (report timeliness has its own table there). */
export function figureKpis(f: OrganizationFigures, t: T): KpiSpec[] {
  const completionRate: Rate = { value: f.total.value ? f.completed.value / f.total.value : null, numerator: f.completed.value, denominator: f.total.value };
  return [
    countCard('total', f.total, 'primary'),
    countCard('open', f.open, 'info'),
    countCard('completed', f.completed, 'success'),
    rateCard('completionRate', completionRate, f.completed, t, 'success'),
    rateCard('onTimeRate', f.onTimeRate, f.completedOnTime, t, 'success'),
    countCard('overdue', f.overdue, 'error'),
    lateCard(f, t),
  ];
}

function KpiCard({ spec, color }: { spec: KpiSpec; color?: string }) {
  const translate = useTranslate();
  const tint = color ?? `${spec.tone}.main`;
  return (
    <Card variant="outlined" sx={{ borderTop: 4, borderTopColor: tint, height: '100%' }} data-kpi={spec.key} data-count={spec.count}>
      <CardActionArea component={LinkBase} to={assignmentListPath(spec.filter)} sx={{ height: '100%' }}>
        <CardContent sx={{ py: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {translate(spec.title)}
          </Typography>
          <Typography variant="h4" component="p" sx={{ my: 0.5, color: tint, fontWeight: 600 }} data-figure>
            {spec.figure}
          </Typography>
          <Typography variant="caption" color="text.secondary" sx={{ minHeight: '1.5em', display: 'block' }}>
            {spec.hint}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}

export function KpiCards({ specs, columns = 5 }: { specs: KpiSpec[]; columns?: number }) {
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', md: `repeat(${columns}, 1fr)` } }} data-testid="kpi-cards">
      {specs.map((spec) => (
        <KpiCard key={spec.key} spec={spec} />
      ))}
    </Box>
  );
}

/** Red / yellow / green: the open assignments by light, each opening its list. */
export function LightCards({ summary }: { summary: DashboardSummary }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: 'repeat(3, 1fr)' }} data-testid="light-cards">
      {[...LIGHTS].reverse().map((light) => (
        <KpiCard
          key={light}
          color={LIGHT_COLORS[light]}
          spec={{ key: `light-${light}`, title: `luoshi.enums.light.${light}`, figure: String(summary.lights[light].value), hint: translate('luoshi.leaders.lights.hint'), filter: summary.lights[light].filter, count: summary.lights[light].value, tone: 'primary' }}
        />
      ))}
    </Box>
  );
}

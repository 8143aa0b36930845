import DescriptionIcon from '@mui/icons-material/Description';
import GridOnIcon from '@mui/icons-material/GridOn';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { calendarDate, DEFAULT_DASHBOARD_SPEECHES, MAX_DASHBOARD_SPEECHES, type DashboardSummary, type Heatmap, type OrganizationRanking, type SpeechProgress, type WeeklyTrend } from '@luoshi/common';
import Skeleton from '@mui/material/Skeleton';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Button, LinkBase, Title, useLocaleState, useNavigate, useStore, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { BoardControls, DEFAULT_BOARD_CHOICE, type BoardChoice } from './BoardControls';
import { BoardSection } from './BoardSection';
import { heatmapChart, progressChart, trendChart, type ChartSpec, type HeatmapMode } from './chart-options';
import { assignmentListPath, dashboardQuery, ledgerExportPath } from './drill-down';
import { ExportFileButton } from './ExportFileButton';
import { KpiCards, LightCards, summaryKpis } from './KpiCards';
import { resolvePeriod } from './period';
import { RankingTable } from './RankingTable';
import { useDashboard } from './useDashboard';

// ECharts comes after the figures: the cards and the ranking show first, the charts when their chunk is in.
const EChart = lazy(() => import('./EChart'));

/** A chart whose every data point opens the assignments list of what it counts. */
function DrillChart({ spec, height, testId }: { spec: ChartSpec; height: number; testId: string }) {
  const navigate = useNavigate();
  return (
    <Suspense fallback={<Skeleton variant="rectangular" height={height} />}>
    <EChart
      option={spec.option}
      height={height}
      testId={testId}
      onPointClick={(s, i) => {
        const filter = spec.filterAt(s, i);
        if (filter) navigate(assignmentListPath(filter));
      }}
    />
    </Suspense>
  );
}

/** Says that only the most recent speeches are shown, with a button for more (while under the cap). */
function SpeechSelectionNote({ limit, onMore }: { limit: number; onMore: (() => void) | null }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }} className="no-print" data-testid="speech-selection">
      <Typography variant="body2" color="text.secondary">
        {translate('luoshi.leaders.speeches.recent', { limit })}
      </Typography>
      {onMore && <Button size="small" label="luoshi.leaders.speeches.more" onClick={onMore} data-testid="more-speeches" />}
    </Stack>
  );
}

/**
 * 督办看板: the home of the supervision office, the viewers and the admins. Every figure comes from
 * `/api/dashboard/…` with the list filter that reproduces it, so each one opens exactly its rows.
 */
export default function LeadersBoard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [choice, setChoice] = useStore<BoardChoice>('leaders.board', DEFAULT_BOARD_CHOICE);
  const [heatmapMode, setHeatmapMode] = useState<HeatmapMode>('percent');
  // How many of the most recent speeches the progress chart and the heatmap cover (without a chosen speech).
  const [speechLimit, setSpeechLimit] = useState(DEFAULT_DASHBOARD_SPEECHES);
  const today = calendarDate(new Date());
  const period = resolvePeriod(choice, today);
  const scope = { speechId: choice.speechId, organizationId: choice.organizationId };
  const query = dashboardQuery(period, scope);
  const by = choice.speechId ? 'section' : 'speech';
  const summary = useDashboard<DashboardSummary>(`/dashboard/summary?${query}`);
  const ranking = useDashboard<OrganizationRanking>(`/dashboard/ranking?${query}`);
  const speeches: Record<string, string> = choice.speechId ? {} : { limit: String(speechLimit) };
  const progress = useDashboard<SpeechProgress>(`/dashboard/progress?${dashboardQuery(period, scope, speeches)}`);
  const trend = useDashboard<WeeklyTrend>(`/dashboard/trend?${query}`);
  const heatmap = useDashboard<Heatmap>(`/dashboard/heatmap?${dashboardQuery(period, scope, { by, ...speeches })}`);
  const moreSpeeches = progress.data?.more || heatmap.data?.more ? (
    <SpeechSelectionNote limit={speechLimit} onMore={speechLimit < MAX_DASHBOARD_SPEECHES ? () => setSpeechLimit(Math.min(MAX_DASHBOARD_SPEECHES, speechLimit + DEFAULT_DASHBOARD_SPEECHES)) : null} />
  ) : null;

  const trendSpec = useMemo(() => trend.data && trendChart(trend.data, translate, locale), [trend.data, translate, locale]);
  const progressSpec = useMemo(() => progress.data && progressChart(progress.data, translate), [progress.data, translate]);
  const heatmapSpec = useMemo(() => heatmap.data && heatmapChart(heatmap.data, heatmapMode, translate), [heatmap.data, heatmapMode, translate]);
  const progressRows = progress.data ? progress.data.speeches.reduce((n, s) => n + 1 + s.sections.length, 0) : 0;
  const heatmapRows = heatmap.data?.organizations.length ?? 0;
  const scopeFilter = summary.data?.scope.filter;

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="leaders-board">
      <Title title="luoshi.leaders.board.title" />
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { lg: 'center' }, justifyContent: 'space-between' }}>
        <Box>
          <Typography variant="h5" component="h1">
            {translate('luoshi.leaders.board.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('luoshi.leaders.board.subtitle')}
            {summary.data && ` ${translate('luoshi.leaders.board.referenceDay', { day: formatDate(summary.data.scope.referenceDay, locale) })}`}
          </Typography>
        </Box>
        <Stack direction="row" spacing={1} className="no-print">
          {scopeFilter && <ExportFileButton path={ledgerExportPath(scopeFilter)} fileName={translate('luoshi.leaders.exports.ledgerFile')} label="luoshi.leaders.exports.ledger" icon={<GridOnIcon />} testId="board-export-ledger" />}
          <Button component={LinkBase} to="/bulletins" label="luoshi.leaders.menu.bulletins" data-testid="board-bulletins">
            <DescriptionIcon />
          </Button>
        </Stack>
      </Stack>
      <Box sx={{ mb: 2 }}>
        <BoardControls choice={choice} onChange={setChoice} from={period.start} to={period.end} />
      </Box>
      <Stack spacing={2}>
        <BoardSection title="luoshi.leaders.board.title" loading={summary.isPending} error={summary.error} height={200} testId="board-kpis">
          {summary.data && (
            <Stack spacing={1.5}>
              <KpiCards specs={summaryKpis(summary.data, translate)} />
              <Typography variant="subtitle2" component="h3">
                {translate('luoshi.leaders.lights.title')}
              </Typography>
              <LightCards summary={summary.data} />
            </Stack>
          )}
        </BoardSection>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', xl: '3fr 2fr' } }}>
          <BoardSection title="luoshi.leaders.ranking.title" hint="luoshi.leaders.ranking.hint" loading={ranking.isPending} error={ranking.error} testId="board-ranking">
            {ranking.data && <RankingTable rows={ranking.data.rows} />}
          </BoardSection>
          <BoardSection title="luoshi.leaders.trend.title" loading={trend.isPending} error={trend.error} testId="board-trend">
            {trendSpec && <DrillChart spec={trendSpec} height={320} testId="trend" />}
          </BoardSection>
        </Box>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
          <BoardSection title="luoshi.leaders.progress.title" hint="luoshi.leaders.progress.hint" loading={progress.isPending} error={progress.error} testId="board-progress">
            {progressSpec && <DrillChart spec={progressSpec} height={Math.max(200, progressRows * 28 + 40)} testId="progress" />}
            {progress.data?.more && moreSpeeches}
            {progress.data && (
              <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', rowGap: 1 }} className="no-print">
                {progress.data.speeches
                  .filter((s) => s.speechId)
                  .map((s) => (
                    <Button key={s.speechId} size="small" component={LinkBase} to={`/speech-board/${s.speechId}`} label={`${translate('luoshi.leaders.speechBoard.open')}：${s.title}`} data-speech-board={s.speechId} />
                  ))}
              </Stack>
            )}
          </BoardSection>
          <BoardSection
            title={by === 'section' ? 'luoshi.leaders.heatmap.bySection' : 'luoshi.leaders.heatmap.title'}
            loading={heatmap.isPending}
            error={heatmap.error}
            testId="board-heatmap"
            actions={
              <ToggleButtonGroup size="small" exclusive value={heatmapMode} onChange={(_e, mode: HeatmapMode | null) => mode && setHeatmapMode(mode)}>
                <ToggleButton value="percent">{translate('luoshi.leaders.heatmap.byPercent')}</ToggleButton>
                <ToggleButton value="light">{translate('luoshi.leaders.heatmap.byLight')}</ToggleButton>
              </ToggleButtonGroup>
            }
          >
            {heatmapSpec && heatmapRows > 0 ? (
              <>
                <DrillChart spec={heatmapSpec} height={Math.max(240, heatmapRows * 32 + 100)} testId="heatmap" />
                {heatmap.data?.more && moreSpeeches}
              </>
            ) : (
              <Typography color="text.secondary">{translate('luoshi.leaders.heatmap.empty')}</Typography>
            )}
          </BoardSection>
        </Box>
      </Stack>
    </Box>
  );
}

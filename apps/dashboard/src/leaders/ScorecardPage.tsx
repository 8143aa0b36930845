import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { calendarDate, type AssignmentListFilter, type Scorecard, type ScorecardAssignment } from '@luoshi/common';
import { LinkBase, Title, useCreatePath, useLocaleState, useParams, useStore, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { BoardControls, DEFAULT_BOARD_CHOICE, type BoardChoice } from './BoardControls';
import { BoardSection } from './BoardSection';
import { assignmentListPath, dashboardQuery } from './drill-down';
import { figureKpis, KpiCards } from './KpiCards';
import { resolvePeriod } from './period';
import { RankingTable } from './RankingTable';
import { scoreLine } from './score-lines';
import { useDashboard } from './useDashboard';

function AssignmentLines({ title, rows, filter, total, testId }: { title: string; rows: ScorecardAssignment[]; filter: AssignmentListFilter; total: number; testId: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  return (
    <BoardSection
      title={title}
      loading={false}
      error={null}
      testId={testId}
      actions={
        <Link component={LinkBase} to={assignmentListPath(filter)} variant="body2" data-count={total}>
          {translate('luoshi.leaders.scorecard.viewAll', { count: total })}
        </Link>
      }
    >
      {rows.length === 0 ? (
        <Typography color="text.secondary">{translate('luoshi.leaders.scorecard.empty')}</Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((a) => (
            <ListItem key={a.id} disablePadding>
              <ListItemButton component={LinkBase} to={createPath({ resource: 'assignments', id: a.id, type: 'show' })}>
                <ListItemText
                  primary={a.itemTitle}
                  secondary={[
                    a.organizationName,
                    translate(`luoshi.enums.assignmentRole.${a.role}`),
                    a.dueDate ? `${translate('luoshi.leaders.speechBoard.dueDate')} ${formatDate(a.dueDate, locale)}` : '',
                    a.completedAt ? translate('luoshi.leaders.scorecard.completedOn', { date: formatDate(a.completedAt, locale) }) : `${a.percent}%`,
                    a.daysLate ? translate('luoshi.leaders.scorecard.daysLate', { smart_count: a.daysLate }) : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      )}
    </BoardSection>
  );
}

function ScorecardBody({ card }: { card: Scorecard }) {
  const translate = useTranslate();
  const f = card.figures;
  const rate = (r: { value: number | null }) => (r.value === null ? '—' : `${(r.value * 100).toFixed(1)}%`);
  const earlyDays = 7;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' } }}>
        <BoardSection title="luoshi.leaders.scorecard.score" hint="luoshi.leaders.scorecard.scoreHint" loading={false} error={null} testId="scorecard-score">
          <Typography variant="h3" component="p" sx={{ fontWeight: 600, color: 'primary.main' }} data-score={card.score.value}>
            {card.score.value.toFixed(1)}
          </Typography>
          <List dense disablePadding data-testid="score-components">
            {card.score.components.map((c) => (
              <ListItem key={c.key} disableGutters data-component={c.key} data-points={c.points}>
                <ListItemText primary={scoreLine(c, translate, earlyDays)} />
              </ListItem>
            ))}
          </List>
        </BoardSection>
        <BoardSection title="luoshi.leaders.scorecard.figures" loading={false} error={null} testId="scorecard-figures">
          <KpiCards specs={figureKpis(f, translate)} columns={4} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('luoshi.leaders.scorecard.returns')}：{f.returns} · {translate('luoshi.leaders.scorecard.completedEarly')}：{f.completedEarly} · {translate('luoshi.leaders.kpi.reportTimeliness')}：{rate(f.reportTimeliness)}
          </Typography>
        </BoardSection>
      </Box>
      {card.organizations.length > 1 && (
        <BoardSection title="luoshi.leaders.scorecard.subOrganizations" loading={false} error={null} testId="scorecard-organizations">
          <RankingTable rows={card.organizations} />
        </BoardSection>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(3, 1fr)' } }}>
        <AssignmentLines title="luoshi.leaders.scorecard.overdue" rows={card.overdueAssignments} filter={card.overdueFilter} total={f.overdue.value} testId="scorecard-overdue" />
        <AssignmentLines title="luoshi.leaders.scorecard.open" rows={card.openAssignments} filter={card.openFilter} total={f.open.value} testId="scorecard-open" />
        <AssignmentLines title="luoshi.leaders.scorecard.recent" rows={card.recentlyCompleted} filter={card.recentlyCompletedFilter} total={card.recentlyCompleted.length} testId="scorecard-recent" />
      </Box>
      <BoardSection title="luoshi.leaders.scorecard.timeliness" loading={false} error={null} testId="scorecard-timeliness">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('luoshi.leaders.scorecard.cadence')}</TableCell>
              <TableCell align="right">{translate('luoshi.leaders.scorecard.periods')}</TableCell>
              <TableCell align="right">{translate('luoshi.leaders.scorecard.reported')}</TableCell>
              <TableCell align="right">{translate('luoshi.leaders.scorecard.rate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {card.reportTimeliness.map((r) => (
              <TableRow key={r.cadence}>
                <TableCell>{translate(`luoshi.enums.cadence.${r.cadence}`, { _: r.cadence })}</TableCell>
                <TableCell align="right">{r.periods}</TableCell>
                <TableCell align="right">{r.reported}</TableCell>
                <TableCell align="right">{r.periods ? `${((r.reported / r.periods) * 100).toFixed(1)}%` : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </BoardSection>
    </Stack>
  );
}

/**
 * 单位考评: one organization with its subtree over the chosen period. The API decides whom it shows:
 * an organization user asking for another organization gets its 404, shown here as an error.
 */
export default function ScorecardPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { id = '' } = useParams<{ id: string }>();
  const [choice, setChoice] = useStore<BoardChoice>('leaders.board', DEFAULT_BOARD_CHOICE);
  const period = resolvePeriod(choice, calendarDate(new Date()));
  const card = useDashboard<Scorecard>(`/dashboard/organizations/${encodeURIComponent(id)}/scorecard?${dashboardQuery(period, {})}`);
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="scorecard">
      <Title title="luoshi.leaders.scorecard.title" />
      <Typography variant="h5" component="h1" data-testid="scorecard-name">
        {card.data ? `${card.data.organization.name} · ${translate('luoshi.leaders.scorecard.title')}` : translate('luoshi.leaders.scorecard.title')}
      </Typography>
      {card.data && (
        <Typography variant="body2" color="text.secondary">
          {translate('luoshi.leaders.board.referenceDay', { day: formatDate(card.data.scope.referenceDay, locale) })}
        </Typography>
      )}
      <Box sx={{ my: 2 }}>
        <BoardControls choice={choice} onChange={setChoice} from={period.start} to={period.end} periodOnly />
      </Box>
      {card.error ? (
        <Alert severity="error" data-testid="scorecard-error">
          {card.error instanceof Error ? card.error.message : String(card.error)}
        </Alert>
      ) : card.data ? (
        <ScorecardBody card={card.data} />
      ) : (
        <BoardSection title="luoshi.leaders.scorecard.title" loading error={null} testId="scorecard-loading" />
      )}
    </Box>
  );
}

import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { calendarDate, type Light, type SpeechBoard, type SpeechBoardNode } from '@luoshi/common';
import { Fragment } from 'react';
import { Button, LinkBase, Loading, Title, useCreatePath, useLocaleState, useParams, useStore, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { BoardControls, DEFAULT_BOARD_CHOICE, type BoardChoice } from './BoardControls';
import { LIGHT_COLORS } from './chart-options';
import { dashboardQuery } from './drill-down';
import { resolvePeriod } from './period';
import { useDashboard } from './useDashboard';
import './print.css';

function LightDot({ light }: { light: Light | null }) {
  const translate = useTranslate();
  if (!light) return <span>—</span>;
  return <Chip size="small" label={translate(`luoshi.enums.light.${light}`)} sx={{ bgcolor: LIGHT_COLORS[light], color: light === 'yellow' ? '#000' : '#fff', fontWeight: 600 }} data-light={light} />;
}

/** One item and, under it, its children, indented by depth; each organization links to its assignment. */
function NodeRows({ node, depth }: { node: SpeechBoardNode; depth: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const section = node.kind === 'section';
  return (
    <Fragment>
      <TableRow data-item={node.itemId} data-kind={node.kind} sx={section ? { bgcolor: 'action.hover' } : undefined}>
        <TableCell sx={{ pl: 1 + depth * 3, fontWeight: section ? 600 : undefined }}>{node.title}</TableCell>
        <TableCell>
          <LightDot light={node.light} />
        </TableCell>
        <TableCell align="right">{node.percent === null ? '—' : `${Math.round(node.percent)}%`}</TableCell>
        <TableCell>
          <Stack spacing={0.25}>
            {node.organizations.map((o) => (
              <Box key={o.assignmentId} sx={{ whiteSpace: 'nowrap' }}>
                <LinkBase to={createPath({ resource: 'assignments', id: o.assignmentId, type: 'show' })}>{o.name}</LinkBase>
                <Typography component="span" variant="caption" color="text.secondary">
                  {' '}
                  {translate(`luoshi.leaders.speechBoard.${o.role}`)} · {translate(`luoshi.enums.assignmentState.${o.state}`, { _: o.state })} · {o.percent}%
                  {o.overdueDays ? ` · ${translate('luoshi.assignment.overdueDays', { smart_count: o.overdueDays })}` : ''}
                </Typography>
              </Box>
            ))}
          </Stack>
        </TableCell>
        <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(node.dueDate, locale) || '—'}</TableCell>
      </TableRow>
      {node.children.map((child) => (
        <NodeRows key={child.itemId} node={child} depth={depth + 1} />
      ))}
    </Fragment>
  );
}

/** 讲话落实看板: the speech's outline with each item's light, progress, organizations and due date; printable (A4). */
export default function SpeechBoardPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { id = '' } = useParams<{ id: string }>();
  const [choice, setChoice] = useStore<BoardChoice>('leaders.board', DEFAULT_BOARD_CHOICE);
  const period = resolvePeriod(choice, calendarDate(new Date()));
  const board = useDashboard<SpeechBoard>(`/dashboard/speeches/${encodeURIComponent(id)}/board?${dashboardQuery(period, {})}`);
  if (board.error) return <Alert severity="error" sx={{ mt: 2 }}>{board.error instanceof Error ? board.error.message : String(board.error)}</Alert>;
  if (!board.data) return <Loading />;
  const { speech, figures, items } = board.data;
  return (
    <Box sx={{ mt: 2, mb: 4 }} className="print-page" data-testid="speech-board">
      <Title title="luoshi.leaders.speechBoard.title" />
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' }, gap: 2 }}>
        <Box>
          <Typography variant="h5" component="h1">
            {speech.title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {[formatDate(speech.date, locale), speech.speaker, speech.meeting].filter(Boolean).join(' · ')}
          </Typography>
          <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="speech-board-summary">
            {translate('luoshi.leaders.speechBoard.summary', { total: figures.total.value, completed: figures.completed.value, overdue: figures.overdue.value })}
            {figures.percent === null ? '' : ` · ${translate('luoshi.leaders.speechBoard.progress')} ${Math.round(figures.percent)}%`}
          </Typography>
        </Box>
        <Button label="luoshi.leaders.exports.print" onClick={() => window.print()} variant="outlined" className="no-print" data-testid="speech-board-print">
          <PrintIcon />
        </Button>
      </Stack>
      <Box sx={{ my: 2 }} className="no-print">
        <BoardControls choice={choice} onChange={setChoice} from={period.start} to={period.end} periodOnly />
      </Box>
      {items.length === 0 ? (
        <Typography color="text.secondary">{translate('luoshi.leaders.speechBoard.empty')}</Typography>
      ) : (
        <Table size="small" data-testid="speech-board-tree">
          <TableHead>
            <TableRow>
              <TableCell>{translate('luoshi.leaders.speechBoard.item')}</TableCell>
              <TableCell>{translate('luoshi.leaders.speechBoard.light')}</TableCell>
              <TableCell align="right">{translate('luoshi.leaders.speechBoard.progress')}</TableCell>
              <TableCell>{translate('luoshi.leaders.speechBoard.organizations')}</TableCell>
              <TableCell>{translate('luoshi.leaders.speechBoard.dueDate')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((node) => (
              <NodeRows key={node.itemId} node={node} depth={0} />
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

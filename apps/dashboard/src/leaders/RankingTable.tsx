import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { OrganizationRankingRow, Rate } from '@luoshi/common';
import { useState, type MouseEvent } from 'react';
import { LinkBase, useNavigate, useTranslate } from 'react-admin';
import { assignmentListPath } from './drill-down';
import { firstOrder, sortRanking, type RankingSort } from './ranking';

const rate = (r: Rate) => (r.value === null ? '—' : `${(r.value * 100).toFixed(1)}%`);

const COLUMNS: Array<{ key: RankingSort; numeric: boolean }> = [
  { key: 'rank', numeric: true },
  { key: 'name', numeric: false },
  { key: 'score', numeric: true },
  { key: 'total', numeric: true },
  { key: 'completed', numeric: true },
  { key: 'onTimeRate', numeric: true },
  { key: 'overdue', numeric: true },
  { key: 'averageDaysLate', numeric: true },
  { key: 'reportTimeliness', numeric: true },
];

const HIGHLIGHT = { top: 'rgba(46, 125, 50, 0.10)', bottom: 'rgba(198, 40, 40, 0.10)' } as const;

/**
 * 红黑榜: one row per organization, sortable by any column; the top and bottom (by score) are
 * tinted green and red whatever the sort. A row opens the organization's counted assignments (its
 * 交办 figure); the overdue figure opens its overdue ones; the name opens its scorecard.
 */
export function RankingTable({ rows }: { rows: readonly OrganizationRankingRow[] }) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [sort, setSort] = useState<{ key: RankingSort; order: 'asc' | 'desc' }>({ key: 'rank', order: 'asc' });
  if (rows.length === 0) return <Typography color="text.secondary">{translate('luoshi.leaders.ranking.empty')}</Typography>;
  const sorted = sortRanking(rows, sort.key, sort.order);
  return (
    <TableContainer>
      <Table size="small" data-testid="ranking">
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell key={c.key} align={c.numeric ? 'right' : 'left'} sortDirection={sort.key === c.key ? sort.order : false} sx={{ whiteSpace: 'nowrap' }}>
                <TableSortLabel
                  active={sort.key === c.key}
                  direction={sort.key === c.key ? sort.order : firstOrder(c.key)}
                  onClick={() => setSort(sort.key === c.key ? { key: c.key, order: sort.order === 'asc' ? 'desc' : 'asc' } : { key: c.key, order: firstOrder(c.key) })}
                  data-sort={c.key}
                >
                  {translate(`luoshi.leaders.ranking.${c.key}`)}
                </TableSortLabel>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((row) => (
            <TableRow
              key={row.organizationId}
              hover
              onClick={() => navigate(assignmentListPath(row.total.filter))}
              sx={{ cursor: 'pointer', bgcolor: row.highlight ? HIGHLIGHT[row.highlight] : undefined }}
              data-org={row.organizationId}
              data-count={row.total.value}
              data-highlight={row.highlight ?? ''}
            >
              <TableCell align="right">{row.rank}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <LinkBase to={`/scorecard/${row.organizationId}`} onClick={(e: MouseEvent) => e.stopPropagation()} data-scorecard-link={row.organizationId}>
                  {row.name}
                </LinkBase>
                {row.highlight && (
                  <Chip size="small" sx={{ ml: 1 }} color={row.highlight === 'top' ? 'success' : 'error'} label={translate(`luoshi.leaders.ranking.${row.highlight}`)} />
                )}
              </TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {row.score.value.toFixed(1)}
              </TableCell>
              <TableCell align="right">{row.total.value}</TableCell>
              <TableCell align="right">{row.completed.value}</TableCell>
              <TableCell align="right">{rate(row.onTimeRate)}</TableCell>
              <TableCell align="right">
                <LinkBase
                  to={assignmentListPath(row.overdue.filter)}
                  onClick={(e: MouseEvent) => e.stopPropagation()}
                  style={{ color: row.overdue.value > 0 ? '#c62828' : undefined, fontWeight: row.overdue.value > 0 ? 600 : undefined }}
                  data-overdue-link={row.overdue.value}
                >
                  {row.overdue.value}
                </LinkBase>
              </TableCell>
              <TableCell align="right">{row.averageDaysLate === null ? '—' : row.averageDaysLate.toFixed(1)}</TableCell>
              <TableCell align="right">{rate(row.reportTimeliness)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

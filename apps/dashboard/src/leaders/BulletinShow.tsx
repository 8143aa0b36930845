import ArticleIcon from '@mui/icons-material/Article';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import type { Bulletin } from '@luoshi/common';
import { Button, Loading, Title, useGetOne, useLocaleState, useParams, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { ExportFileButton } from './ExportFileButton';
import './print.css';

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const CHINESE_ORDINALS = ['一', '二', '三', '四', '五'];

/** A part's heading numbered as the reader's language numbers them: “一、” in Chinese, “1.” in English. */
function partHeading(n: number, title: string, locale: string): string {
  return locale === 'en' ? `${n}. ${title}` : `${CHINESE_ORDINALS[n - 1] ?? String(n)}、${title}`;
}

/**
 * 督查通报 as it prints: title, number line, the summary in sentences, the ranking, the overdue
 * items and the commended organizations; 仿宋 body and 黑体 headings on an A4 page, like the .docx.
 */
export function BulletinShow() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { id = '' } = useParams<{ id: string }>();
  const { data, error, isPending } = useGetOne<Bulletin>('bulletins', { id });
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>;
  const c = data.content;
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="bulletin">
      <Title title="luoshi.leaders.bulletins.title" />
      <Stack direction="row" spacing={1} sx={{ mb: 2, justifyContent: 'flex-end' }} className="no-print">
        <ExportFileButton
          path={`/exports/bulletins/${encodeURIComponent(data.id)}`}
          fileName={`${data.numberLine}.docx`}
          label="luoshi.leaders.exports.word"
          icon={<ArticleIcon />}
          testId="bulletin-export-word"
        />
        <Button label="luoshi.leaders.bulletins.print" onClick={() => window.print()} data-testid="bulletin-print">
          <PrintIcon />
        </Button>
      </Stack>
      <article className="bulletin-page print-page">
        <h1>{translate('luoshi.leaders.bulletins.title')}</h1>
        <div className="number-line">
          <div>{data.numberLine}</div>
          <div>
            {translate('luoshi.leaders.bulletins.issuer')}
            {'\u3000'}
            {formatDate(data.issuedAt, locale)}
          </div>
        </div>
        <h2 style={{ textAlign: 'center', fontFamily: 'inherit' }}>{data.title}</h2>
        <h2>{partHeading(1, translate('luoshi.leaders.bulletins.summary'), locale)}</h2>
        {c.summary.map((sentence, i) => (
          <p key={i}>{sentence}</p>
        ))}
        <h2>{partHeading(2, translate('luoshi.leaders.bulletins.ranking'), locale)}</h2>
        <table data-testid="bulletin-ranking">
          <thead>
            <tr>
              <th>{translate('luoshi.leaders.ranking.rank')}</th>
              <th>{translate('luoshi.leaders.ranking.name')}</th>
              <th>{translate('luoshi.leaders.ranking.total')}</th>
              <th>{translate('luoshi.leaders.ranking.completed')}</th>
              <th>{translate('luoshi.leaders.ranking.onTimeRate')}</th>
              <th>{translate('luoshi.leaders.ranking.overdue')}</th>
              <th>{translate('luoshi.leaders.ranking.reportTimeliness')}</th>
              <th>{translate('luoshi.leaders.ranking.score')}</th>
            </tr>
          </thead>
          <tbody>
            {c.ranking.map((r) => (
              <tr key={r.organizationId}>
                <td>{r.rank}</td>
                <td>{r.name}</td>
                <td>{r.total}</td>
                <td>{r.completed}</td>
                <td>{pct(r.onTimeRate)}</td>
                <td>{r.overdue}</td>
                <td>{pct(r.reportTimeliness)}</td>
                <td>{r.score.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{partHeading(3, translate('luoshi.leaders.bulletins.overdue'), locale)}</h2>
        {c.overdue.length === 0 ? (
          <p>{translate('luoshi.leaders.bulletins.noOverdue')}</p>
        ) : (
          <table data-testid="bulletin-overdue">
            <thead>
              <tr>
                <th>{translate('luoshi.leaders.speechBoard.item')}</th>
                <th>{translate('luoshi.leaders.ranking.name')}</th>
                <th>{translate('luoshi.leaders.speechBoard.dueDate')}</th>
                <th>{translate('luoshi.leaders.bulletins.daysOverdue')}</th>
              </tr>
            </thead>
            <tbody>
              {c.overdue.map((o) => (
                <tr key={o.assignmentId}>
                  <td style={{ textAlign: 'left' }}>{o.itemTitle}</td>
                  <td>
                    {o.organizationName}（{translate(`luoshi.enums.assignmentRole.${o.role}`)}）
                  </td>
                  <td>{formatDate(o.dueDate, locale)}</td>
                  <td>{o.daysOverdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h2>{partHeading(4, translate('luoshi.leaders.bulletins.commended'), locale)}</h2>
        {c.commended.length === 0 ? (
          <p>{translate('luoshi.leaders.bulletins.noCommended')}</p>
        ) : (
          c.commended.map((o) => (
            <p key={o.organizationId}>
              {o.name}：{o.reason}
            </p>
          ))
        )}
      </article>
    </Box>
  );
}

import { downloadCSV, type Exporter } from 'react-admin';
import { storedLocale } from '../data/httpClient';
import type { AppMessages } from '../i18n/app-messages.type';
import { appEnglishMessages } from '../i18n/app-en';
import { appChineseMessages } from '../i18n/app-zh-CN';
import { formatDate } from '../shared/format-date';
import type { AssignmentRecord } from './assignment.types';

/** Excel on Chinese Windows reads a CSV as GBK unless it starts with the UTF-8 byte order mark. */
export const UTF8_BOM = '\uFEFF';

const COLUMNS = ['itemTitle', 'speechId', 'organizationId', 'role', 'handlerName', 'state', 'dueDate', 'daysLeft', 'percent', 'light', 'overdue', 'lastReportAt'] as const;

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * 台账 as CSV: the headers, organization and speech names, states, roles and lights as people
 * read them in the UI's language (never ids or codes), dates as the UI writes them, and a BOM.
 */
export function assignmentsCsv(
  records: readonly AssignmentRecord[],
  names: { organizations: ReadonlyMap<string, string>; speeches: ReadonlyMap<string, string> },
  messages: AppMessages,
  locale: string,
): string {
  const fields = messages.resources.assignments.fields;
  const { enums } = messages.luoshi;
  const yes = locale.startsWith('zh') ? '是' : 'yes';
  const no = locale.startsWith('zh') ? '否' : 'no';
  const rows = records.map((r) => [
    r.itemTitle ?? '',
    r.speechId ? (names.speeches.get(r.speechId) ?? '') : '',
    names.organizations.get(r.organizationId) ?? '',
    enums.assignmentRole[r.role],
    r.handlerName ?? '',
    enums.assignmentState[r.state],
    formatDate(r.dueDate, locale),
    r.daysLeft === null ? '' : String(r.daysLeft),
    `${r.percent}%`,
    r.light ? enums.light[r.light] : '',
    r.overdue ? yes : no,
    formatDate(r.lastReportAt, locale),
  ]);
  const header = COLUMNS.map((c) => fields[c]);
  return UTF8_BOM + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The 导出 button of the assignment lists. */
export const exportAssignments: Exporter<AssignmentRecord> = async (records, fetchRelatedRecords) => {
  const [organizations, speeches] = await Promise.all([
    fetchRelatedRecords<{ id: string; name: string }>(records, 'organizationId', 'organizations'),
    fetchRelatedRecords<{ id: string; title: string }>(records.filter((r) => r.speechId), 'speechId', 'speeches'),
  ]);
  const locale = storedLocale(window.localStorage)() === 'en' ? 'en' : 'zh-CN';
  const csv = assignmentsCsv(
    records,
    {
      organizations: new Map(Object.values(organizations).map((o) => [o.id, o.name])),
      speeches: new Map(Object.values(speeches).map((s) => [s.id, s.title])),
    },
    locale === 'en' ? appEnglishMessages : appChineseMessages,
    locale,
  );
  // downloadCSV writes the string as it is: the BOM above comes first.
  downloadCSV(csv, locale === 'en' ? 'assignments' : '交办台账');
};

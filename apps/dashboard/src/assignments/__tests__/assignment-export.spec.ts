import { describe, expect, it } from 'vitest';
import { appChineseMessages } from '../../i18n/app-zh-CN';
import { appEnglishMessages } from '../../i18n/app-en';
import { assignmentsCsv } from '../assignment-export';
import type { AssignmentRecord } from '../assignment.types';

const record: AssignmentRecord = {
  id: '7d0c1f6e-0000-4000-8000-000000000001',
  itemId: 'i1',
  itemTitle: '开展欠薪排查，做到"两个清零"',
  speechId: 's1',
  organizationId: 'o1',
  role: 'lead',
  state: 'in_progress',
  dueDate: '2026-12-31',
  cadence: 'monthly',
  percent: 40,
  handlerId: 'u1',
  handlerName: '赵技术员',
  leadState: null,
  leadOrganizationId: null,
  light: 'green',
  overdue: false,
  daysLeft: 30,
  lastReportAt: '2026-11-20T02:00:00.000Z',
  signedAt: null,
  completedAt: null,
  completionSummary: null,
  returnReason: null,
  cancelReason: null,
  cancelledAt: null,
  version: 3,
  createdAt: '2026-11-01T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
};
const names = { organizations: new Map([['o1', '县农业农村局']]), speeches: new Map([['s1', '在全县冬季工作会议上的讲话']]) };

describe('assignmentsCsv', () => {
  it('starts with the UTF-8 BOM and uses Chinese headers, names and labels, never ids or codes', () => {
    const csv = assignmentsCsv([record], names, appChineseMessages, 'zh-CN');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header).toBe('任务,讲话,责任单位,分工,经办人,状态,完成时限,剩余天数,进度,亮灯,超期,最近报送');
    expect(row).toBe('"开展欠薪排查，做到""两个清零""",在全县冬季工作会议上的讲话,县农业农村局,牵头,赵技术员,办理中,2026年12月31日,30,40%,绿灯,否,2026年11月20日');
    expect(csv).not.toContain(record.id);
    expect(csv).not.toMatch(/in_progress|lead|green/);
  });

  it('writes English when the UI is in English', () => {
    const [header, row] = assignmentsCsv([record], names, appEnglishMessages, 'en').slice(1).split('\r\n');
    expect(header?.split(',')[0]).toBe(appEnglishMessages.resources.assignments.fields.itemTitle);
    expect(row).toContain(',2026-12-31,');
  });
});

import { Injectable } from '@nestjs/common';
import { addDays, chineseDate, dashboardPeriod, type BulletinContent, type Rate, type ReportingPeriod } from '@luoshi/common';
import { loadWorkingCalendar, Organization } from '@luoshi/data';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { ClockService } from '../../core/time/clock.service';
import { DashboardService } from '../dashboard/dashboard.service';
import type { PeriodDto } from '../dashboard/dashboard-query.dto';

/** Working days after the bulletin's issue within which organizations report their rectification. */
const RECTIFY_WORKING_DAYS = 5;
/** Who signs a bulletin issued by someone without an organization (an admin). */
const DEFAULT_OFFICE = '督查室';

/** 50%, 66.7%, — (no denominator). */
export function percentText(rate: Pick<Rate, 'value'> | number | null): string {
  const value = typeof rate === 'number' || rate === null ? rate : rate.value;
  if (value === null) return '—';
  return `${Number((value * 100).toFixed(1))}%`;
}

/** "2026年11月" for a calendar month, else "2026年11月2日至2026年11月8日". */
export function periodText(period: ReportingPeriod): string {
  const last = addDays(period.end, -1);
  const month = dashboardPeriod('month', period.start);
  if (month.start === period.start && month.end === period.end) return `${Number(period.start.slice(0, 4))}年${Number(period.start.slice(5, 7))}月`;
  return `${chineseDate(period.start)}至${chineseDate(last)}`;
}

/**
 * What a 督查通报 says about a period, county-wide: the summary sentences, the ranking, the
 * overdue items and the organizations that did well. The same content feeds the .docx and the
 * print view.
 */
@Injectable()
export class BulletinContentService {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly dataSource: DataSource,
    private readonly clock: ClockService,
  ) {}

  private async office(user: AuthUser): Promise<string> {
    if (!user.organizationId) return DEFAULT_OFFICE;
    const org = await this.dataSource.getRepository(Organization).findOne({ where: { id: user.organizationId }, select: { name: true } });
    return org?.name ?? DEFAULT_OFFICE;
  }

  title(period: ReportingPeriod): string {
    return `关于${periodText(period)}督办事项落实情况的通报`;
  }

  async content(query: PeriodDto, user: AuthUser): Promise<{ period: ReportingPeriod; content: BulletinContent }> {
    const [summary, ranking, rs] = await Promise.all([
      this.dashboard.summary(query, user),
      this.dashboard.ranking(query, user),
      this.dashboard.resolve(query, user),
    ]);
    const overdueRows = await this.dashboard.overdueAssignments(rs);
    const period = rs.period;
    const commended = ranking.rows
      .filter((r) => r.overdue.value === 0 && r.late.value === 0 && r.completedOnTime.value > 0)
      .map((r) => ({ organizationId: r.organizationId, name: r.name, reason: `按期办结${r.completedOnTime.value}项，无超期、无逾期办结事项` }));
    const lateOrganizations = [...new Set(overdueRows.map((a) => a.organizationName))];
    const calendar = await loadWorkingCalendar(this.dataSource.manager);
    const rectifyBy = calendar.addWorkingDays(this.clock.today(), RECTIFY_WORKING_DAYS);
    const summaryText = [
      `本期（${chineseDate(period.start)}至${chineseDate(addDays(period.end, -1))}）共交办事项${summary.total.value}项，已办结${summary.completed.value}项，办结率${percentText(summary.completionRate)}；应办结${summary.due.value}项，按期办结${summary.completedOnTime.value}项，按期办结率${percentText(summary.onTimeRate)}。`,
      `截至${chineseDate(summary.scope.referenceDay)}，超期事项${summary.overdue.value}项，即将到期${summary.dueSoon.value}项，未按期报送进展${summary.reportMissed.value}项，报送及时率${percentText(summary.reportTimeliness)}。`,
      commended.length
        ? `${commended.map((c) => c.name).join('、')}按期办结到期事项，无超期，予以通报表扬。`
        : '本期没有可予表扬的单位。',
      lateOrganizations.length
        ? `${lateOrganizations.join('、')}存在超期事项，请抓紧办理，并于${chineseDate(rectifyBy)}前报送整改情况。`
        : '本期没有超期事项。',
    ];
    return {
      period,
      content: {
        office: await this.office(user),
        summary: summaryText,
        figures: {
          total: summary.total.value,
          completed: summary.completed.value,
          completionRate: summary.completionRate.value,
          onTimeRate: summary.onTimeRate.value,
          overdue: summary.overdue.value,
          dueSoon: summary.dueSoon.value,
          reportMissed: summary.reportMissed.value,
        },
        ranking: ranking.rows.map((r) => ({
          rank: r.rank,
          organizationId: r.organizationId,
          name: r.name,
          total: r.total.value,
          completed: r.completed.value,
          onTimeRate: r.onTimeRate.value,
          overdue: r.overdue.value,
          averageDaysLate: r.averageDaysLate,
          reportTimeliness: r.reportTimeliness.value,
          score: r.score.value,
        })),
        overdue: overdueRows.map((a) => ({
          assignmentId: a.id,
          itemTitle: a.itemTitle,
          speechTitle: a.speechTitle,
          organizationName: a.organizationName,
          role: a.role,
          dueDate: a.dueDate ?? '',
          daysOverdue: a.daysLate ?? 0,
        })),
        commended,
      },
    };
  }
}

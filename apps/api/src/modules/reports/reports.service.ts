import { Injectable } from '@nestjs/common';
import { AppException } from '../../core/http/app.exception';
import { InjectRepository } from '@nestjs/typeorm';
import { Attachment, ProgressReport } from '@luoshi/data';
import { In, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPageWith } from '../../core/rest/apply-list-query';
import { ListCountCache } from '../../core/rest/list-count.cache';
import { byInstant, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { toReportView, type ReportView } from './report.view';

/** Progress reports are appended through `POST /assignments/:id/report` and only read here. */
@Injectable()
export class ReportsService {
  constructor(
    @InjectRepository(ProgressReport) private readonly reports: Repository<ProgressReport>,
    @InjectRepository(Attachment) private readonly attachments: Repository<Attachment>,
    private readonly scope: OrganizationScopeService,
    private readonly counts: ListCountCache,
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<ReportView>> {
    // Scope and organization through the assignment as a semi-join: no join (and no join to count) for whoever sees everything.
    const qb = this.reports.createQueryBuilder('r');
    this.scope.restrictToVisibleAssignmentIds(qb, user, 'r.assignment_id');
    return findPageWith(
      qb,
      query,
      {
        sortable: { createdAt: 'r.createdAt', percent: 'r.percent' },
        defaultSort: { field: 'createdAt', order: 'DESC' },
        search: ['r.done', 'r.nextSteps', 'r.problems', 'r.helpNeeded'],
        filters: {
          id: byUuid('r.id'),
          assignmentId: byUuid('r.assignmentId'),
          authorId: byUuid('r.authorId'),
          organizationId: byUuid((q, ids, p) =>
            q.andWhere(`r.assignment_id IN (SELECT o.id FROM assignments o WHERE o.organization_id IN (:...${p}))`, {
              [p]: ids,
            }),
          ),
          createdAt_gte: byInstant('r.createdAt', '>='),
          createdAt_lte: byInstant('r.createdAt', '<='),
        },
      },
      { counts: this.counts, resource: 'reports' },
      async (page) => {
        // Most reports have no files: whether one has is read with the page, and only those with files are looked up.
        const { entities, raw } = await page
          .addSelect('EXISTS (SELECT 1 FROM attachments f WHERE f.report_id = r.id)', 'has_files')
          .getRawAndEntities<{ r_id: string; has_files: boolean }>();
        const withFiles = new Set(raw.filter((x) => x.has_files).map((x) => x.r_id));
        return this.toViews(entities, entities.filter((r) => withFiles.has(r.id)));
      },
    );
  }

  async get(id: string, user: AuthUser): Promise<ReportView> {
    const report = await this.reports.findOne({ where: { id }, relations: { assignment: true } });
    if (!report || !(await this.scope.canSeeAssignment(user, report.assignment))) {
      throw new AppException(404, 'report.not_found');
    }
    const [view] = await this.toViews([report], [report]);
    return view as ReportView;
  }

  /** The reports as the API shows them, the files of `withFiles` (those that may have some) read in one statement. */
  private async toViews(rows: ProgressReport[], withFiles: ProgressReport[]): Promise<ReportView[]> {
    const files = withFiles.length
      ? await this.attachments.find({
          where: { reportId: In(withFiles.map((r) => r.id)) },
          order: { createdAt: 'ASC' },
        })
      : [];
    return rows.map((r) =>
      toReportView(
        r,
        files.filter((f) => f.reportId === r.id),
      ),
    );
  }
}

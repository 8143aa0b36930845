import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ASSIGNMENT_STATES, LIGHTS, OPEN_ASSIGNMENT_STATES, ORGANIZATION_ROLES_IN_ITEM } from '@luoshi/common';
import { Assignment, AuditEvent, ProgressReport } from '@luoshi/data';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPage } from '../../core/rest/apply-list-query';
import { byBoolean, byDate, byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { ClockService } from '../../core/time/clock.service';
import { lightParams, lightSql } from './assignment-light.sql';
import { toAssignmentView, type AssignmentView } from './assignment.view';

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectRepository(Assignment) private readonly assignments: Repository<Assignment>,
    @InjectRepository(ProgressReport) private readonly reports: Repository<ProgressReport>,
    @InjectRepository(AuditEvent) private readonly auditEvents: Repository<AuditEvent>,
    private readonly scope: OrganizationScopeService,
    private readonly clock: ClockService,
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<AssignmentView>> {
    const qb = this.assignments.createQueryBuilder('a').leftJoinAndSelect('a.item', 'item');
    const visible = await this.scope.visibleOrganizationIds(user);
    if (visible) qb.andWhere('a.organizationId IN (:...visible)', { visible: visible.length ? visible : ['00000000-0000-0000-0000-000000000000'] });
    const today = this.clock.today();
    const page = await findPage(qb, query, {
      sortable: {
        dueDate: 'a.dueDate',
        state: 'a.state',
        percent: 'a.percent',
        createdAt: 'a.createdAt',
        updatedAt: 'a.updatedAt',
        organizationId: 'a.organizationId',
      },
      defaultSort: { field: 'dueDate', order: 'ASC' },
      search: ['item.title'],
      filters: {
        id: byUuid('a.id'),
        itemId: byUuid('a.itemId'),
        organizationId: byUuid('a.organizationId'),
        speechId: byUuid('item.speechId'),
        role: byEnum(ORGANIZATION_ROLES_IN_ITEM, 'a.role'),
        state: byEnum(ASSIGNMENT_STATES, 'a.state'),
        dueDate_gte: byDate('a.dueDate', '>='),
        dueDate_lte: byDate('a.dueDate', '<='),
        light: byEnum(LIGHTS, (q, lights, p) => q.andWhere(`${lightSql('a')} IN (:...${p})`, { [p]: lights, ...lightParams(today, this.clock.zone) })),
        overdue: byBoolean((q, overdue) => {
          const open = `a.state IN (:...openStates)`;
          if (overdue) q.andWhere(`${open} AND a.dueDate < :today`, { openStates: OPEN_ASSIGNMENT_STATES, today });
          else q.andWhere(`NOT (${open} AND a.dueDate IS NOT NULL AND a.dueDate < :today)`, { openStates: OPEN_ASSIGNMENT_STATES, today });
        }),
      },
    });
    return new Page(await this.toViews(page.data), page.total, page.start);
  }

  async get(id: string, user: AuthUser): Promise<AssignmentView> {
    const assignment = await this.findVisible(id, user);
    const [view] = await this.toViews([assignment]);
    return view as AssignmentView;
  }

  /** 404 both when it does not exist and when the user may not see it: existence must not leak. */
  async findVisible(id: string, user: AuthUser): Promise<Assignment> {
    const assignment = await this.assignments.findOne({ where: { id }, relations: { item: true } });
    const visible = await this.scope.visibleOrganizationIds(user);
    if (!assignment || (visible && !visible.includes(assignment.organizationId))) {
      throw new NotFoundException(`No assignment with id ${id}`);
    }
    return assignment;
  }

  /**
   * The assignment's own audit trail, oldest first: what its organization may read of it (who
   * signed, applied, returned it and why), unlike the whole audit trail.
   */
  async history(id: string, user: AuthUser): Promise<AuditEvent[]> {
    await this.findVisible(id, user);
    return this.auditEvents.find({ where: { entityType: 'assignment', entityId: id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async toViews(rows: Assignment[]): Promise<AssignmentView[]> {
    if (rows.length === 0) return [];
    const last: Array<{ assignment_id: string; last: Date }> = await this.reports
      .createQueryBuilder('r')
      .select('r.assignmentId', 'assignment_id')
      .addSelect('MAX(r.createdAt)', 'last')
      .where('r.assignmentId IN (:...ids)', { ids: rows.map((r) => r.id) })
      .groupBy('r.assignmentId')
      .getRawMany();
    const lastById = new Map(last.map((l) => [l.assignment_id, new Date(l.last)]));
    const today = this.clock.today();
    return rows.map((a) => toAssignmentView(a, today, lastById.get(a.id) ?? null, (d) => this.clock.dateOf(d)));
  }
}

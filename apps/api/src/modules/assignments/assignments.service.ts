import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ASSIGNMENT_STATES, LIGHTS, ORGANIZATION_ROLES_IN_ITEM } from '@luoshi/common';
import { Assignment, AuditEvent } from '@luoshi/data';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { AppException, invalidField } from '../../core/http/app.exception';
import type { AuthUser } from '../../core/auth/auth-user';
import { organizationSubtreeSql, OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPageWith, type ListSpec } from '../../core/rest/apply-list-query';
import { ListCountCache } from '../../core/rest/list-count.cache';
import { byBoolean, byDate, byEnum, byUuid, filterDate } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { ClockService } from '../../core/time/clock.service';
import { AssignmentFigures, itemSubtreeSql } from './assignment-figures.sql';
import { toAssignmentView, type AssignmentContext, type AssignmentRow, type AssignmentView } from './assignment.view';

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectRepository(Assignment) private readonly assignments: Repository<Assignment>,
    @InjectRepository(AuditEvent) private readonly auditEvents: Repository<AuditEvent>,
    private readonly scope: OrganizationScopeService,
    private readonly clock: ClockService,
    private readonly counts: ListCountCache,
  ) {}

  list(query: ListQuery, user: AuthUser): Promise<Page<AssignmentView>> {
    return findPageWith(this.visibleQuery(user), query, this.listSpec(query.filter, user), { counts: this.counts, resource: 'assignments' }, (page) =>
      this.views(page),
    );
  }

  /**
   * The assignments the user may see (an org user's subtree and what was handed to them), with
   * what the view shows of their items (not the items' text).
   */
  visibleQuery(user: AuthUser): SelectQueryBuilder<Assignment> {
    const qb = this.assignments.createQueryBuilder('a').leftJoin('a.item', 'item').addSelect(['item.id', 'item.title', 'item.speechId']);
    this.scope.restrictToVisibleAssignments(qb, user);
    return qb;
  }

  /**
   * The list's sorts and filters, shared by the .xlsx export. `countedFrom`/`countedTo` set the
   * period the leaders' view filters (openAt, completed, overdue, light, …) are measured in; their
   * semantics are the dashboard's (AssignmentFigures), so a dashboard count is this list's total.
   */
  listSpec(filter: Record<string, unknown>, user: AuthUser): ListSpec<Assignment> {
    const window = {
      from: filter['countedFrom'] ? filterDate('countedFrom', filter['countedFrom']) : null,
      to: filter['countedTo'] ? filterDate('countedTo', filter['countedTo']) : null,
    };
    // Made when a filter needs it: most lists use none of the leaders' view filters.
    let figures: AssignmentFigures | null = null;
    const f = () => (figures ??= new AssignmentFigures(window, this.clock.now(), this.clock.today(), this.clock.zone));
    const when = (sql: () => string) =>
      byBoolean<Assignment>((q, yes) => q.andWhere(yes ? sql() : `NOT COALESCE(${sql()}, false)`, f().params));
    return {
      sortable: {
        dueDate: 'a.dueDate',
        state: 'a.state',
        percent: 'a.percent',
        createdAt: 'a.createdAt',
        updatedAt: 'a.updatedAt',
        organizationId: 'a.organizationId',
        handlerId: 'a.handlerId',
      },
      defaultSort: { field: 'dueDate', order: 'ASC' },
      search: ['item.title'],
      filters: {
        id: byUuid('a.id'),
        itemId: byUuid('a.itemId'),
        organizationId: byUuid('a.organizationId'),
        organizationSubtree: byUuid((q, ids, p) => {
          if (ids.length !== 1) throw invalidField('filter.organizationSubtree', 'isUUID');
          q.andWhere(`a.organization_id IN ${organizationSubtreeSql(p)}`, { [p]: ids[0] });
        }),
        handlerId: byUuid('a.handlerId'),
        // 交给我的: what the org admin handed to the caller (false: everything else).
        mine: byBoolean((q, mine) =>
          q.andWhere(mine ? 'a.handlerId = :mineId' : '(a.handlerId IS NULL OR a.handlerId <> :mineId)', {
            mineId: user.id,
          }),
        ),
        speechId: byUuid('item.speechId'),
        sectionId: byUuid((q, ids, p) => {
          if (ids.length !== 1) throw invalidField('filter.sectionId', 'isUUID');
          q.andWhere(`a.item_id IN ${itemSubtreeSql(p)}`, { [p]: ids[0] });
        }),
        role: byEnum(ORGANIZATION_ROLES_IN_ITEM, 'a.role'),
        state: byEnum(ASSIGNMENT_STATES, 'a.state'),
        dueDate_gte: byDate('a.dueDate', '>='),
        dueDate_lte: byDate('a.dueDate', '<='),
        countedFrom: byDate((q) => q.andWhere(f().countedFrom(), f().params)),
        countedTo: byDate((q) => q.andWhere(f().countedTo(), f().params)),
        light: byEnum(LIGHTS, (q, lights, p) => q.andWhere(f().lightIn(p, lights), { [p]: lights, ...f().params })),
        overdue: when(() => f().overdue()),
        openAt: when(() => f().openAt()),
        completed: when(() => f().completed()),
        dueBy: when(() => f().dueBy()),
        completedOnTime: byBoolean((q, yes) => q.andWhere(yes ? f().completedOnTime() : f().completedLate(), f().params)),
        dueSoon: when(() => f().dueSoon()),
        reportMissed: when(() => f().reportMissed()),
        late: when(() => f().late()),
        completedIn: when(() => f().completedIn()),
        publishedIn: when(() => f().publishedIn()),
      },
    };
  }

  /** 404 both when it does not exist and when the user may not see it (one statement: the rule is in it). */
  async get(id: string, user: AuthUser): Promise<AssignmentView> {
    const [view] = await this.views(this.visibleQuery(user).andWhere('a.id = :id', { id }));
    if (!view) throw new AppException(404, 'assignment.not_found');
    return view;
  }

  /** 404 both when it does not exist and when the user may not see it: existence must not leak. */
  async findVisible(id: string, user: AuthUser): Promise<Assignment> {
    const assignment = await this.assignments.findOne({ where: { id }, relations: { item: true } });
    if (!assignment || !(await this.scope.canSeeAssignment(user, assignment))) {
      throw new AppException(404, 'assignment.not_found');
    }
    return assignment;
  }

  /**
   * The assignment's own audit trail, oldest first: what its organization may read of it (who
   * signed, applied, returned it and why), unlike the whole audit trail.
   */
  async history(id: string, user: AuthUser): Promise<AuditEvent[]> {
    await this.findVisible(id, user);
    return this.auditEvents.find({
      where: { entityType: 'assignment', entityId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The rows of `qb` as the API shows them, in its order. What they need from other tables (the
   * handler's name, a support assignment's lead; the newest report's time is the row's own
   * last_report_at) comes in the same statement, as columns beside the rows. The columns are
   * named as the view names them and read raw (the hot path of every list: no entity hydration).
   */
  private async views(qb: SelectQueryBuilder<Assignment>): Promise<AssignmentView[]> {
    const rows = await qb.select(VIEW_COLUMNS).getRawMany<AssignmentRow & AssignmentContext>();
    const today = this.clock.today();
    return rows.map((r) => toAssignmentView(r, today, r, (d) => this.clock.dateOf(d)));
  }
}

/**
 * An AssignmentRow and its AssignmentContext, under the names they have there (`dueDate` as the
 * 'YYYY-MM-DD' text the entity holds). The joins are to-one: one row per assignment.
 */
const VIEW_COLUMNS = `a.id AS "id", a.item_id AS "itemId", item.title AS "itemTitle", item.speech_id AS "speechId",
  a.organization_id AS "organizationId", a.role AS "role", a.state AS "state", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
  a.cadence AS "cadence", a.percent AS "percent", a.handler_id AS "handlerId", a.signed_at AS "signedAt",
  a.completed_at AS "completedAt", a.completion_summary AS "completionSummary", a.return_reason AS "returnReason",
  a.cancel_reason AS "cancelReason", a.cancelled_at AS "cancelledAt", a.version AS "version",
  a.created_at AS "createdAt", a.updated_at AS "updatedAt", a.last_report_at AS "lastReportAt",
  (SELECT u.display_name FROM users u WHERE u.id = a.handler_id) AS "handlerName",
  (CASE WHEN a.role = 'support' THEN (SELECT json_build_object('state', l.state, 'organizationId', l.organization_id) FROM assignments l
     WHERE l.item_id = a.item_id AND l.role = 'lead' AND l.state <> 'cancelled' ORDER BY l.created_at, l.id LIMIT 1) END) AS "lead"`;


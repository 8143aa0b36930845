import { Injectable } from '@nestjs/common';
import { isOrganizationRole } from '@luoshi/common';
import { Assignment } from '@luoshi/data';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from './auth-user';

/** Matches no organization: an org user without one sees nothing but what was handed to them. */
const NO_ORGANIZATION = '00000000-0000-0000-0000-000000000000';

/** What decides whether a user sees an assignment. */
export type AssignmentReach = Pick<Assignment, 'organizationId' | 'handlerId'>;

/** An organization (`root`: a placeholder, `$1` or `:name`) and every one below it, as a query of ids. */
function subtreeSql(root: string): string {
  return `WITH RECURSIVE sub AS (SELECT id FROM organizations WHERE id = ${root}
    UNION SELECT o.id FROM organizations o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub`;
}

const SUBTREE_SQL = subtreeSql('$1');

/** The organization named by the query builder parameter `param` and every one below it, as a subquery `(…)`. */
export function organizationSubtreeSql(param: string): string {
  return `(${subtreeSql(`:${param}`)})`;
}

/**
 * An org user's organizations as an array the statement computes once (an InitPlan), for
 * `column = ANY(…)`: the column's index serves it as it serves a list of ids, and the request
 * needs no statement of its own to read the tree first. A user without an organization: none.
 */
function visibleOrganizationsSql(param: string): string {
  return `ARRAY${organizationSubtreeSql(param)}`;
}

/** Which organizations a user acts for: an org user's own and every one below it. */
@Injectable()
export class OrganizationScopeService {
  constructor(private readonly dataSource: DataSource) {}

  /** null: the user sees every organization. */
  async visibleOrganizationIds(user: AuthUser): Promise<string[] | null> {
    if (!isOrganizationRole(user.role)) return null;
    if (!user.organizationId) return [];
    return this.subtree(user.organizationId);
  }

  /**
   * The one visibility rule for assignments and what hangs off them (reports, extension requests,
   * attachments): an org user sees those of its organization and the ones below it, plus any
   * handed to them personally; global roles see all. `alias` names the assignment in `qb`.
   */
  restrictToVisibleAssignments<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, user: AuthUser, alias = 'a'): void {
    if (!isOrganizationRole(user.role)) return;
    qb.andWhere(`(${alias}.organization_id = ANY(${visibleOrganizationsSql('scopeOrg')}) OR ${alias}.handler_id = :scopeMe)`, {
      scopeOrg: user.organizationId ?? NO_ORGANIZATION,
      scopeMe: user.id,
    });
  }

  /**
   * The same rule as a semi-join on a column holding an assignment id (`r.assignment_id`): the
   * query needs no join to the assignments, nor does its count, and whoever sees all gets none.
   */
  restrictToVisibleAssignmentIds<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, user: AuthUser, assignmentIdColumn: string): void {
    if (!isOrganizationRole(user.role)) return;
    qb.andWhere(
      `${assignmentIdColumn} IN (SELECT v.id FROM assignments v WHERE v.organization_id = ANY(${visibleOrganizationsSql('scopeOrg')}) OR v.handler_id = :scopeMe)`,
      { scopeOrg: user.organizationId ?? NO_ORGANIZATION, scopeMe: user.id },
    );
  }

  /** The same rule for one assignment already loaded; false for null (missing and hidden look alike). */
  async canSeeAssignment(user: AuthUser, assignment: AssignmentReach | null | undefined): Promise<boolean> {
    if (!assignment) return false;
    const visible = await this.visibleOrganizationIds(user);
    return !visible || visible.includes(assignment.organizationId) || assignment.handlerId === user.id;
  }

  /** The same rule for an assignment by id. */
  async canSeeAssignmentId(user: AuthUser, assignmentId: string): Promise<boolean> {
    if (!isOrganizationRole(user.role)) return true;
    return (await this.reachOf(user, assignmentId))?.visible ?? false;
  }

  /**
   * An assignment's organization and handler and whether the user sees it, by the same rule as
   * canSeeAssignment, in one statement (the organization tree walked inside it); null: no such
   * assignment.
   */
  async reachOf(user: AuthUser, assignmentId: string): Promise<(AssignmentReach & { visible: boolean }) | null> {
    const columns = 'a.organization_id AS "organizationId", a.handler_id AS "handlerId"';
    const rows: Array<AssignmentReach & { visible: boolean }> = isOrganizationRole(user.role)
      ? await this.dataSource.query(
          `SELECT ${columns}, (a.handler_id = $3 OR a.organization_id IN (${SUBTREE_SQL})) AS visible FROM assignments a WHERE a.id = $2`,
          [user.organizationId, assignmentId, user.id],
        )
      : await this.dataSource.query(`SELECT ${columns}, true AS visible FROM assignments a WHERE a.id = $1`, [assignmentId]);
    return rows[0] ?? null;
  }

  async subtree(rootId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(SUBTREE_SQL, [rootId]);
    return rows.map((r) => r.id);
  }
}

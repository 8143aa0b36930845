import { Injectable } from '@nestjs/common';
import { isOrganizationRole } from '@luoshi/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user';

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

  async subtree(rootId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH RECURSIVE sub AS (
         SELECT id FROM organizations WHERE id = $1
         UNION SELECT o.id FROM organizations o JOIN sub ON o.parent_id = sub.id
       ) SELECT id FROM sub`,
      [rootId],
    );
    return rows.map((r) => r.id);
  }
}

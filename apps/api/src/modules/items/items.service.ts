import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Item, ItemOrganization } from '@luoshi/data';
import type { AssignmentRole } from '@luoshi/common';
import { In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPage } from '../../core/rest/apply-list-query';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';

export type ItemView = Omit<Item, 'speech' | 'parent'> & {
  organizations: Array<{ organizationId: string; role: AssignmentRole }>;
};

@Injectable()
export class ItemsService {
  constructor(
    @InjectRepository(Item) private readonly items: Repository<Item>,
    @InjectRepository(ItemOrganization) private readonly plan: Repository<ItemOrganization>,
    private readonly scope: OrganizationScopeService,
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<ItemView>> {
    const page = await findPage(await this.scoped(user), query, {
      sortable: { position: 'i.position', title: 'i.title', dueDate: 'i.dueDate', kind: 'i.kind', status: 'i.status', createdAt: 'i.createdAt' },
      defaultSort: { field: 'position', order: 'ASC' },
      eq: { id: 'i.id', speechId: 'i.speechId', parentId: 'i.parentId', kind: 'i.kind', status: 'i.status', cadence: 'i.cadence' },
      search: ['i.title', 'i.text'],
      range: { dueDate_gte: { column: 'i.dueDate', op: '>=' }, dueDate_lte: { column: 'i.dueDate', op: '<=' } },
    });
    return new Page(await this.withOrganizations(page.data), page.total, page.start);
  }

  async get(id: string, user: AuthUser): Promise<ItemView> {
    const item = await (await this.scoped(user)).andWhere('i.id = :id', { id }).getOne();
    if (!item) throw new NotFoundException(`No item with id ${id}`);
    const [view] = await this.withOrganizations([item]);
    return view as ItemView;
  }

  private async withOrganizations(items: Item[]): Promise<ItemView[]> {
    const links = items.length ? await this.plan.find({ where: { itemId: In(items.map((i) => i.id)) }, order: { position: 'ASC' } }) : [];
    return items.map((item) => ({
      ...item,
      organizations: links.filter((l) => l.itemId === item.id).map((l) => ({ organizationId: l.organizationId, role: l.role })),
    }));
  }

  /** Organization users see the items assigned to them. */
  private async scoped(user: AuthUser): Promise<SelectQueryBuilder<Item>> {
    const qb = this.items.createQueryBuilder('i');
    const visible = await this.scope.visibleOrganizationIds(user);
    if (visible) {
      qb.andWhere('EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = i.id AND a.organization_id = ANY(:visible))', { visible });
    }
    return qb;
  }
}

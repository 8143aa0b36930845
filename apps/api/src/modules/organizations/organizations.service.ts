import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ORGANIZATION_KINDS } from '@luoshi/common';
import { Organization } from '@luoshi/data';
import { DataSource, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { invalidField, notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import type { CreateOrganizationDto, UpdateOrganizationDto } from './organization.dto';

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Organization) private readonly organizations: Repository<Organization>,
    private readonly scope: OrganizationScopeService,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery): Promise<Page<Organization>> {
    return findPage(this.organizations.createQueryBuilder('o'), query, {
      sortable: { name: 'o.name', kind: 'o.kind', createdAt: 'o.createdAt', shortName: 'o.shortName' },
      defaultSort: { field: 'name', order: 'ASC' },
      filters: { id: byUuid('o.id'), kind: byEnum(ORGANIZATION_KINDS, 'o.kind'), parentId: byUuid('o.parentId') },
      search: ['o.name', 'o.shortName', 'o.aliases'],
    });
  }

  async get(id: string): Promise<Organization> {
    const org = await this.organizations.findOneBy({ id });
    if (!org) throw notFound('organization');
    return org;
  }

  async create(dto: CreateOrganizationDto, actor: AuthUser): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      if (dto.parentId) await this.requireExists(dto.parentId);
      const org = await manager.save(
        manager.create(Organization, {
          name: dto.name.trim(),
          kind: dto.kind,
          shortName: dto.shortName?.trim() || null,
          aliases: normalizeAliases(dto.aliases),
          parentId: dto.parentId ?? null,
        }),
      );
      await this.audit.record({ actorId: actor.id, action: 'organization.create', entityType: 'organization', entityId: org.id, after: { ...org } }, manager);
      return org;
    });
  }

  async update(id: string, dto: UpdateOrganizationDto, actor: AuthUser): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      const org = await lockForUpdate(manager, Organization, id, dto.version, 'organization');
      const before = { ...org };
      if (dto.parentId) {
        await this.requireExists(dto.parentId);
        if ((await this.scope.subtree(id)).includes(dto.parentId)) {
          throw invalidField('parentId', 'noSelfParent');
        }
      }
      org.name = dto.name.trim();
      org.kind = dto.kind;
      org.shortName = dto.shortName?.trim() || null;
      org.aliases = normalizeAliases(dto.aliases);
      org.parentId = dto.parentId ?? null;
      const saved = await manager.save(org);
      await this.audit.record({ actorId: actor.id, action: 'organization.update', entityType: 'organization', entityId: id, before, after: { ...saved } }, manager);
      return saved;
    });
  }

  async remove(id: string, actor: AuthUser): Promise<Organization> {
    return this.dataSource.transaction(async (manager) => {
      const org = await lockForUpdate(manager, Organization, id, undefined, 'organization');
      await manager.delete(Organization, { id });
      await this.audit.record({ actorId: actor.id, action: 'organization.delete', entityType: 'organization', entityId: id, before: { ...org } }, manager);
      return org;
    });
  }

  private async requireExists(id: string): Promise<void> {
    if (!(await this.organizations.existsBy({ id }))) throw invalidField('parentId', 'noSuchOrganization');
  }
}

function normalizeAliases(aliases: string[] | undefined): string[] {
  return [...new Set((aliases ?? []).map((a) => a.trim()).filter(Boolean))];
}

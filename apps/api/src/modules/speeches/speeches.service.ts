import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Speech } from '@luoshi/data';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPage } from '../../core/rest/apply-list-query';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';

@Injectable()
export class SpeechesService {
  constructor(
    @InjectRepository(Speech) private readonly speeches: Repository<Speech>,
    private readonly scope: OrganizationScopeService,
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<Speech>> {
    const qb = await this.scoped(user);
    return findPage(qb, query, {
      sortable: { date: 's.date', title: 's.title', status: 's.status', createdAt: 's.createdAt' },
      defaultSort: { field: 'date', order: 'DESC' },
      eq: { id: 's.id', status: 's.status' },
      search: ['s.title', 's.meeting', 's.speaker'],
      range: { date_gte: { column: 's.date', op: '>=' }, date_lte: { column: 's.date', op: '<=' } },
    });
  }

  async get(id: string, user: AuthUser): Promise<Speech> {
    const speech = await (await this.scoped(user)).andWhere('s.id = :id', { id }).getOne();
    if (!speech) throw new NotFoundException(`No speech with id ${id}`);
    return speech;
  }

  /** Organization users see only speeches that assigned work to them. */
  private async scoped(user: AuthUser): Promise<SelectQueryBuilder<Speech>> {
    const qb = this.speeches.createQueryBuilder('s');
    const visible = await this.scope.visibleOrganizationIds(user);
    if (visible) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM assignments a JOIN items i ON i.id = a.item_id
                 WHERE i.speech_id = s.id AND a.organization_id = ANY(:visible))`,
        { visible },
      );
    }
    return qb;
  }
}

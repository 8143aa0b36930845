import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEvent } from '@luoshi/data';
import type { Repository } from 'typeorm';
import { Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { findPage } from '../../core/rest/apply-list-query';
import { filterInstant, filterStrings, filterUuids } from '../../core/rest/filter-values';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';

@ApiTags('audit-events')
@ApiBearerAuth()
@Roles('admin', 'supervisor', 'viewer')
@Controller('audit-events')
export class AuditEventsController {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  @Get()
  list(@Query() query: Record<string, unknown>): Promise<Page<AuditEvent>> {
    return findPage(this.events.createQueryBuilder('e'), parseListQuery(query), {
      sortable: { createdAt: 'e.createdAt', action: 'e.action', entityType: 'e.entityType' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: ['e.action', 'e.entityType'],
      custom: {
        id: (q, v) => q.andWhere('e.id IN (:...ids)', { ids: filterUuids('id', v) }),
        actorId: (q, v) => q.andWhere('e.actorId IN (:...actorIds)', { actorIds: filterUuids('actorId', v) }),
        entityId: (q, v) => q.andWhere('e.entityId IN (:...entityIds)', { entityIds: filterUuids('entityId', v) }),
        action: (q, v) => q.andWhere('e.action IN (:...actions)', { actions: filterStrings('action', v) }),
        entityType: (q, v) => q.andWhere('e.entityType IN (:...entityTypes)', { entityTypes: filterStrings('entityType', v) }),
        ip: (q, v) => q.andWhere('e.ip IN (:...ips)', { ips: filterStrings('ip', v) }),
        createdAt_gte: (q, v) => q.andWhere('e.createdAt >= :createdFrom', { createdFrom: filterInstant('createdAt_gte', v) }),
        createdAt_lte: (q, v) => q.andWhere('e.createdAt <= :createdTo', { createdTo: filterInstant('createdAt_lte', v) }),
      },
    });
  }

  @Get(':id')
  async show(@Param('id', IdPipe) id: string): Promise<AuditEvent> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw new NotFoundException(`No audit event ${id}`);
    return event;
  }
}

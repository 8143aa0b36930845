import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEvent } from '@luoshi/data';
import type { Repository } from 'typeorm';
import { Roles } from '../../core/auth/auth.decorators';
import { notFound } from '../../core/http/app.exception';
import { IdPipe } from '../../core/http/id.pipe';
import { findPage } from '../../core/rest/apply-list-query';
import { ListCountCache } from '../../core/rest/list-count.cache';
import { byInstant, byText, byUuid } from '../../core/rest/filter-values';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';

@ApiTags('audit-events')
@ApiBearerAuth()
@Roles('admin', 'supervisor', 'viewer')
@Controller('audit-events')
export class AuditEventsController {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly counts: ListCountCache,
  ) {}

  @Get()
  list(@Query() query: Record<string, unknown>): Promise<Page<AuditEvent>> {
    return findPage(
      this.events.createQueryBuilder('e'),
      parseListQuery(query),
      {
        sortable: { createdAt: 'e.createdAt', action: 'e.action', entityType: 'e.entityType' },
        defaultSort: { field: 'createdAt', order: 'DESC' },
        search: ['e.action', 'e.entityType'],
        filters: {
          id: byUuid('e.id'),
          actorId: byUuid('e.actorId'),
          entityId: byUuid('e.entityId'),
          action: byText('e.action'),
          entityType: byText('e.entityType'),
          createdAt_gte: byInstant('e.createdAt', '>='),
          createdAt_lte: byInstant('e.createdAt', '<='),
          ip: byText('e.ip'),
        },
      },
      { counts: this.counts, resource: 'audit-events' },
    );
  }

  @Get(':id')
  async show(@Param('id', IdPipe) id: string): Promise<AuditEvent> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw notFound('audit event');
    return event;
  }
}

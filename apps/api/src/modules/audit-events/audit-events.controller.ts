import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditEvent } from '@luoshi/data';
import type { Repository } from 'typeorm';
import { Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { findPage } from '../../core/rest/apply-list-query';
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
      eq: { id: 'e.id', actorId: 'e.actorId', action: 'e.action', entityType: 'e.entityType', entityId: 'e.entityId' },
      range: { createdAt_gte: { column: 'e.createdAt', op: '>=' }, createdAt_lte: { column: 'e.createdAt', op: '<=' } },
    });
  }

  @Get(':id')
  async show(@Param('id', IdPipe) id: string): Promise<AuditEvent> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw new NotFoundException(`No audit event ${id}`);
    return event;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { GROUP_CHANNEL_KINDS } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { NotificationChannelConfig, Organization } from '@luoshi/data';
import { DataSource, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException, invalidField, notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import { checkChannelUrl, maskChannelUrl, secretHint } from './channel-url.util';
import type { CreateNotificationChannelDto, NotificationChannelView, UpdateNotificationChannelDto } from './notification-channel.dto';

export function channelView(c: NotificationChannelConfig): NotificationChannelView {
  return {
    id: c.id,
    organizationId: c.organizationId,
    kind: c.kind,
    name: c.name,
    urlMasked: maskChannelUrl(c.url),
    hasSecret: !!c.secret,
    secretHint: secretHint(c.secret),
    enabled: c.enabled,
    version: c.version,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}

/** What the audit log keeps of a channel: never the address's token or the secret. */
const auditOf = (c: NotificationChannelConfig) => ({ ...channelView(c) });

/** Group robots and webhooks per organization, managed by admins and supervisors. */
@Injectable()
export class NotificationChannelsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(NotificationChannelConfig) private readonly channels: Repository<NotificationChannelConfig>,
    private readonly audit: AuditService,
    private readonly env: Environment,
  ) {}

  async list(query: ListQuery): Promise<Page<NotificationChannelView>> {
    const page = await findPage(this.channels.createQueryBuilder('c'), query, {
      sortable: { name: 'c.name', kind: 'c.kind', organizationId: 'c.organizationId', createdAt: 'c.createdAt', enabled: 'c.enabled' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: ['c.name'],
      filters: { id: byUuid('c.id'), organizationId: byUuid('c.organizationId'), kind: byEnum(GROUP_CHANNEL_KINDS, 'c.kind') },
    });
    return new Page(page.data.map(channelView), page.total, page.start);
  }

  async get(id: string): Promise<NotificationChannelView> {
    const c = await this.channels.findOneBy({ id });
    if (!c) throw notFound('notification channel');
    return channelView(c);
  }

  async create(dto: CreateNotificationChannelDto, actor: AuthUser): Promise<NotificationChannelView> {
    return this.dataSource.transaction(async (m) => {
      await this.requireOrganization(dto.organizationId);
      const saved = await m.save(
        m.create(NotificationChannelConfig, {
          organizationId: dto.organizationId,
          kind: dto.kind,
          name: nameOf(dto.name),
          url: checkChannelUrl(dto.kind, dto.url, this.env.CHANNEL_PRIVATE_HOSTS),
          secret: dto.secret?.trim() || null,
          enabled: dto.enabled ?? true,
        }),
      );
      await this.audit.record({ actorId: actor.id, action: 'notification_channel.create', entityType: 'notification_channel', entityId: saved.id, after: auditOf(saved) }, m);
      return channelView(saved);
    });
  }

  async update(id: string, dto: UpdateNotificationChannelDto, actor: AuthUser): Promise<NotificationChannelView> {
    return this.dataSource.transaction(async (m) => {
      const c = await lockForUpdate(m, NotificationChannelConfig, id, dto.version, 'notification channel');
      const before = auditOf(c);
      if (dto.organizationId !== c.organizationId) await this.requireOrganization(dto.organizationId);
      c.organizationId = dto.organizationId;
      c.kind = dto.kind;
      c.name = nameOf(dto.name);
      // The stored address is kept unless a new one is given; a kind change re-checks it.
      c.url = checkChannelUrl(dto.kind, dto.url?.trim() ? dto.url : c.url, this.env.CHANNEL_PRIVATE_HOSTS);
      if (dto.clearSecret) c.secret = null;
      else if (dto.secret?.trim()) c.secret = dto.secret.trim();
      if (dto.enabled !== undefined) c.enabled = dto.enabled;
      const saved = await m.save(c);
      await this.audit.record({ actorId: actor.id, action: 'notification_channel.update', entityType: 'notification_channel', entityId: id, before, after: auditOf(saved) }, m);
      return channelView(saved);
    });
  }

  async remove(id: string, actor: AuthUser): Promise<NotificationChannelView> {
    return this.dataSource.transaction(async (m) => {
      const c = await lockForUpdate(m, NotificationChannelConfig, id, undefined, 'notification channel');
      await m.delete(NotificationChannelConfig, { id });
      await this.audit.record({ actorId: actor.id, action: 'notification_channel.delete', entityType: 'notification_channel', entityId: id, before: auditOf(c) }, m);
      return channelView(c);
    });
  }

  private async requireOrganization(id: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Organization).existsBy({ id }))) throw new AppException(400, 'channels.organization_missing');
  }
}

function nameOf(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw invalidField('name', 'notBlank');
  return trimmed;
}

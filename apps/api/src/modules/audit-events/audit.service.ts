import { Injectable } from '@nestjs/common';
import { AuditEvent } from '@luoshi/data';
import { DataSource, type EntityManager } from 'typeorm';
import { currentRequestIp } from './request-context.middleware';

/** Plain JSON of a record for the audit trail (no secrets: callers pass views, not entities with hashes). */
export type AuditSnapshot = Record<string, unknown> | null;

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends one event; pass the transaction's manager so the event commits with the change. The
   * source address is the current request's unless given.
   */
  record(
    event: { actorId: string | null; action: string; entityType: string; entityId: string | null; before?: AuditSnapshot; after?: AuditSnapshot; ip?: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AuditEvent> {
    const row = manager.create(AuditEvent, {
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      ip: event.ip === undefined ? currentRequestIp() : event.ip,
    });
    row.before = toJson(event.before ?? null);
    row.after = toJson(event.after ?? null);
    return manager.save(row);
  }
}

function toJson(value: AuditSnapshot): Record<string, unknown> | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);
}

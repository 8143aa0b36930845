import { Injectable } from '@nestjs/common';
import { AuditEvent } from '@luoshi/data';
import { DataSource, type EntityManager } from 'typeorm';
import { ClockService } from '../../core/time/clock.service';
import { currentRequestIp } from './request-context.middleware';

/** Plain JSON of a record for the audit trail (no secrets: callers pass views, not entities with hashes). */
export type AuditSnapshot = Record<string, unknown> | null;

@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClockService,
  ) {}

  /**
   * Appends one event; pass the transaction's manager so the event commits with the change. The
   * source address is the current request's unless given. One INSERT with its id and time
   * returned (no entity persistence machinery: every write of the API passes here).
   */
  async record(event: AuditEventInput, manager: EntityManager = this.dataSource.manager): Promise<AuditEvent> {
    const insert = this.insertFrom(event, 1);
    const rows: Array<{ id: string; createdAt: Date }> = await manager.query(`${insert.sql} RETURNING id, created_at AS "createdAt"`, insert.params);
    const row = rows[0];
    if (!row) throw new Error('audit_events: INSERT returned no row');
    return manager.create(AuditEvent, {
      ...row,
      actorId: event.actorId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      ip: insert.ip,
      before: insert.before === null ? null : (JSON.parse(insert.before) as Record<string, unknown>),
      after: insert.after === null ? null : (JSON.parse(insert.after) as Record<string, unknown>),
    });
  }

  /**
   * `event` as an AuditInsert (see there) whose `after` is `afterSql` over `event.after` (bound as
   * `$<first+5>`; by default the value itself); the source address is the current request's
   * unless given.
   */
  insertFrom(event: AuditEventInput, first: number, afterSql: (base: string) => string = (base) => base): AuditInsert {
    const $ = (i: number) => `$${first + i}`;
    const ip = event.ip === undefined ? currentRequestIp() : event.ip;
    const before = toJson(event.before ?? null);
    const after = toJson(event.after ?? null);
    return {
      sql: `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, ip, before, after, created_at)
       VALUES (${$(0)}, ${$(1)}, ${$(2)}, ${$(3)}, ${$(4)}, ${$(6)}::jsonb, ${afterSql(`${$(5)}::jsonb`)}, ${ClockService.stampSql(first + 7)})`,
      params: [event.actorId, event.action, event.entityType, event.entityId, ip, after, before, this.clock.offsetMs()],
      ip,
      before,
      after,
    };
  }
}

/** One event to record: who did what to which entity, the state before and after it. */
export interface AuditEventInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: AuditSnapshot;
  after?: AuditSnapshot;
  ip?: string | null;
}

/**
 * One event's INSERT as a data-modifying CTE of the statement that makes the change it records
 * (one round trip for both): `after` is SQL over that statement's results, with `$<first+5>` (the
 * caller's part of it, jsonb) to build on; the values are bound from `$first` on.
 */
export interface AuditInsert {
  sql: string;
  params: unknown[];
  /** The values bound, as stored: the source address and the snapshots' JSON (null when absent). */
  ip: string | null;
  before: string | null;
  after: string | null;
}

/** The snapshot as the jsonb column stores it (dates as ISO strings, undefined fields left out). */
function toJson(value: AuditSnapshot): string | null {
  return value === null ? null : JSON.stringify(value);
}

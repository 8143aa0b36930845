import { Injectable } from '@nestjs/common';
import { Environment } from '@luoshi/config';
import { DataSource } from 'typeorm';
import type { Writable } from 'node:stream';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException } from '../../core/http/app.exception';
import { applyListQuery } from '../../core/rest/apply-list-query';
import type { ListQuery } from '../../core/rest/list-query';
import { ClockService } from '../../core/time/clock.service';
import { AssignmentFigures } from '../assignments/assignment-figures.sql';
import { AssignmentsService } from '../assignments/assignments.service';
import { AssignmentLedgerWriter, type LedgerRow } from './assignment-ledger.writer';

/** Rows per FETCH: the export holds at most this many in memory. */
const FETCH_ROWS = 500;

/** How long an export waits for a client that stopped reading before it gives the download up. */
export const EXPORT_STALL_MS = 30_000;

/**
 * Resolves once `out` has room again (at once if it has). Throws when it closed meanwhile (the
 * client went away) or did not drain within `stallMs` (a client that stopped reading must not hold
 * a database connection and its transaction for as long as it keeps the socket open).
 */
export async function drained(out: Writable, stallMs = EXPORT_STALL_MS): Promise<void> {
  if (out.writableNeedDrain && !out.destroyed) {
    const moved = await new Promise<boolean>((resolve) => {
      const done = (value: boolean) => () => {
        clearTimeout(timer);
        out.off('drain', onDrain);
        out.off('close', onDrain);
        resolve(value);
      };
      const onDrain = done(true);
      const timer = setTimeout(done(false), stallMs);
      out.on('drain', onDrain);
      out.on('close', onDrain);
    });
    if (!moved) throw new Error(`the client read nothing for ${stallMs / 1000} s`);
  }
  if (out.destroyed) throw new Error('the download was closed before the end');
}

/** A prepared export: its SQL is built (and the request's filters checked) before any byte is sent. */
export interface PreparedLedger {
  sql: string;
  params: unknown[];
}

/**
 * The 督办台账 export: the assignments list's own query (the caller's scope, the same filters),
 * grouped by speech and outline, read through a PostgreSQL cursor in its own transaction (no
 * statement timeout: a page query's limit does not apply to a 100,000-row export) and streamed
 * into the workbook.
 */
@Injectable()
export class ExportsService {
  /** Who is exporting now (one each), at most `slots` at once: a quarter of the connection pool. */
  private readonly exporting = new Set<string>();
  private readonly slots: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsService,
    private readonly clock: ClockService,
    env: Environment,
  ) {
    this.slots = Math.max(1, Math.floor(env.DB_POOL_SIZE / 4));
  }

  /**
   * Takes one of the process's export slots for `userId` (429 export.busy when it holds one already
   * or all are taken): each export holds a database connection while it streams, so a few
   * downloads, or one user's many, must not take the whole pool from everyone else. The returned
   * function gives the slot back.
   */
  takeSlot(userId: string): () => void {
    if (this.exporting.has(userId) || this.exporting.size >= this.slots) throw new AppException(429, 'export.busy', { max: this.slots });
    this.exporting.add(userId);
    return () => this.exporting.delete(userId);
  }

  async prepareLedger(query: ListQuery, user: AuthUser): Promise<PreparedLedger> {
    const qb = this.assignments.visibleQuery(user);
    applyListQuery(qb, query, this.assignments.listSpec(query.filter, user));
    qb.select('a.id', 'sel_id').orderBy();
    const window = {
      from: typeof query.filter['countedFrom'] === 'string' ? query.filter['countedFrom'] : null,
      to: typeof query.filter['countedTo'] === 'string' ? query.filter['countedTo'] : null,
    };
    const f = new AssignmentFigures(window, this.clock.now(), this.clock.today(), this.clock.zone, 'ledger');
    const orgsOf = (role: string) =>
      `(SELECT string_agg(o2.name, '、' ORDER BY o2.name) FROM assignments a2 JOIN organizations o2 ON o2.id = a2.organization_id
        WHERE a2.item_id = a.item_id AND a2.role = '${role}' AND a2.state <> 'cancelled')`;
    const text = `WITH RECURSIVE sel AS (${qb.getQuery()}),
      tree AS (
        SELECT id, id AS root, ARRAY[position] AS path FROM items WHERE parent_id IS NULL
        UNION ALL SELECT c.id, t.root, t.path || c.position FROM items c JOIN tree t ON c.parent_id = t.id)
      SELECT s.id AS speech_id, s.title AS speech_title, root.id AS section_id, root.title AS section_title, root.kind AS section_kind,
        i.title AS item_title, o.name AS organization_name, a.role, a.state, to_char(${f.dueAt()}, 'YYYY-MM-DD') AS due_at, ${f.percent()} AS percent,
        ${f.light()} AS light, ${f.daysLate()} AS days_late, ${orgsOf('lead')} AS leads, ${orgsOf('support')} AS supports,
        lr.done AS last_done, lr.problems AS last_problems
      FROM sel JOIN assignments a ON a.id = sel.sel_id
        JOIN items i ON i.id = a.item_id
        LEFT JOIN speeches s ON s.id = i.speech_id
        JOIN tree ON tree.id = a.item_id
        JOIN items root ON root.id = tree.root
        JOIN organizations o ON o.id = a.organization_id
        LEFT JOIN LATERAL (SELECT r.done, r.problems FROM progress_reports r WHERE r.assignment_id = a.id ORDER BY r.created_at DESC, r.id DESC LIMIT 1) lr ON true
      ORDER BY s.date DESC NULLS LAST, s.title, s.id, root.position, root.id, tree.path, a.role, o.name, a.id`;
    const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(text, { ...qb.getParameters(), ...f.params });
    return { sql, params };
  }

  /** Streams the prepared ledger into `out` as .xlsx. */
  async writeLedger(prepared: PreparedLedger, out: Writable): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let rows = 0;
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET LOCAL statement_timeout = 0');
      await runner.query(`DECLARE ledger NO SCROLL CURSOR FOR ${prepared.sql}`, prepared.params);
      const writer = new AssignmentLedgerWriter(out);
      for (;;) {
        const batch: LedgerRow[] = await runner.query(`FETCH ${FETCH_ROWS} FROM ledger`);
        for (const row of batch) writer.add({ ...row, percent: Number(row.percent), days_late: row.days_late === null ? null : Number(row.days_late) });
        rows += batch.length;
        if (batch.length < FETCH_ROWS) break;
        // The workbook's zip piles up what the client has not read yet: the next batch waits until
        // the response has drained, so a slow reader holds the export back instead of the memory.
        await drained(out);
      }
      await runner.commitTransaction();
      await writer.finish();
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    return rows;
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Role } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import type { Redis } from 'ioredis';
import { DataSource, type EntityManager } from 'typeorm';
import { REDIS } from '../queue/redis.provider';
import { ClockService } from '../time/clock.service';

/** The user behind a live session, with what the guard needs to decide on the request. */
export interface SessionUser {
  id: string;
  username: string;
  role: Role;
  organizationId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  passwordChangedAt: Date;
  passwordPolicyExempt: boolean;
}

/** Activity closer together than this does not rewrite the session row: one write per user per interval, not per request. */
const TOUCH_INTERVAL_MS = 15_000;
/** How long Redis answers for a session without PostgreSQL being asked again. */
const CACHE_SECONDS = 30;
/** After a change to a session or its user, how long every replica reads it from PostgreSQL (and keeps nothing). */
const HOLD_SECONDS = 60;
const HOLD = 'hold';
/** Keeps the new activity time in a cached session, leaving a hold (or a missing entry) as it is. */
const TOUCH_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, 1) == '{' then redis.call('SET', KEYS[1], ARGV[1], 'KEEPTTL') end
return 0`;

interface CachedSession extends Omit<SessionUser, 'passwordChangedAt'> {
  passwordChangedAt: number;
  lastActiveAt: number;
}

/**
 * Server-side sessions with a sliding idle expiry, in PostgreSQL so that every API replica agrees
 * on a logout or an expiry at once. Times come from the ClockService, so tests move time instead
 * of sleeping.
 *
 * The session and its user, read on every request, are kept in Redis (shared by the replicas) for
 * CACHE_SECONDS. Whatever changes them (logout, password change or reset, an admin's edit of the
 * user) first puts a hold on the session's entry, inside its transaction: while the hold lasts
 * every replica reads PostgreSQL and keeps nothing, so no replica can keep the state from before
 * the change, and the change applies at once everywhere.
 */
@Injectable()
export class SessionService {
  private readonly log = new Logger(SessionService.name);
  private readonly keyPrefix: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly clock: ClockService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    this.keyPrefix = `${env.QUEUE_PREFIX}:session:`;
  }

  get idleMinutes(): number {
    return this.env.SESSION_IDLE_MINUTES;
  }

  async start(userId: string, ip: string | null, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const now = this.clock.now();
    // The user's finished sessions go (the audit trail keeps the sign-ins): the table stays the size of the live ones.
    await manager.query(`DELETE FROM user_sessions WHERE user_id = $1 AND (ended_at IS NOT NULL OR last_active_at <= $2)`, [
      userId,
      new Date(now.getTime() - this.env.SESSION_IDLE_MINUTES * 60_000),
    ]);
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO user_sessions (user_id, ip, created_at, last_active_at) VALUES ($1, $2, $3, $3) RETURNING id`,
      [userId, ip, now],
    );
    const id = rows[0]?.id;
    if (!id) throw new Error('user_sessions: INSERT returned no row');
    return id;
  }

  /**
   * The session's user when the session is open and was active within the idle limit; activity
   * (unless `background`) slides the limit. null: ended or idle too long.
   */
  async resume(sessionId: string, userId: string, background: boolean): Promise<SessionUser | null> {
    const now = this.clock.now();
    const key = this.keyPrefix + sessionId;
    const cached = await this.redis.get(key).catch((error: unknown) => this.redisDown(error));
    let session: CachedSession | null = cached && cached !== HOLD ? (JSON.parse(cached) as CachedSession) : null;
    if (!session) {
      session = await this.read(sessionId);
      if (!session) return null;
      if (cached !== HOLD) await this.redis.set(key, JSON.stringify(session), 'EX', CACHE_SECONDS, 'NX').catch((error: unknown) => this.redisDown(error));
    }
    if (session.id !== userId || session.lastActiveAt <= now.getTime() - this.env.SESSION_IDLE_MINUTES * 60_000) return null;
    if (!background && now.getTime() - session.lastActiveAt >= TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE user_sessions SET last_active_at = GREATEST(last_active_at, $2) WHERE id = $1`, [sessionId, now]);
      session.lastActiveAt = now.getTime();
      await this.redis.eval(TOUCH_SCRIPT, 1, key, JSON.stringify(session)).catch((error: unknown) => this.redisDown(error));
    }
    return {
      id: session.id,
      username: session.username,
      role: session.role,
      organizationId: session.organizationId,
      active: session.active,
      mustChangePassword: session.mustChangePassword,
      passwordChangedAt: new Date(session.passwordChangedAt),
      passwordPolicyExempt: session.passwordPolicyExempt,
    };
  }

  /** The open session and its user as PostgreSQL has them; null when the session has ended. */
  private async read(sessionId: string): Promise<CachedSession | null> {
    const rows: Array<Omit<SessionUser, 'passwordChangedAt'> & { passwordChangedAt: Date; lastActiveAt: Date }> = await this.dataSource.query(
      `SELECT u.id, u.username, u.role, u.organization_id AS "organizationId", u.active,
              u.must_change_password AS "mustChangePassword", u.password_changed_at AS "passwordChangedAt",
              u.password_policy_exempt AS "passwordPolicyExempt", s.last_active_at AS "lastActiveAt"
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.ended_at IS NULL`,
      [sessionId],
    );
    const row = rows[0];
    return row ? { ...row, passwordChangedAt: row.passwordChangedAt.getTime(), lastActiveAt: row.lastActiveAt.getTime() } : null;
  }

  /** Without Redis the sessions are read from PostgreSQL on each request: slower, still right. */
  private redisDown(error: unknown): null {
    this.log.warn({ msg: 'session cache unavailable', error: String(error) });
    return null;
  }

  /**
   * Holds the cached entries of these sessions (call it inside the transaction that changes them
   * or their user, before it commits). Without Redis the change cannot be announced: it fails.
   */
  async hold(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const id of sessionIds) pipeline.set(this.keyPrefix + id, HOLD, 'EX', HOLD_SECONDS);
    await pipeline.exec();
  }

  /** Holds every open session of a user whose role, organization, state or password changes. */
  async holdUser(userId: string, manager: EntityManager): Promise<void> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM user_sessions WHERE user_id = $1 AND ended_at IS NULL`, [userId]);
    await this.hold(rows.map((r) => r.id));
  }

  async end(sessionId: string, reason: 'logout'): Promise<void> {
    await this.hold([sessionId]);
    await this.dataSource.query(`UPDATE user_sessions SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`, [sessionId, this.clock.now(), reason]);
  }

  /** Ends every open session of a user but `keep` (after a password change or reset). */
  async endAllOf(userId: string, reason: 'password' | 'admin', manager: EntityManager, keep?: string): Promise<void> {
    await this.holdUser(userId, manager);
    await manager.query(
      `UPDATE user_sessions SET ended_at = $2, end_reason = $3 WHERE user_id = $1 AND ended_at IS NULL AND ($4::uuid IS NULL OR id <> $4::uuid)`,
      [userId, this.clock.now(), reason, keep ?? null],
    );
  }

  /** Whether the user must change the password before anything else: initial, or expired when expiry is on. */
  passwordChangeRequired(user: Pick<SessionUser, 'mustChangePassword' | 'passwordChangedAt' | 'passwordPolicyExempt'>): boolean {
    if (user.passwordPolicyExempt) return false;
    if (user.mustChangePassword) return true;
    if (!this.env.PASSWORD_EXPIRY) return false;
    return this.clock.now().getTime() - user.passwordChangedAt.getTime() >= this.env.PASSWORD_MAX_AGE_DAYS * 86_400_000;
  }
}

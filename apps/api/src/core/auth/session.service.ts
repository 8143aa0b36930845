import { Injectable } from '@nestjs/common';
import type { Role } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { DataSource, type EntityManager } from 'typeorm';
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

/**
 * Server-side sessions with a sliding idle expiry, in PostgreSQL so that every API replica agrees
 * on a logout or an expiry at once. Times come from the ClockService, so tests move time instead
 * of sleeping.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly clock: ClockService,
  ) {}

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
    const idleSince = new Date(now.getTime() - this.env.SESSION_IDLE_MINUTES * 60_000);
    const rows: Array<SessionUser & { lastActiveAt: Date }> = await this.dataSource.query(
      `SELECT u.id, u.username, u.role, u.organization_id AS "organizationId", u.active,
              u.must_change_password AS "mustChangePassword", u.password_changed_at AS "passwordChangedAt",
              u.password_policy_exempt AS "passwordPolicyExempt", s.last_active_at AS "lastActiveAt"
         FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.last_active_at > $3`,
      [sessionId, userId, idleSince],
    );
    const row = rows[0];
    if (!row) return null;
    if (!background && now.getTime() - row.lastActiveAt.getTime() >= TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE user_sessions SET last_active_at = GREATEST(last_active_at, $2) WHERE id = $1`, [sessionId, now]);
    }
    return {
      id: row.id,
      username: row.username,
      role: row.role,
      organizationId: row.organizationId,
      active: row.active,
      mustChangePassword: row.mustChangePassword,
      passwordChangedAt: row.passwordChangedAt,
      passwordPolicyExempt: row.passwordPolicyExempt,
    };
  }

  async end(sessionId: string, reason: 'logout'): Promise<void> {
    await this.dataSource.query(`UPDATE user_sessions SET ended_at = $2, end_reason = $3 WHERE id = $1 AND ended_at IS NULL`, [sessionId, this.clock.now(), reason]);
  }

  /** Ends every open session of a user but `keep` (after a password change or reset). */
  async endAllOf(userId: string, reason: 'password' | 'admin', manager: EntityManager, keep?: string): Promise<void> {
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

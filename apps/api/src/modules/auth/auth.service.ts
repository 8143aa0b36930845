import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser, LoginResponse } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { User } from '@luoshi/data';
import type { Redis } from 'ioredis';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { SessionService } from '../../core/auth/session.service';
import { AppException, notFound } from '../../core/http/app.exception';
import { REDIS } from '../../core/queue/redis.provider';
import { ClockService } from '../../core/time/clock.service';
import { AuditService } from '../audit-events/audit.service';
import { PasswordPolicyService } from './password-policy.service';
import { hashPassword, verifyPassword } from './password.util';

/** What PostgreSQL cannot store as text or JSON: NUL and other control characters, lone UTF-16 surrogates. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const UNSTORABLE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type FailureReason = 'unknown_user' | 'wrong_password' | 'inactive' | 'locked';

interface Lock {
  until: Date;
  /** This failure set the lock (rather than meeting one already there). */
  justLocked: boolean;
}

@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified for unknown user names, so that they take as long to refuse as known ones. */
  private dummyHash = '';

  constructor(
    private readonly jwt: JwtService,
    private readonly env: Environment,
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionService,
    private readonly clock: ClockService,
    private readonly audit: AuditService,
    private readonly policy: PasswordPolicyService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await hashPassword(randomBytes(24).toString('base64'));
  }

  /**
   * Every path does the same work (one look-up, one argon2 verification, one audit event), so the
   * answer's timing does not say whether the user name exists.
   */
  async login(username: string, password: string, ip: string | null): Promise<LoginResponse> {
    const storable = username.replace(UNSTORABLE, '') === username;
    const user = storable
      ? await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('lower(u.username) = lower(:username)', { username }).getOne()
      : null;
    const passwordOk = await verifyPassword(user?.passwordHash ?? this.dummyHash, password);
    const now = this.clock.now();
    if (!user) return this.refuse(null, username, 'unknown_user', await this.countUnknownFailure(username, now));
    if (user.lockedUntil && user.lockedUntil > now) return this.refuse(user, username, 'locked', { until: user.lockedUntil, justLocked: false });
    if (!user.active) return this.refuse(user, username, 'inactive');
    if (!passwordOk) return this.refuse(user, username, 'wrong_password', await this.countFailure(user.id, now));

    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE users SET failed_login_count = 0, locked_until = NULL WHERE id = $1 AND (failed_login_count <> 0 OR locked_until IS NOT NULL)`, [user.id]);
      const sid = await this.sessions.start(user.id, ip, manager);
      const passwordChangeRequired = this.sessions.passwordChangeRequired(user);
      await this.audit.record({ actorId: user.id, action: 'auth.login', entityType: 'user', entityId: user.id, after: { username: user.username, passwordChangeRequired } }, manager);
      const accessToken = await this.jwt.signAsync({ sub: user.id, sid, role: user.role, iat: Math.floor(now.getTime() / 1000) });
      return { accessToken, passwordChangeRequired };
    });
  }

  /**
   * An unknown name is "locked" like a known one, so that the lockout does not tell which names
   * exist. Nothing in PostgreSQL to lock: the count lives in Redis (shared by replicas) and lapses.
   */
  private async countUnknownFailure(username: string, now: Date): Promise<Lock | null> {
    if (this.env.LOCKOUT_THRESHOLD === 0) return null;
    const key = `${this.env.QUEUE_PREFIX}:login-unknown:${createHash('sha256').update(username.toLowerCase()).digest('hex')}`;
    const lockMs = this.env.LOCKOUT_MINUTES * 60_000;
    const locked = await this.redis.get(`${key}:locked`);
    if (locked) return { until: new Date(Number(locked)), justLocked: false };
    const failures = await this.redis.incr(key);
    if (failures === 1) await this.redis.pexpire(key, lockMs);
    if (failures < this.env.LOCKOUT_THRESHOLD) return null;
    const until = new Date(now.getTime() + lockMs);
    await this.redis.multi().set(`${key}:locked`, String(until.getTime()), 'PX', lockMs).del(key).exec();
    return { until, justLocked: true };
  }

  /** One more failure; at LOCKOUT_THRESHOLD the account locks for LOCKOUT_MINUTES. Returns the lock if this failure set it. */
  private async countFailure(userId: string, now: Date): Promise<Lock | null> {
    if (this.env.LOCKOUT_THRESHOLD === 0) return null;
    const until = new Date(now.getTime() + this.env.LOCKOUT_MINUTES * 60_000);
    // One atomic statement: concurrent failures on several replicas count exactly.
    const rows: Array<{ lockedUntil: Date | null }> = await this.dataSource.query(
      // (Wrapped in a SELECT: TypeORM returns a bare UPDATE's rows in another shape.)
      `WITH counted AS (
         UPDATE users SET
           failed_login_count = CASE WHEN failed_login_count + 1 >= $2 THEN 0 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN failed_login_count + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
         WHERE id = $1 RETURNING locked_until
       ) SELECT locked_until AS "lockedUntil" FROM counted`,
      [userId, this.env.LOCKOUT_THRESHOLD, until],
    );
    const lockedUntil = rows[0]?.lockedUntil ?? null;
    return lockedUntil && lockedUntil.getTime() === until.getTime() ? { until: lockedUntil, justLocked: true } : null;
  }

  /** The audit records the truth (`reason`); the answer is the same for known and unknown names. */
  private async refuse(user: User | null, username: string, reason: FailureReason, lock: Lock | null = null): Promise<never> {
    const attempted = username.replace(UNSTORABLE, '').slice(0, 64);
    await this.audit.record({ actorId: null, action: 'auth.login_failed', entityType: 'user', entityId: user?.id ?? null, after: { username: attempted, reason } });
    if (!lock) throw new AppException(401, 'auth.invalid_credentials');
    if (lock.justLocked) {
      // This failure reached the threshold: the lock itself is an event of its own.
      await this.audit.record({ actorId: null, action: 'auth.lockout', entityType: 'user', entityId: user?.id ?? null, after: { username: attempted, lockedUntil: lock.until.toISOString() } });
    }
    throw this.lockedError(lock.until);
  }

  private lockedError(lockedUntil: Date): AppException {
    const retryAfter = Math.max(1, Math.ceil((lockedUntil.getTime() - this.clock.now().getTime()) / 1000));
    return new AppException(423, 'auth.locked', { lockedUntil: this.localTime(lockedUntil), lockedUntilIso: lockedUntil.toISOString(), retryAfter });
  }

  /** `YYYY-MM-DD HH:mm` in the deployment's zone: what a person reads. */
  private localTime(instant: Date): string {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: this.env.TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
  }

  async logout(actor: AuthUser): Promise<void> {
    if (actor.sessionId) await this.sessions.end(actor.sessionId, 'logout');
    await this.audit.record({ actorId: actor.id, action: 'auth.logout', entityType: 'user', entityId: actor.id, after: { username: actor.username } });
  }

  /** The user's own change: old password checked, new one meets the policy and differs; other sessions end. */
  async changePassword(actor: AuthUser, oldPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id: actor.id }).getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, oldPassword))) throw new AppException(400, 'auth.old_password_wrong', { field: 'oldPassword' });
    if (newPassword === oldPassword) throw new AppException(400, 'auth.password_unchanged', { field: 'newPassword' });
    this.policy.check('newPassword', newPassword);
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE users SET password_hash = $2, must_change_password = false, password_policy_exempt = false, password_changed_at = $3 WHERE id = $1`,
        [user.id, passwordHash, this.clock.now()],
      );
      await this.sessions.endAllOf(user.id, 'password', manager, actor.sessionId);
      await this.audit.record({ actorId: user.id, action: 'auth.password_change', entityType: 'user', entityId: user.id, after: { username: user.username } }, manager);
    });
  }

  async me(id: string): Promise<CurrentUser> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('user');
    return {
      id: user.id,
      username: user.username,
      name: user.displayName,
      role: user.role,
      organizationId: user.organizationId,
      passwordChangeRequired: this.sessions.passwordChangeRequired(user),
      sessionIdleMinutes: this.sessions.idleMinutes,
      passwordPolicy: this.policy.policy,
    };
  }
}

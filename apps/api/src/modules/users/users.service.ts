import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { isOrganizationRole, ROLES, type Role } from '@luoshi/common';
import { AuditEvent, Organization, User } from '@luoshi/data';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { SessionService } from '../../core/auth/session.service';
import { AppException, notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byBoolean, byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { ClockService } from '../../core/time/clock.service';
import { AuditService } from '../audit-events/audit.service';
import { PasswordPolicyService } from '../auth/password-policy.service';
import { hashPassword } from '../auth/password.util';
import { ReminderPlanningService } from '../reminders/reminder-planning.service';
import type { CreateUserDto, UpdateUserDto, UserView } from './user.dto';

export function toUserView(u: User): UserView {
  return {
    id: u.id,
    username: u.username,
    name: u.displayName,
    role: u.role,
    organizationId: u.organizationId,
    email: u.email,
    active: u.active,
    lockedUntil: u.lockedUntil,
    mustChangePassword: u.mustChangePassword,
    version: u.version,
    createdAt: u.createdAt,
    updatedAt: u.updatedAt,
  };
}

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly audit: AuditService,
    private readonly passwords: PasswordPolicyService,
    private readonly sessions: SessionService,
    private readonly clock: ClockService,
    private readonly planning: ReminderPlanningService,
  ) {}

  /** Recipients changed: what is still to come is re-planned for them (a new org user gets it). */
  private async replanRecipients(manager: EntityManager, who: Array<Pick<User, 'role' | 'organizationId'>>): Promise<void> {
    if (who.some((u) => u.role === 'supervisor')) {
      await this.planning.mark(manager, { all: true });
      return;
    }
    for (const organizationId of new Set(who.map((u) => u.organizationId))) {
      if (organizationId) await this.planning.mark(manager, { organizationId });
    }
  }

  async list(query: ListQuery): Promise<Page<UserView>> {
    const page = await findPage(this.users.createQueryBuilder('u'), query, {
      sortable: { username: 'u.username', name: 'u.displayName', role: 'u.role', createdAt: 'u.createdAt' },
      defaultSort: { field: 'username', order: 'ASC' },
      filters: { id: byUuid('u.id'), role: byEnum(ROLES, 'u.role'), organizationId: byUuid('u.organizationId'), active: byBoolean('u.active') },
      search: ['u.username', 'u.displayName'],
    });
    return new Page(page.data.map(toUserView), page.total, page.start);
  }

  async get(id: string): Promise<UserView> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw notFound('user');
    return toUserView(user);
  }

  /**
   * The password an admin (or the environment) gives is an initial one: it meets the policy and
   * its owner must change it at the first sign-in. `passwordField` names it in the error.
   */
  async create(dto: CreateUserDto, actor: AuthUser | null, passwordField = 'password'): Promise<UserView> {
    this.passwords.check(passwordField, dto.password);
    return this.dataSource.transaction(async (manager) => {
      await checkOrganization(manager, dto.role, dto.organizationId ?? null);
      const user = await manager.save(
        manager.create(User, {
          username: dto.username,
          displayName: dto.name.trim(),
          role: dto.role,
          organizationId: dto.organizationId ?? null,
          email: dto.email ?? null,
          active: dto.active ?? true,
          passwordHash: await hashPassword(dto.password),
          mustChangePassword: true,
          passwordChangedAt: this.clock.now(),
        }),
      );
      const view = toUserView(user);
      await this.audit.record({ actorId: actor?.id ?? null, action: 'user.create', entityType: 'user', entityId: user.id, after: { ...view } }, manager);
      await this.replanRecipients(manager, [user]);
      return view;
    });
  }

  async update(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserView> {
    if (dto.password) this.passwords.check('password', dto.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await lockForUpdate(manager, User, id, dto.version, 'user');
      // Role, organization, state and password decide every request: the user's sessions re-read them.
      await this.sessions.holdUser(id, manager);
      const before = toUserView(user);
      const was = { role: user.role, organizationId: user.organizationId };
      await checkOrganization(manager, dto.role, dto.organizationId ?? null);
      if (id === actor.id && (dto.role !== 'admin' || dto.active === false)) {
        throw new AppException(400, 'user.self_demotion');
      }
      user.username = dto.username;
      user.displayName = dto.name.trim();
      user.role = dto.role;
      user.organizationId = dto.organizationId ?? null;
      user.email = dto.email ?? null;
      user.active = dto.active ?? user.active;
      if (dto.password) {
        // A reset: the new password is an initial one, and whoever knew the old one is signed out.
        user.passwordHash = await hashPassword(dto.password);
        user.mustChangePassword = true;
        user.passwordPolicyExempt = false;
        user.passwordChangedAt = this.clock.now();
        user.failedLoginCount = 0;
        user.lockedUntil = null;
        await this.sessions.endAllOf(id, 'admin', manager);
      }
      const saved = toUserView(await manager.save(user));
      await this.audit.record(
        { actorId: actor.id, action: dto.password ? 'user.update+password' : 'user.update', entityType: 'user', entityId: id, before: { ...before }, after: { ...saved } },
        manager,
      );
      if (was.role !== user.role || was.organizationId !== user.organizationId || before.active !== saved.active) await this.replanRecipients(manager, [was, user]);
      return saved;
    });
  }

  async remove(id: string, actor: AuthUser): Promise<UserView> {
    if (id === actor.id) throw new AppException(400, 'user.self_deletion');
    return this.dataSource.transaction(async (manager) => {
      const user = toUserView(await lockForUpdate(manager, User, id, undefined, 'user'));
      // The append-only trail names its actors: someone who has signed in or acted stays, deactivated.
      if (await manager.exists(AuditEvent, { where: { actorId: id } })) throw new AppException(409, 'user.has_history', { username: user.username });
      await this.sessions.holdUser(id, manager);
      await manager.delete(User, { id });
      await this.audit.record({ actorId: actor.id, action: 'user.delete', entityType: 'user', entityId: id, before: { ...user } }, manager);
      return user;
    });
  }

  /** Lifts a lockout before it runs out (and forgets the failures that led to it). */
  async unlock(id: string, actor: AuthUser): Promise<UserView> {
    return this.dataSource.transaction(async (manager) => {
      const user = await lockForUpdate(manager, User, id, undefined, 'user');
      const before = toUserView(user);
      await manager.query(`UPDATE users SET failed_login_count = 0, locked_until = NULL WHERE id = $1`, [id]);
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      const after = toUserView(user);
      await this.audit.record({ actorId: actor.id, action: 'user.unlock', entityType: 'user', entityId: id, before: { ...before }, after: { ...after } }, manager);
      return after;
    });
  }
}

async function checkOrganization(manager: EntityManager, role: Role, organizationId: string | null): Promise<void> {
  if (isOrganizationRole(role) && !organizationId) {
    throw new AppException(400, 'user.organization_required', { role });
  }
  if (organizationId && !(await manager.existsBy(Organization, { id: organizationId }))) {
    throw new AppException(400, 'user.organization_unknown');
  }
}

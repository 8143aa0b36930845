import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Organization, ReminderRule, Speech, type ReplanScope } from '@luoshi/data';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException, notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byBoolean, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import type { CreateReminderRuleDto } from './reminder-rule.dto';
import { ReminderPlanningService } from './reminder-planning.service';

/** A rule applies to one organization, one speech, or (neither) is the default. */
function scopeOf(rule: Pick<ReminderRule, 'organizationId' | 'speechId'>): ReplanScope {
  if (rule.organizationId) return { organizationId: rule.organizationId };
  if (rule.speechId) return { speechId: rule.speechId };
  return { all: true };
}

const isDefault = (rule: Pick<ReminderRule, 'organizationId' | 'speechId'>) => !rule.organizationId && !rule.speechId;

/** Reminder rules: admins edit, supervisors read. Every change re-plans what it touches. */
@Injectable()
export class ReminderRulesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ReminderRule) private readonly rules: Repository<ReminderRule>,
    private readonly audit: AuditService,
    private readonly planning: ReminderPlanningService,
  ) {}

  list(query: ListQuery): Promise<Page<ReminderRule>> {
    return findPage(this.rules.createQueryBuilder('r'), query, {
      sortable: { name: 'r.name', createdAt: 'r.createdAt', updatedAt: 'r.updatedAt' },
      defaultSort: { field: 'createdAt', order: 'ASC' },
      filters: { organizationId: byUuid('r.organizationId'), speechId: byUuid('r.speechId'), active: byBoolean('r.active') },
      search: ['r.name'],
    });
  }

  async get(id: string): Promise<ReminderRule> {
    const rule = await this.rules.findOneBy({ id });
    if (!rule) throw notFound('reminder rule');
    return rule;
  }

  create(dto: CreateReminderRuleDto, actor: AuthUser): Promise<ReminderRule> {
    return this.change(async (m) => {
      const values = await this.values(m, dto, null);
      const rule = await m.save(m.create(ReminderRule, values));
      await this.audit.record({ actorId: actor.id, action: 'reminder_rule.create', entityType: 'reminder_rule', entityId: rule.id, after: { ...rule } }, m);
      return { rule, scopes: [scopeOf(rule)] };
    });
  }

  update(id: string, dto: CreateReminderRuleDto & { version: number }, actor: AuthUser): Promise<ReminderRule> {
    return this.change(async (m) => {
      const rule = await lockForUpdate(m, ReminderRule, id, dto.version, 'reminder rule');
      const before = { ...rule };
      if (isDefault(rule) && (dto.organizationId || dto.speechId)) throw new AppException(400, 'reminders.default_rule_fixed');
      Object.assign(rule, await this.values(m, dto, id));
      const saved = await m.save(rule);
      await this.audit.record({ actorId: actor.id, action: 'reminder_rule.update', entityType: 'reminder_rule', entityId: id, before, after: { ...saved } }, m);
      return { rule: saved, scopes: [scopeOf(before), scopeOf(saved)] };
    });
  }

  remove(id: string, actor: AuthUser): Promise<ReminderRule> {
    return this.change(async (m) => {
      const rule = await lockForUpdate(m, ReminderRule, id, undefined, 'reminder rule');
      if (isDefault(rule)) throw new AppException(400, 'reminders.default_rule_fixed');
      await m.delete(ReminderRule, { id });
      await this.audit.record({ actorId: actor.id, action: 'reminder_rule.delete', entityType: 'reminder_rule', entityId: id, before: { ...rule } }, m);
      return { rule, scopes: [scopeOf(rule)] };
    });
  }

  /** Runs a change and marks what it touches in the same transaction; moves queued jobs after commit. */
  private async change(work: (m: EntityManager) => Promise<{ rule: ReminderRule; scopes: ReplanScope[] }>): Promise<ReminderRule> {
    const { rule, marked } = await this.dataSource.transaction(async (m) => {
      const { rule, scopes } = await work(m);
      const marked = new Set<string>();
      for (const scope of scopes) for (const id of await this.planning.mark(m, scope)) marked.add(id);
      return { rule, marked: [...marked] };
    });
    // A narrow rule touches few assignments: move their queued jobs now. The default rule's
    // change is left to the scan (stale jobs re-check the rule when they fire).
    if (!isDefault(rule)) await this.planning.replanNow(marked);
    return rule;
  }

  private async values(m: EntityManager, dto: CreateReminderRuleDto, id: string | null): Promise<Partial<ReminderRule>> {
    const organizationId = dto.organizationId ?? null;
    const speechId = dto.speechId ?? null;
    if (organizationId && speechId) throw new AppException(400, 'reminders.rule_one_scope');
    let scopeName = '默认';
    if (organizationId) {
      const org = await m.findOneBy(Organization, { id: organizationId });
      if (!org) throw new AppException(400, 'reminders.unknown_scope', { resource: '单位' });
      scopeName = org.name;
    }
    if (speechId) {
      const speech = await m.findOneBy(Speech, { id: speechId });
      if (!speech) throw new AppException(400, 'reminders.unknown_scope', { resource: '讲话' });
      scopeName = speech.title;
    }
    const clash = await m
      .createQueryBuilder(ReminderRule, 'r')
      .where(organizationId ? 'r.organizationId = :organizationId' : 'r.organizationId IS NULL', { organizationId })
      .andWhere(speechId ? 'r.speechId = :speechId' : 'r.speechId IS NULL', { speechId })
      .andWhere(id ? 'r.id <> :id' : 'true', { id })
      .getExists();
    if (clash) throw new AppException(409, 'reminders.rule_exists', { scope: scopeName });
    return {
      name: dto.name.trim(),
      organizationId,
      speechId,
      dueSoonDays: [...dto.dueSoonDays].sort((a, b) => b - a),
      overdueEveryDays: dto.overdueEveryDays,
      escalateAfterDays: dto.escalateAfterDays,
      sendTime: dto.sendTime,
      periodicReports: dto.periodicReports,
      channels: dto.channels,
      active: dto.active,
    };
  }
}

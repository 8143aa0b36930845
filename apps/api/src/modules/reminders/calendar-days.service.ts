import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CalendarDayRecord } from '@luoshi/data';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException, notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byBoolean, byDate } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import type { CreateCalendarDayDto } from './calendar-day.dto';
import { ReminderPlanningService } from './reminder-planning.service';

/**
 * The working-day calendar: holidays and 调休 days that differ from the plain week, seeded from
 * chinese-days and kept up by admins (next year's holidays are announced each November). Every
 * change re-plans all open reminders: a moved holiday moves reminder days.
 */
@Injectable()
export class CalendarDaysService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(CalendarDayRecord) private readonly days: Repository<CalendarDayRecord>,
    private readonly audit: AuditService,
    private readonly planning: ReminderPlanningService,
  ) {}

  list(query: ListQuery): Promise<Page<CalendarDayRecord>> {
    return findPage(this.days.createQueryBuilder('d'), query, {
      sortable: { date: 'd.date', name: 'd.name', working: 'd.working' },
      defaultSort: { field: 'date', order: 'ASC' },
      filters: {
        working: byBoolean('d.working'),
        date_gte: byDate('d.date', '>='),
        date_lte: byDate('d.date', '<='),
      },
      search: ['d.name'],
    });
  }

  async get(id: string): Promise<CalendarDayRecord> {
    const day = await this.days.findOneBy({ id });
    if (!day) throw notFound('calendar day');
    return day;
  }

  create(dto: CreateCalendarDayDto, actor: AuthUser): Promise<CalendarDayRecord> {
    return this.change(async (m) => {
      await this.requireFree(m, dto.date, null);
      const day = await m.save(m.create(CalendarDayRecord, { date: dto.date, working: dto.working, name: dto.name?.trim() || null }));
      await this.audit.record({ actorId: actor.id, action: 'calendar_day.create', entityType: 'calendar_day', entityId: day.id, after: { ...day } }, m);
      return day;
    });
  }

  update(id: string, dto: CreateCalendarDayDto & { version: number }, actor: AuthUser): Promise<CalendarDayRecord> {
    return this.change(async (m) => {
      const day = await lockForUpdate(m, CalendarDayRecord, id, dto.version, 'calendar day');
      const before = { ...day };
      await this.requireFree(m, dto.date, id);
      day.date = dto.date;
      day.working = dto.working;
      day.name = dto.name?.trim() || null;
      const saved = await m.save(day);
      await this.audit.record({ actorId: actor.id, action: 'calendar_day.update', entityType: 'calendar_day', entityId: id, before, after: { ...saved } }, m);
      return saved;
    });
  }

  remove(id: string, actor: AuthUser): Promise<CalendarDayRecord> {
    return this.change(async (m) => {
      const day = await lockForUpdate(m, CalendarDayRecord, id, undefined, 'calendar day');
      await m.delete(CalendarDayRecord, { id });
      await this.audit.record({ actorId: actor.id, action: 'calendar_day.delete', entityType: 'calendar_day', entityId: id, before: { ...day } }, m);
      return day;
    });
  }

  private change<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      const result = await work(m);
      await this.planning.mark(m, { all: true });
      return result;
    });
  }

  private async requireFree(m: EntityManager, date: string, id: string | null): Promise<void> {
    const taken = await m
      .createQueryBuilder(CalendarDayRecord, 'd')
      .where('d.date = :date', { date })
      .andWhere(id ? 'd.id <> :id' : 'true', { id })
      .getExists();
    if (taken) throw new AppException(409, 'reminders.calendar_day_exists', { date });
  }
}

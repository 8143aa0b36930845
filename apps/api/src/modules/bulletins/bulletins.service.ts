import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Bulletin, BulletinPreview } from '@luoshi/common';
import { BulletinRecord } from '@luoshi/data';
import { DataSource, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byDate } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { ClockService } from '../../core/time/clock.service';
import { AuditService } from '../audit-events/audit.service';
import type { PeriodDto } from '../dashboard/dashboard-query.dto';
import { BulletinContentService } from './bulletin-content.service';

/** Serializes numbering: two bulletins issued at once never get the same 第N期. */
const NUMBERING_LOCK = 7_340_901;

export function toBulletin(r: BulletinRecord): Bulletin {
  return {
    id: r.id,
    year: r.year,
    number: r.number,
    numberLine: `督查通报〔${r.year}〕第${r.number}期`,
    title: r.title,
    from: r.periodFrom,
    to: r.periodTo,
    issuedAt: r.issuedAt.toISOString(),
    issuedById: r.issuedById,
    content: r.content,
  };
}

/**
 * 督查通报: issued for a period with the next number of the issuing year (督查通报〔2026〕第N期);
 * the number and the content as issued are kept, so issuing the same period again gives the same
 * bulletin back.
 */
@Injectable()
export class BulletinsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(BulletinRecord) private readonly bulletins: Repository<BulletinRecord>,
    private readonly contents: BulletinContentService,
    private readonly audit: AuditService,
    private readonly clock: ClockService,
  ) {}

  async list(query: ListQuery): Promise<Page<Bulletin>> {
    const page = await findPage(this.bulletins.createQueryBuilder('b'), query, {
      sortable: { issuedAt: 'b.issuedAt', from: 'b.periodFrom', number: 'b.number', year: 'b.year' },
      defaultSort: { field: 'issuedAt', order: 'DESC' },
      filters: { from_gte: byDate('b.periodFrom', '>='), from_lte: byDate('b.periodFrom', '<=') },
      search: ['b.title'],
    });
    return new Page(page.data.map(toBulletin), page.total, page.start);
  }

  async get(id: string): Promise<Bulletin> {
    const record = await this.bulletins.findOneBy({ id });
    if (!record) throw notFound('bulletin');
    return toBulletin(record);
  }

  async preview(query: PeriodDto, user: AuthUser): Promise<BulletinPreview> {
    const { period, content } = await this.contents.content(query, user);
    return { title: this.contents.title(period), from: period.start, to: period.end, content };
  }

  /** The period's bulletin: the one issued before (created: false), else a new one with the next number. */
  async issue(query: PeriodDto, user: AuthUser): Promise<{ bulletin: Bulletin; created: boolean }> {
    const { period, content } = await this.contents.content(query, user);
    return this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [NUMBERING_LOCK]);
      const existing = await m.findOneBy(BulletinRecord, { periodFrom: period.start, periodTo: period.end });
      if (existing) return { bulletin: toBulletin(existing), created: false };
      const year = Number(this.clock.today().slice(0, 4));
      const [{ last }] = await m.query('SELECT COALESCE(MAX(number), 0) AS last FROM bulletins WHERE year = $1', [year]);
      const record = await m.save(
        m.create(BulletinRecord, {
          year,
          number: Number(last) + 1,
          title: this.contents.title(period),
          periodFrom: period.start,
          periodTo: period.end,
          content,
          issuedById: user.id,
          issuedAt: this.clock.now(),
        }),
      );
      const bulletin = toBulletin(record);
      await this.audit.record(
        { actorId: user.id, action: 'bulletin.issue', entityType: 'bulletin', entityId: record.id, after: { numberLine: bulletin.numberLine, from: bulletin.from, to: bulletin.to } },
        m,
      );
      return { bulletin, created: true };
    });
  }
}

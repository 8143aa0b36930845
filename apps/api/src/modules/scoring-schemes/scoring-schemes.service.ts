import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ScoringSchemeRecord } from '@luoshi/data';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException, notFound } from '../../core/http/app.exception';
import { findPage } from '../../core/rest/apply-list-query';
import { byBoolean } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import type { CreateScoringSchemeDto } from './scoring-scheme.dto';

const RESOURCE = 'scoring scheme';

/** 考评 schemes: admins edit, everyone reads; one is active; every change is audited. */
@Injectable()
export class ScoringSchemesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(ScoringSchemeRecord) private readonly schemes: Repository<ScoringSchemeRecord>,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery): Promise<Page<ScoringSchemeRecord>> {
    return findPage(this.schemes.createQueryBuilder('s'), query, {
      sortable: { name: 's.name', active: 's.active', createdAt: 's.createdAt', updatedAt: 's.updatedAt' },
      defaultSort: { field: 'createdAt', order: 'ASC' },
      filters: { active: byBoolean('s.active') },
      search: ['s.name'],
    });
  }

  async get(id: string): Promise<ScoringSchemeRecord> {
    const scheme = await this.schemes.findOneBy({ id });
    if (!scheme) throw notFound(RESOURCE);
    return scheme;
  }

  /** The scheme a score uses: the one asked for (400 when unknown: it is a query parameter), else the active one. */
  async forScoring(id: string | undefined): Promise<ScoringSchemeRecord> {
    const scheme = id ? await this.schemes.findOneBy({ id }) : await this.schemes.findOneBy({ active: true });
    if (!scheme) throw new AppException(400, 'dashboard.scheme_unknown', { field: 'schemeId' });
    return scheme;
  }

  create(dto: CreateScoringSchemeDto, actor: AuthUser): Promise<ScoringSchemeRecord> {
    return this.dataSource.transaction(async (m) => {
      await this.assertNameFree(m, dto.name.trim(), null);
      const scheme = await m.save(m.create(ScoringSchemeRecord, { ...this.values(dto), active: false }));
      await this.audit.record({ actorId: actor.id, action: 'scoring_scheme.create', entityType: 'scoring_scheme', entityId: scheme.id, after: { ...scheme } }, m);
      return scheme;
    });
  }

  update(id: string, dto: CreateScoringSchemeDto & { version: number }, actor: AuthUser): Promise<ScoringSchemeRecord> {
    return this.dataSource.transaction(async (m) => {
      const scheme = await lockForUpdate(m, ScoringSchemeRecord, id, dto.version, RESOURCE);
      const before = { ...scheme };
      await this.assertNameFree(m, dto.name.trim(), id);
      Object.assign(scheme, this.values(dto));
      const saved = await m.save(scheme);
      await this.audit.record({ actorId: actor.id, action: 'scoring_scheme.update', entityType: 'scoring_scheme', entityId: id, before, after: { ...saved } }, m);
      return saved;
    });
  }

  /** Makes this scheme the active one; the one active before is switched off in the same transaction. */
  activate(id: string, version: number | undefined, actor: AuthUser): Promise<ScoringSchemeRecord> {
    return this.dataSource.transaction(async (m) => {
      const scheme = await lockForUpdate(m, ScoringSchemeRecord, id, version, RESOURCE);
      if (scheme.active) return scheme;
      const previous = await m.findOneBy(ScoringSchemeRecord, { active: true });
      if (previous) {
        previous.active = false;
        await m.save(previous);
      }
      scheme.active = true;
      const saved = await m.save(scheme);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'scoring_scheme.activate',
          entityType: 'scoring_scheme',
          entityId: id,
          before: { active: false, previousActiveId: previous?.id ?? null },
          after: { active: true, version: saved.version },
        },
        m,
      );
      return saved;
    });
  }

  private async assertNameFree(m: EntityManager, name: string, id: string | null): Promise<void> {
    const clash = await m
      .createQueryBuilder(ScoringSchemeRecord, 's')
      .where('s.name = :name', { name })
      .andWhere(id ? 's.id <> :id' : 'true', { id })
      .getExists();
    if (clash) throw new AppException(409, 'scoring.scheme_name_taken', { name });
  }

  private values(dto: CreateScoringSchemeDto): Partial<ScoringSchemeRecord> {
    return {
      name: dto.name.trim(),
      base: dto.base,
      overduePenalty: dto.overduePenalty,
      overdueDayPenalty: dto.overdueDayPenalty,
      overdueDayCap: dto.overdueDayCap,
      missedReportPenalty: dto.missedReportPenalty,
      returnPenalty: dto.returnPenalty,
      earlyBonus: dto.earlyBonus,
      earlyDays: dto.earlyDays,
      earlyBonusCap: dto.earlyBonusCap,
      floor: dto.floor,
    };
  }
}

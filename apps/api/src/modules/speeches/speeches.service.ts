import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SPEECH_STATUSES } from '@luoshi/common';
import { Item, ItemOrganization, Speech, speechFingerprint } from '@luoshi/data';
import { extract } from '@luoshi/extractor';
import { DOCX_LIMITS } from '@luoshi/speech-file';
import { DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { AppException, notFound } from '../../core/http/app.exception';
import { FileParserService } from '../../core/files/file-parser.service';
import { findPageWith } from '../../core/rest/apply-list-query';
import { ListCountCache } from '../../core/rest/list-count.cache';
import { byDate, byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { ClockService } from '../../core/time/clock.service';
import { AuditService } from '../audit-events/audit.service';
import { ItemPublisher } from '../items/item-publisher.service';
import { titleFrom } from '../items/items.service';
import { MAX_SPEECH_CHARS, type CreateSpeechDto, type UpdateSpeechDto, type UploadSpeechFieldsDto } from './speech.dto';
import { SpeechExtractionService, type ExtractionSummary } from './speech-extraction.service';

export interface PublishPreview {
  items: number;
  assignments: number;
  /** Draft items that name no organization: publishing is refused until they do. */
  unassigned: Array<{ id: string; title: string }>;
  /** Draft items whose due date is already past (today in the deployment's zone): publishing stays allowed. */
  pastDue: Array<{ id: string; title: string; dueDate: string }>;
}

/** The earlier speech a new one repeats (`duplicateOf` in the POST /speeches answer). */
export interface SpeechDuplicate {
  id: string;
  title: string;
  date: string | null;
  createdAt: Date;
}

/** What a list row of a speech carries: everything but its text. */
const LIST_COLUMNS = ['id', 'version', 'createdAt', 'updatedAt', 'title', 'date', 'speaker', 'meeting', 'sourceFileName', 'status', 'audienceIds', 'unresolvedOrgs', 'extractedAt', 'createdById', 'publishedById', 'publishedAt'].map(
  (column) => `s.${column}`,
);

@Injectable()
export class SpeechesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Speech) private readonly speeches: Repository<Speech>,
    private readonly scope: OrganizationScopeService,
    private readonly audit: AuditService,
    private readonly clock: ClockService,
    private readonly extraction: SpeechExtractionService,
    private readonly publisher: ItemPublisher,
    private readonly files: FileParserService,
    private readonly counts: ListCountCache,
  ) {}

  /**
   * The list without each speech's text (tens of kilobytes each; the show and review screens read
   * it with the speech alone): the 看板's speech picker and the list page read titles and dates.
   */
  async list(query: ListQuery, user: AuthUser): Promise<Page<Speech>> {
    const qb = await this.scoped(user);
    return findPageWith(qb, query, {
      sortable: { date: 's.date', title: 's.title', status: 's.status', createdAt: 's.createdAt' },
      defaultSort: { field: 'date', order: 'DESC' },
      filters: {
        id: byUuid('s.id'),
        status: byEnum(SPEECH_STATUSES, 's.status'),
        date_gte: byDate('s.date', '>='),
        date_lte: byDate('s.date', '<='),
      },
      search: ['s.title', 's.meeting', 's.speaker'],
    // An org user's count probes every speech of the history for its work, however few it finds: kept whatever its size.
    }, { counts: this.counts, resource: 'speeches', keepFrom: 0 }, (rows) => rows.select(LIST_COLUMNS).getMany());
  }

  async get(id: string, user: AuthUser): Promise<Speech> {
    const speech = await (await this.scoped(user)).andWhere('s.id = :id', { id }).getOne();
    if (!speech) throw notFound('speech');
    return speech;
  }

  /**
   * Stores a speech; `duplicateOf` names an earlier speech with the same text (whitespace and
   * full-/half-width punctuation aside): the user is told and may keep both. A pasted speech
   * without a title takes the one recognised in its text.
   */
  async create(
    dto: CreateSpeechDto,
    actor: AuthUser,
    sourceFileName: string | null = null,
  ): Promise<Speech & { duplicateOf: SpeechDuplicate | null }> {
    const textFingerprint = speechFingerprint(dto.text);
    const title =
      dto.title?.trim() || extract({ text: dto.text.slice(0, 5000), registry: [] }).title || titleFrom(dto.text);
    return this.dataSource.transaction(async (m) => {
      const earlier = await m
        .getRepository(Speech)
        .findOne({
          where: { textFingerprint },
          order: { createdAt: 'ASC' },
          select: { id: true, title: true, date: true, createdAt: true },
        });
      const speech = await m.save(
        m.create(Speech, {
          textFingerprint,
          title,
          date: dto.date ?? null,
          speaker: dto.speaker ?? null,
          meeting: dto.meeting ?? null,
          rawText: dto.text,
          sourceFileName,
          status: 'draft',
          createdById: actor.id,
        }),
      );
      const summary = {
        title: speech.title,
        date: speech.date,
        speaker: speech.speaker,
        meeting: speech.meeting,
        sourceFileName,
        characters: dto.text.length,
      };
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'speech.create',
          entityType: 'speech',
          entityId: speech.id,
          after: { ...summary, duplicateOf: earlier?.id ?? null },
        },
        m,
      );
      // The fingerprint is for the look-up only, like any column that is not selected.
      const shown: Partial<Speech> = { ...speech };
      delete shown.textFingerprint;
      return {
        ...shown,
        duplicateOf: earlier
          ? { id: earlier.id, title: earlier.title, date: earlier.date, createdAt: earlier.createdAt }
          : null,
      } as Speech & { duplicateOf: SpeechDuplicate | null };
    });
  }

  /** An uploaded .txt/.docx/.pdf: decoded in the parsing pool (size- and time-capped), then stored like pasted text. */
  async upload(
    file: { buffer: Buffer; originalname: string; size: number },
    fields: UploadSpeechFieldsDto,
    actor: AuthUser,
  ): Promise<Speech & { duplicateOf: SpeechDuplicate | null }> {
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const text = await this.files.decodeSpeechFile(file.buffer, fileName, DOCX_LIMITS);
    if (text.length > MAX_SPEECH_CHARS) {
      throw new AppException(413, 'file.text_too_long', {
        name: fileName,
        length: text.length,
        limit: MAX_SPEECH_CHARS,
      });
    }
    const title =
      fields.title?.trim() ||
      extract({ text: text.slice(0, 5000), registry: [] }).title ||
      fileName.replace(/\.[^.]+$/, '');
    return this.create({ ...fields, title, text }, actor, fileName);
  }

  async update(id: string, dto: UpdateSpeechDto, actor: AuthUser): Promise<Speech> {
    return this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, dto.version, 'speech');
      const before = { title: speech.title, date: speech.date, speaker: speech.speaker, meeting: speech.meeting };
      speech.title = dto.title.trim();
      speech.date = dto.date ?? null;
      speech.speaker = dto.speaker ?? null;
      speech.meeting = dto.meeting ?? null;
      speech.updatedAt = this.clock.now();
      const saved = await m.save(speech);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'speech.update',
          entityType: 'speech',
          entityId: id,
          before,
          after: { title: saved.title, date: saved.date, speaker: saved.speaker, meeting: saved.meeting },
        },
        m,
      );
      return saved;
    });
  }

  async remove(id: string, actor: AuthUser): Promise<Speech> {
    return this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, undefined, 'speech');
      if (await m.existsBy(Item, { speechId: id, status: In(['published']) })) {
        throw new AppException(409, 'record.speech_has_published_items', { title: speech.title });
      }
      await m.delete(Speech, { id });
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'speech.delete',
          entityType: 'speech',
          entityId: id,
          before: { title: speech.title, date: speech.date },
        },
        m,
      );
      return speech;
    });
  }

  async extract(id: string, actor: AuthUser): Promise<ExtractionSummary> {
    return this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, undefined, 'speech');
      if (speech.status === 'published') {
        throw new AppException(409, 'record.speech_published', { title: speech.title });
      }
      const summary = await this.extraction.extractInto(m, speech, this.clock.today());
      await this.audit.record(
        { actorId: actor.id, action: 'speech.extract', entityType: 'speech', entityId: id, after: { ...summary } },
        m,
      );
      return summary;
    });
  }

  async publishPreview(id: string, actor: AuthUser): Promise<PublishPreview> {
    await this.get(id, actor);
    const drafts = await this.dataSource.getRepository(Item).find({ where: { speechId: id, status: 'draft' } });
    const plan = drafts.length
      ? await this.dataSource.getRepository(ItemOrganization).find({ where: { itemId: In(drafts.map((d) => d.id)) } })
      : [];
    const tasks = drafts.filter((d) => d.kind !== 'section');
    return {
      items: tasks.length,
      assignments: plan.filter((p) => tasks.some((t) => t.id === p.itemId)).length,
      unassigned: tasks.filter((t) => !plan.some((p) => p.itemId === t.id)).map((t) => ({ id: t.id, title: t.title })),
      pastDue: tasks
        .filter((t): t is Item & { dueDate: string } => t.dueDate !== null && t.dueDate < this.clock.today())
        .map((t) => ({ id: t.id, title: t.title, dueDate: t.dueDate })),
    };
  }

  /** 立项 + 交办: every draft item of the speech becomes published, with its assignments. */
  async publish(
    id: string,
    version: number | undefined,
    actor: AuthUser,
  ): Promise<{ items: number; assignments: number }> {
    const { result, publication } = await this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, version, 'speech');
      const drafts = await m.find(Item, { where: { speechId: id, status: 'draft' }, order: { position: 'ASC' } });
      if (drafts.length === 0) {
        throw new AppException(409, 'record.speech_nothing_to_publish', { title: speech.title, status: speech.status });
      }
      const publication = await this.publisher.publish(m, drafts, actor);
      speech.status = 'published';
      speech.publishedAt = this.clock.now();
      speech.publishedById = actor.id;
      await m.save(speech);
      const result = {
        items: drafts.filter((d) => d.kind !== 'section').length,
        assignments: publication.assignments.length,
      };
      await this.audit.record(
        { actorId: actor.id, action: 'speech.publish', entityType: 'speech', entityId: id, after: result },
        m,
      );
      return { result, publication };
    });
    await this.publisher.announce(publication);
    return result;
  }

  /** Organization users see only speeches that assigned work to them. */
  private async scoped(user: AuthUser): Promise<SelectQueryBuilder<Speech>> {
    const qb = this.speeches.createQueryBuilder('s');
    const visible = await this.scope.visibleOrganizationIds(user);
    if (visible) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM assignments a JOIN items i ON i.id = a.item_id
                 WHERE i.speech_id = s.id AND a.organization_id = ANY(:visible))`,
        { visible },
      );
    }
    return qb;
  }
}

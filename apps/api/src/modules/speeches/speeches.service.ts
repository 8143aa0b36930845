import { ConflictException, Injectable, NotFoundException, PayloadTooLargeException, UnprocessableEntityException, UnsupportedMediaTypeException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Item, ItemOrganization, Speech, speechFingerprint } from '@luoshi/data';
import { extract } from '@luoshi/extractor';
import { decodeSpeechFile, UnreadableSpeechFileError } from '@luoshi/speech-file';
import { DataSource, In, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPage } from '../../core/rest/apply-list-query';
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
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<Speech>> {
    const qb = await this.scoped(user);
    return findPage(qb, query, {
      sortable: { date: 's.date', title: 's.title', status: 's.status', createdAt: 's.createdAt' },
      defaultSort: { field: 'date', order: 'DESC' },
      eq: { id: 's.id', status: 's.status' },
      search: ['s.title', 's.meeting', 's.speaker'],
      range: { date_gte: { column: 's.date', op: '>=' }, date_lte: { column: 's.date', op: '<=' } },
    });
  }

  async get(id: string, user: AuthUser): Promise<Speech> {
    const speech = await (await this.scoped(user)).andWhere('s.id = :id', { id }).getOne();
    if (!speech) throw new NotFoundException(`No speech with id ${id}`);
    return speech;
  }

  /**
   * Stores a speech; `duplicateOf` names an earlier speech with the same text (whitespace and
   * full-/half-width punctuation aside): the user is told and may keep both. A pasted speech
   * without a title takes the one recognised in its text.
   */
  async create(dto: CreateSpeechDto, actor: AuthUser, sourceFileName: string | null = null): Promise<Speech & { duplicateOf: SpeechDuplicate | null }> {
    const textFingerprint = speechFingerprint(dto.text);
    const title = dto.title?.trim() || extract({ text: dto.text.slice(0, 5000), registry: [] }).title || titleFrom(dto.text);
    return this.dataSource.transaction(async (m) => {
      const earlier = await m.getRepository(Speech).findOne({ where: { textFingerprint }, order: { createdAt: 'ASC' }, select: { id: true, title: true, date: true, createdAt: true } });
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
      const summary = { title: speech.title, date: speech.date, speaker: speech.speaker, meeting: speech.meeting, sourceFileName, characters: dto.text.length };
      await this.audit.record({ actorId: actor.id, action: 'speech.create', entityType: 'speech', entityId: speech.id, after: { ...summary, duplicateOf: earlier?.id ?? null } }, m);
      // The fingerprint is for the look-up only, like any column that is not selected.
      const shown: Partial<Speech> = { ...speech };
      delete shown.textFingerprint;
      return { ...shown, duplicateOf: earlier ? { id: earlier.id, title: earlier.title, date: earlier.date, createdAt: earlier.createdAt } : null } as Speech & { duplicateOf: SpeechDuplicate | null };
    });
  }

  /** An uploaded .txt/.docx: decoded, then stored like pasted text. */
  async upload(file: { buffer: Buffer; originalname: string; size: number }, fields: UploadSpeechFieldsDto, actor: AuthUser): Promise<Speech & { duplicateOf: SpeechDuplicate | null }> {
    let text: string;
    try {
      text = await decodeSpeechFile(file.buffer, file.originalname);
    } catch (error) {
      if (!(error instanceof UnreadableSpeechFileError)) throw error;
      if (error.reason === 'unsupported-type') throw new UnsupportedMediaTypeException(error.message);
      if (error.reason === 'too-large') throw new PayloadTooLargeException(error.message);
      throw new UnprocessableEntityException(error.message);
    }
    if (text.length > MAX_SPEECH_CHARS) throw new PayloadTooLargeException(`The text has ${text.length} characters; at most ${MAX_SPEECH_CHARS}`);
    const fileName = Buffer.from(file.originalname, 'latin1').toString('utf8');
    const title = fields.title?.trim() || extract({ text: text.slice(0, 5000), registry: [] }).title || fileName.replace(/\.[^.]+$/, '');
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
      speech.updatedAt = new Date();
      const saved = await m.save(speech);
      await this.audit.record({ actorId: actor.id, action: 'speech.update', entityType: 'speech', entityId: id, before, after: { title: saved.title, date: saved.date, speaker: saved.speaker, meeting: saved.meeting } }, m);
      return saved;
    });
  }

  async remove(id: string, actor: AuthUser): Promise<Speech> {
    return this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, undefined, 'speech');
      if (await m.existsBy(Item, { speechId: id, status: In(['published']) })) {
        throw new ConflictException('This speech has published items: cancel their assignments instead of deleting it');
      }
      await m.delete(Speech, { id });
      await this.audit.record({ actorId: actor.id, action: 'speech.delete', entityType: 'speech', entityId: id, before: { title: speech.title, date: speech.date } }, m);
      return speech;
    });
  }

  async extract(id: string, actor: AuthUser): Promise<ExtractionSummary> {
    return this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, undefined, 'speech');
      if (speech.status === 'published') {
        throw new ConflictException('Speech is published: its items are tracked through their assignments; extraction is allowed only before publishing');
      }
      const summary = await this.extraction.extractInto(m, speech, this.clock.today());
      await this.audit.record({ actorId: actor.id, action: 'speech.extract', entityType: 'speech', entityId: id, after: { ...summary } }, m);
      return summary;
    });
  }

  async publishPreview(id: string, actor: AuthUser): Promise<PublishPreview> {
    await this.get(id, actor);
    const drafts = await this.dataSource.getRepository(Item).find({ where: { speechId: id, status: 'draft' } });
    const plan = drafts.length ? await this.dataSource.getRepository(ItemOrganization).find({ where: { itemId: In(drafts.map((d) => d.id)) } }) : [];
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
  async publish(id: string, version: number | undefined, actor: AuthUser): Promise<{ items: number; assignments: number }> {
    return this.dataSource.transaction(async (m) => {
      const speech = await lockForUpdate(m, Speech, id, version, 'speech');
      const drafts = await m.find(Item, { where: { speechId: id, status: 'draft' }, order: { position: 'ASC' } });
      if (drafts.length === 0) {
        throw new ConflictException(`Speech is ${speech.status} and has no draft items to publish; run extraction or add items first`);
      }
      const assignments = await this.publisher.publish(m, drafts, actor);
      speech.status = 'published';
      speech.publishedAt = new Date();
      speech.publishedById = actor.id;
      await m.save(speech);
      const result = { items: drafts.filter((d) => d.kind !== 'section').length, assignments: assignments.length };
      await this.audit.record({ actorId: actor.id, action: 'speech.publish', entityType: 'speech', entityId: id, after: result }, m);
      return result;
    });
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

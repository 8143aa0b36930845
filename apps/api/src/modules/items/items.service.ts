import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CADENCES,
  ITEM_KINDS,
  ITEM_STATUSES,
  itemStatusParams,
  type AssignmentRole,
  type AssignmentState,
} from '@luoshi/common';
import { Assignment, Item, ItemOrganization, Organization, Speech } from '@luoshi/data';
import { DataSource, In, type EntityManager, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPage } from '../../core/rest/apply-list-query';
import { byDate, byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import { AppException } from '../../core/http/app.exception';
import { ClockService } from '../../core/time/clock.service';
import type { CreateItemDto, ItemOrganizationDto, UpdateItemDto } from './item.dto';
import { ItemPublisher, type Publication } from './item-publisher.service';
import { splitSpan } from './split-span.util';
import { ReviewJournal, type ReviewStep } from './review-journal.service';

export type ItemView = Omit<Item, 'speech' | 'parent'> & {
  organizations: Array<{ organizationId: string; role: AssignmentRole }>;
  /**
   * Every organization's assignment state on the item (e.g. the lead is 已办结), shown to all who
   * see the item; percentages, reports and files stay with each organization.
   */
  assignments: Array<{ organizationId: string; role: AssignmentRole; state: AssignmentState }>;
  /**
   * Mean percent of its assignments (a section: of its items); null before publishing. For an
   * organization user only its own organizations' assignments count: another's percent never shows.
   */
  progress: number | null;
};

@Injectable()
export class ItemsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Item) private readonly items: Repository<Item>,
    @InjectRepository(ItemOrganization) private readonly plan: Repository<ItemOrganization>,
    private readonly scope: OrganizationScopeService,
    private readonly audit: AuditService,
    private readonly publisher: ItemPublisher,
    private readonly journal: ReviewJournal,
    private readonly clock: ClockService,
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<ItemView>> {
    const page = await findPage(await this.scoped(user), query, {
      sortable: {
        position: 'i.position',
        title: 'i.title',
        dueDate: 'i.dueDate',
        kind: 'i.kind',
        status: 'i.status',
        createdAt: 'i.createdAt',
        spanStart: 'i.spanStart',
      },
      defaultSort: { field: 'position', order: 'ASC' },
      filters: {
        id: byUuid('i.id'),
        speechId: byUuid('i.speechId'),
        parentId: byUuid('i.parentId'),
        kind: byEnum(ITEM_KINDS, 'i.kind'),
        status: byEnum(ITEM_STATUSES, 'i.status'),
        cadence: byEnum(CADENCES, 'i.cadence'),
        dueDate_gte: byDate('i.dueDate', '>='),
        dueDate_lte: byDate('i.dueDate', '<='),
        organizationId: byUuid((qb, ids, p) =>
          qb.andWhere(
            `EXISTS (SELECT 1 FROM item_organizations io WHERE io.item_id = i.id AND io.organization_id IN (:...${p}))`,
            { [p]: ids },
          ),
        ),
      },
      search: ['i.title', 'i.text'],
    });
    return new Page(await this.toViews(page.data, user), page.total, page.start);
  }

  async get(id: string, user: AuthUser): Promise<ItemView> {
    const item = await (await this.scoped(user)).andWhere('i.id = :id', { id }).getOne();
    if (!item) throw new AppException(404, 'item.not_found');
    return (await this.toViews([item], user))[0] as ItemView;
  }

  /** A task by hand (e.g. a leader's written instruction), optionally assigned at once. */
  async create(dto: CreateItemDto, actor: AuthUser): Promise<ItemView> {
    let publication: Publication | null = null;
    const id = await this.dataSource.transaction(async (m) => {
      if (dto.speechId && !(await m.existsBy(Speech, { id: dto.speechId })))
        throw new AppException(400, 'item.speech_unknown', { field: 'speechId' });
      if (dto.parentId) await this.requireParent(m, dto.parentId, dto.speechId ?? null);
      if (dto.publish && dto.kind !== 'section' && dto.organizations.length === 0) {
        throw new AppException(400, 'item.publish_without_organization', {
          field: 'organizations',
          count: 1,
          titles: `「${dto.title.trim()}」`,
        });
      }
      const last = await m.getRepository(Item).maximum('position', dto.speechId ? { speechId: dto.speechId } : {});
      const item = await m.save(
        m.create(Item, {
          title: dto.title.trim(),
          text: dto.text,
          kind: dto.kind,
          dueDate: dto.dueDate ?? null,
          cadence: dto.cadence ?? null,
          speechId: dto.speechId ?? null,
          parentId: dto.parentId ?? null,
          status: 'draft',
          position: (last ?? 0) + 1,
        }),
      );
      await this.replacePlan(m, item.id, item.kind === 'section' ? [] : dto.organizations);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'item.create',
          entityType: 'item',
          entityId: item.id,
          after: { ...item, organizations: dto.organizations },
        },
        m,
      );
      if (dto.publish) {
        publication = await this.publisher.publish(m, [item], actor);
        await this.audit.record(
          { actorId: actor.id, action: 'item.publish', entityType: 'item', entityId: item.id },
          m,
        );
      }
      return item.id;
    });
    if (publication) await this.publisher.announce(publication);
    return this.get(id, actor);
  }

  async update(id: string, dto: UpdateItemDto, actor: AuthUser): Promise<ItemView> {
    await this.dataSource.transaction(async (m) => {
      const item = await lockForUpdate(m, Item, id, dto.version, 'item');
      this.requireDraft(item);
      await this.journal.record(m, item.speechId, 'edit', item.title, actor);
      const before = { ...item, organizations: await this.planOf(m, id) };
      if (dto.parentId && dto.parentId !== item.parentId) {
        if (dto.parentId === id) throw new AppException(400, 'item.parent_self', { field: 'parentId' });
        await this.requireParent(m, dto.parentId, item.speechId);
      }
      item.title = dto.title.trim();
      item.text = dto.text;
      item.kind = dto.kind;
      item.dueDate = dto.dueDate ?? null;
      item.cadence = dto.cadence ?? null;
      item.parentId = dto.parentId ?? null;
      // Bump the version even when only the plan changed: the record as a whole was edited.
      item.updatedAt = this.clock.now();
      const saved = await m.save(item);
      await this.replacePlan(m, id, saved.kind === 'section' ? [] : dto.organizations);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'item.update',
          entityType: 'item',
          entityId: id,
          before,
          after: { ...saved, organizations: dto.organizations },
        },
        m,
      );
    });
    return this.get(id, actor);
  }

  /**
   * Deletes a draft item and, unless `keepChildren`, the items below it; kept children move up to
   * the deleted item's parent, in its place.
   */
  async remove(id: string, actor: AuthUser, keepChildren = false): Promise<ItemView> {
    const view = await this.get(id, actor);
    await this.dataSource.transaction(async (m) => {
      const item = await lockForUpdate(m, Item, id, undefined, 'item');
      this.requireDraft(item);
      await this.journal.record(m, item.speechId, 'delete', item.title, actor);
      const children = keepChildren ? await m.find(Item, { where: { parentId: id }, select: { id: true } }) : [];
      if (children.length) await m.update(Item, { parentId: id }, { parentId: item.parentId });
      await m.delete(Item, { id });
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'item.delete',
          entityType: 'item',
          entityId: id,
          before: { ...view },
          after: keepChildren ? { keptChildren: children.map((c) => c.id) } : null,
        },
        m,
      );
    });
    return view;
  }

  /** The review actions of a speech that can still be undone, newest first. */
  async reviewSteps(speechId: string): Promise<ReviewStep[]> {
    await this.requireSpeech(speechId);
    return this.journal.steps(this.dataSource.manager, speechId);
  }

  /** Undoes the speech's latest review action (edit, delete, merge or split). */
  async undo(speechId: string, actor: AuthUser): Promise<ReviewStep> {
    await this.requireSpeech(speechId);
    return this.dataSource.transaction((m) => this.journal.undo(m, speechId, actor));
  }

  private async requireSpeech(speechId: string): Promise<void> {
    if (!(await this.dataSource.getRepository(Speech).existsBy({ id: speechId })))
      throw new AppException(404, 'item.speech_unknown', { field: 'speechId' });
  }

  /**
   * Merges draft items of one speech into the first (in reading order): texts joined, the span
   * covering all, organizations united (the first item's lead stays lead), the latest due date.
   */
  async merge(ids: string[], actor: AuthUser): Promise<ItemView> {
    const unique = [...new Set(ids)];
    if (unique.length < 2) throw new AppException(400, 'item.merge_too_few', { field: 'ids' });
    const keptId = await this.dataSource.transaction(async (m) => {
      const items = await m
        .getRepository(Item)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.id IN (:...ids)', { ids: unique })
        .getMany();
      if (items.length !== unique.length)
        throw new AppException(404, 'item.merge_missing', { field: 'ids', count: unique.length - items.length });
      items.forEach((i) => this.requireDraft(i));
      if (new Set(items.map((i) => i.speechId)).size > 1)
        throw new AppException(400, 'item.merge_other_speeches', { field: 'ids' });
      items.sort((a, b) => (a.spanStart ?? a.position) - (b.spanStart ?? b.position) || a.position - b.position);
      const [kept, ...rest] = items as [Item, ...Item[]];
      await this.journal.record(m, kept.speechId, 'merge', kept.title, actor);
      const before = items.map((i) => ({ ...i }));
      const plans = await m.find(ItemOrganization, { where: { itemId: In(unique) }, order: { position: 'ASC' } });
      const merged: ItemOrganizationDto[] = [];
      for (const item of items) {
        for (const p of plans.filter((x) => x.itemId === item.id)) {
          const existing = merged.find((x) => x.organizationId === p.organizationId);
          if (!existing)
            merged.push({
              organizationId: p.organizationId,
              role:
                item === kept
                  ? p.role
                  : p.role === 'lead' && !merged.some((x) => x.role === 'lead')
                    ? 'lead'
                    : 'support',
            });
        }
      }
      kept.text = items.map((i) => i.text).join('\n');
      const starts = items.map((i) => i.spanStart).filter((s): s is number => s !== null);
      const ends = items.map((i) => i.spanEnd).filter((s): s is number => s !== null);
      kept.spanStart = starts.length ? Math.min(...starts) : null;
      kept.spanEnd = ends.length ? Math.max(...ends) : null;
      const dues = items
        .map((i) => i.dueDate)
        .filter((d): d is string => d !== null)
        .sort();
      kept.dueDate = dues.at(-1) ?? null;
      kept.cadence = items.find((i) => i.cadence)?.cadence ?? null;
      kept.confidence = Math.min(...items.map((i) => i.confidence ?? 1));
      if (kept.kind === 'section' && rest.some((i) => i.kind !== 'section'))
        kept.kind = rest.find((i) => i.kind !== 'section')?.kind ?? kept.kind;
      await m.update(Item, { parentId: In(rest.map((i) => i.id)) }, { parentId: kept.id });
      await m.delete(Item, { id: In(rest.map((i) => i.id)) });
      const saved = await m.save(kept);
      await this.replacePlan(m, kept.id, saved.kind === 'section' ? [] : merged);
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'item.merge',
          entityType: 'item',
          entityId: kept.id,
          before: { items: before },
          after: { ...saved, organizations: merged },
        },
        m,
      );
      return kept.id;
    });
    return this.get(keptId, actor);
  }

  /** Splits a draft item at an offset of its text into two items with the same plan. */
  async split(id: string, at: number, actor: AuthUser): Promise<[ItemView, ItemView]> {
    const secondId = await this.dataSource.transaction(async (m) => {
      const item = await lockForUpdate(m, Item, id, undefined, 'item');
      this.requireDraft(item);
      if (at < item.text.length) await this.journal.record(m, item.speechId, 'split', item.title, actor);
      if (at >= item.text.length)
        throw new AppException(400, 'item.split_offset', {
          field: 'at',
          max: Math.max(item.text.length - 1, 0),
          length: item.text.length,
        });
      const before = { ...item };
      const speech = item.speechId ? await m.findOneBy(Speech, { id: item.speechId }) : null;
      const spans =
        speech && item.spanStart !== null && item.spanEnd !== null
          ? splitSpan(speech.rawText, item.spanStart, item.spanEnd, item.text, at)
          : null;
      const firstText = item.text.slice(0, at);
      const secondText = item.text.slice(at);
      // Later siblings move down one place to make room right after the original.
      if (item.speechId) {
        await m
          .createQueryBuilder()
          .update(Item)
          .set({ position: () => 'position + 1' })
          .where('speech_id = :s AND position > :p', { s: item.speechId, p: item.position })
          .execute();
      }
      item.text = firstText;
      item.spanEnd = spans ? spans.firstEnd : item.spanEnd;
      await m.save(item);
      const second = await m.save(
        m.create(Item, {
          speechId: item.speechId,
          parentId: item.parentId,
          kind: item.kind,
          title: titleFrom(secondText),
          text: secondText,
          spanStart: spans ? spans.secondStart : null,
          spanEnd: spans ? before.spanEnd : null,
          dueDate: item.dueDate,
          cadence: item.cadence,
          confidence: item.confidence,
          status: 'draft',
          position: item.position + 1,
        }),
      );
      await this.replacePlan(m, second.id, await this.planOf(m, id));
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'item.split',
          entityType: 'item',
          entityId: id,
          before,
          after: { first: { ...item }, second: { ...second } },
        },
        m,
      );
      return second.id;
    });
    return [await this.get(id, actor), await this.get(secondId, actor)];
  }

  private requireDraft(item: Item): void {
    if (item.status !== 'draft') {
      throw new AppException(409, 'item.not_draft', { title: item.title, ...itemStatusParams(item.status) });
    }
  }

  private async requireParent(m: EntityManager, parentId: string, speechId: string | null): Promise<void> {
    const parent = await m.findOneBy(Item, { id: parentId });
    if (!parent) throw new AppException(400, 'item.parent_unknown', { field: 'parentId' });
    if (parent.speechId !== speechId) throw new AppException(400, 'item.parent_other_speech', { field: 'parentId' });
  }

  private async planOf(m: EntityManager, itemId: string): Promise<ItemOrganizationDto[]> {
    const rows = await m.find(ItemOrganization, { where: { itemId }, order: { position: 'ASC' } });
    return rows.map((r) => ({ organizationId: r.organizationId, role: r.role }));
  }

  private async replacePlan(m: EntityManager, itemId: string, organizations: ItemOrganizationDto[]): Promise<void> {
    const ids = organizations.map((o) => o.organizationId);
    const twice = ids.find((id, index) => ids.indexOf(id) !== index);
    if (twice) {
      const named = await m.findOneBy(Organization, { id: twice });
      throw new AppException(400, 'item.organization_twice', {
        field: 'organizations',
        organization: named?.name ?? '',
      });
    }
    if (ids.length && (await m.countBy(Organization, { id: In(ids) })) !== ids.length) {
      throw new AppException(400, 'item.organization_unknown', { field: 'organizations' });
    }
    // Lead first, then support, each in the order given.
    const ordered = [
      ...organizations.filter((o) => o.role === 'lead'),
      ...organizations.filter((o) => o.role !== 'lead'),
    ];
    await m.delete(ItemOrganization, { itemId });
    if (ordered.length) {
      await m.insert(
        ItemOrganization,
        ordered.map((o, position) => ({ itemId, organizationId: o.organizationId, role: o.role, position })),
      );
    }
  }

  private async toViews(items: Item[], user: AuthUser): Promise<ItemView[]> {
    if (items.length === 0) return [];
    const ids = items.map((i) => i.id);
    const links = await this.plan.find({ where: { itemId: In(ids) }, order: { position: 'ASC' } });
    const states = await this.dataSource.getRepository(Assignment).find({
      where: { itemId: In(ids) },
      select: { itemId: true, organizationId: true, role: true, state: true },
      order: { role: 'ASC', createdAt: 'ASC' },
    });
    // null: every organization counts (supervisors, viewers); else only the user's own subtree.
    const visible = await this.scope.visibleOrganizationIds(user);
    const progressRows: Array<{ id: string; progress: string | null }> = await this.dataSource.query(
      `WITH own AS (
         SELECT a.item_id AS id, AVG(a.percent) AS p FROM assignments a
         WHERE a.state <> 'cancelled' AND a.item_id IN (SELECT id FROM items WHERE id = ANY($1) OR parent_id = ANY($1))
           AND ($2::uuid[] IS NULL OR a.organization_id = ANY($2::uuid[]))
         GROUP BY a.item_id
       )
       SELECT i.id, COALESCE((SELECT p FROM own WHERE own.id = i.id),
                             (SELECT AVG(own.p) FROM items c JOIN own ON own.id = c.id WHERE c.parent_id = i.id)) AS progress
       FROM items i WHERE i.id = ANY($1)`,
      [ids, visible],
    );
    const progress = new Map(
      progressRows.map((r) => [r.id, r.progress === null ? null : Math.round(Number(r.progress))]),
    );
    return items.map((item) => ({
      ...item,
      organizations: links
        .filter((l) => l.itemId === item.id)
        .map((l) => ({ organizationId: l.organizationId, role: l.role })),
      assignments: states
        .filter((a) => a.itemId === item.id)
        .map((a) => ({ organizationId: a.organizationId, role: a.role, state: a.state })),
      progress: progress.get(item.id) ?? null,
    }));
  }

  /** Organization users see the items assigned to them. */
  private async scoped(user: AuthUser): Promise<SelectQueryBuilder<Item>> {
    const qb = this.items.createQueryBuilder('i');
    const visible = await this.scope.visibleOrganizationIds(user);
    if (visible) {
      qb.andWhere('EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = i.id AND a.organization_id = ANY(:visible))', {
        visible,
      });
    }
    return qb;
  }
}

/** A short title from the start of a passage: its first clause, at most 30 characters. */
export function titleFrom(text: string): string {
  const body = text.replace(/^[\s\d一二三四五六七八九十（）().、，,：:]+/u, '').trim();
  const clause = body.split(/[。；;！!？?\n]/u)[0] ?? body;
  return (clause.length > 30 ? `${clause.slice(0, 30)}…` : clause) || '（无标题）';
}

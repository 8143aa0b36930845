import { Injectable } from '@nestjs/common';
import { Speech } from '@luoshi/data';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException } from '../../core/http/app.exception';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';

/** How many review actions per speech can be undone. */
export const UNDO_DEPTH = 20;

export const REVIEW_ACTIONS = ['edit', 'delete', 'merge', 'split'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** One undoable step, as the review screen lists it. */
export interface ReviewStep {
  seq: number;
  action: ReviewAction;
  /** The title of the item acted on, as it was before. */
  title: string;
  actorId: string | null;
  createdAt: Date;
}

/**
 * 审阅撤销: before a review action changes a speech's drafts, the speech's draft items and their
 * planned organizations are copied into `review_journal` in the same transaction. Undo puts the
 * latest copy back whole (same ids, so links and the speech's highlights still match) and drops
 * it. A whole-speech copy is simple and always consistent: a delete takes the children along, a
 * merge moves them, a split renumbers the siblings. Publishing ends undo.
 */
@Injectable()
export class ReviewJournal {
  constructor(private readonly audit: AuditService) {}

  /** Call inside the action's transaction, before it changes anything. */
  async record(
    m: EntityManager,
    speechId: string | null,
    action: ReviewAction,
    title: string,
    actor: AuthUser,
  ): Promise<void> {
    if (!speechId) return;
    await m.query(
      `INSERT INTO review_journal (speech_id, action, title, actor_id, items, plans)
       SELECT $1, $2, $3, $4,
         COALESCE((SELECT jsonb_agg(to_jsonb(i)) FROM items i WHERE i.speech_id = $1 AND i.status = 'draft'), '[]'::jsonb),
         COALESCE((SELECT jsonb_agg(to_jsonb(p)) FROM item_organizations p JOIN items i ON i.id = p.item_id
                   WHERE i.speech_id = $1 AND i.status = 'draft'), '[]'::jsonb)`,
      [speechId, action, title.slice(0, 300), actor.id],
    );
    await m.query(
      `DELETE FROM review_journal WHERE speech_id = $1 AND seq NOT IN
         (SELECT seq FROM review_journal WHERE speech_id = $1 ORDER BY seq DESC LIMIT ${UNDO_DEPTH})`,
      [speechId],
    );
  }

  async steps(m: EntityManager, speechId: string): Promise<ReviewStep[]> {
    const rows: Array<{ seq: string; action: ReviewAction; title: string; actor_id: string | null; created_at: Date }> =
      await m.query(
        `SELECT seq, action, title, actor_id, created_at FROM review_journal WHERE speech_id = $1 ORDER BY seq DESC`,
        [speechId],
      );
    return rows.map((r) => ({
      seq: Number(r.seq),
      action: r.action,
      title: r.title,
      actorId: r.actor_id,
      createdAt: r.created_at,
    }));
  }

  /** Restores the drafts as they were before the latest recorded action; returns that step. */
  async undo(m: EntityManager, speechId: string, actor: AuthUser): Promise<ReviewStep> {
    const speech = await lockForUpdate(m, Speech, speechId, undefined, 'speech');
    if (speech.status === 'published') throw new AppException(409, 'item.undo_published');
    const [step] = await this.steps(m, speechId);
    if (!step) throw new AppException(409, 'item.undo_nothing');
    // Versions only go up, so a client holding a record from before the undo sees a conflict.
    const versions: Array<{ id: string; version: number }> = await m.query(
      `SELECT id, version FROM items WHERE speech_id = $1`,
      [speechId],
    );
    const top = versions.reduce((max, v) => Math.max(max, v.version), 0);
    await m.query(`DELETE FROM items WHERE speech_id = $1 AND status = 'draft'`, [speechId]);
    await m.query(
      `INSERT INTO items SELECT (r).* FROM (
         SELECT jsonb_populate_record(NULL::items, e || jsonb_build_object('version', $3::int + 1, 'updated_at', now())) AS r
         FROM review_journal j, jsonb_array_elements(j.items) e WHERE j.seq = $1 AND j.speech_id = $2
       ) restored`,
      [step.seq, speechId, top],
    );
    await m.query(
      `INSERT INTO item_organizations SELECT (r).* FROM (
         SELECT jsonb_populate_record(NULL::item_organizations, e) AS r
         FROM review_journal j, jsonb_array_elements(j.plans) e WHERE j.seq = $1
       ) restored`,
      [step.seq],
    );
    await m.query(`DELETE FROM review_journal WHERE seq = $1`, [step.seq]);
    await this.audit.record(
      {
        actorId: actor.id,
        action: 'item.undo',
        entityType: 'speech',
        entityId: speechId,
        after: { undone: step.action, title: step.title, at: step.createdAt },
      },
      m,
    );
    return step;
  }
}

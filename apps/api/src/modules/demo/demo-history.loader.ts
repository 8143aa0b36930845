import { addDays, periodContaining, nextPeriod, zonedInstant, type Cadence } from '@luoshi/common';
import { Assignment, AuditEvent, ExtensionRequest, Item, ItemOrganization, Organization, ProgressReport, Speech, User } from '@luoshi/data';
import type { EntityManager } from 'typeorm';
import { HISTORY_INSTRUCTIONS, HISTORY_SPEECHES, historySpeechText, type DemoShare, type DemoTask } from './demo-history';

export interface HistoryContext {
  orgs: ReadonlyMap<string, Organization>;
  /** The first demo user of each organization (reports are theirs), by organization name. */
  orgUsers: ReadonlyMap<string, User>;
  supervisor: User | undefined;
  today: string;
  now: Date;
  zone: string;
}

const STAGES = ['已制定工作方案，明确责任分工和时间节点。', '已完成摸底调查，形成问题清单和台账。', '正按计划推进，阶段性任务基本完成。', '主体工作已完成，正在查漏补缺、完善资料。'];

/**
 * Loads the demo's months of history: each instant is computed from the clock's today (in the
 * office zone) and kept before now, so every timestamp the leaders' view reads (publication,
 * reports, returns, extensions, completion, withdrawal) tells one consistent story.
 */
export class DemoHistoryLoader {
  constructor(
    private readonly m: EntityManager,
    private readonly ctx: HistoryContext,
  ) {}

  /** An instant on the day `days` after `date` at `time` in the office zone, never after now. */
  private at(date: string, days: number, time: string): Date {
    const instant = zonedInstant(addDays(date, days), time, this.ctx.zone);
    return instant < this.ctx.now ? instant : new Date(this.ctx.now.getTime() - 60_000);
  }

  async load(): Promise<void> {
    for (const speech of HISTORY_SPEECHES) {
      const published = addDays(this.ctx.today, -speech.publishedDaysAgo);
      const date = addDays(published, -1);
      const text = historySpeechText(speech, date);
      const audience = [...new Set(speech.sections.flatMap((s) => s.tasks.flatMap((t) => t.shares.map((sh) => sh.org))))];
      const saved = await this.m.save(
        this.m.create(Speech, {
          title: speech.title,
          date,
          speaker: speech.speaker,
          meeting: speech.meeting,
          rawText: text,
          status: 'published',
          audienceIds: audience.map((n) => this.org(n).id),
          createdById: this.ctx.supervisor?.id ?? null,
          publishedById: this.ctx.supervisor?.id ?? null,
          publishedAt: this.at(published, 0, '10:00'),
        }),
      );
      let position = 0;
      for (const section of speech.sections) {
        const start = text.indexOf(`\n${section.heading}\n`) + 1;
        const end = start + section.heading.length;
        const parent = await this.m.save(
          this.m.create(Item, { speechId: saved.id, kind: 'section', title: section.heading.slice(2), text: section.heading, spanStart: start, spanEnd: end, status: 'published', position: position++ }),
        );
        for (const task of section.tasks) {
          const at = text.indexOf(task.text);
          const lineStart = text.lastIndexOf('\n', at) + 1;
          await this.task(task, published, { speechId: saved.id, parentId: parent.id, spanStart: lineStart, spanEnd: at + task.text.length, position: position++ });
        }
      }
    }
    for (const instruction of HISTORY_INSTRUCTIONS) {
      await this.task(instruction, addDays(this.ctx.today, -instruction.publishedDaysAgo), { speechId: null, parentId: null, spanStart: null, spanEnd: null, position: 0 });
    }
  }

  private org(name: string): Organization {
    const org = this.ctx.orgs.get(name);
    if (!org) throw new Error(`demo organization ${name} is missing`);
    return org;
  }

  private async task(task: DemoTask, published: string, place: { speechId: string | null; parentId: string | null; spanStart: number | null; spanEnd: number | null; position: number }): Promise<void> {
    const due = addDays(published, task.due);
    const item = await this.m.save(
      this.m.create(Item, { ...place, kind: 'directive', title: task.title, text: task.text, dueDate: due, cadence: task.cadence ?? null, confidence: 1, status: 'published' }),
    );
    for (const [index, share] of task.shares.entries()) {
      await this.m.save(this.m.create(ItemOrganization, { itemId: item.id, organizationId: this.org(share.org).id, role: share.role, position: index }));
      await this.share(task, share, item.id, published, due);
    }
  }

  private async share(task: DemoTask, share: DemoShare, itemId: string, published: string, originalDue: string): Promise<void> {
    const { today } = this.ctx;
    const org = this.org(share.org);
    const author = this.ctx.orgUsers.get(share.org)?.id ?? null;
    const supervisor = this.ctx.supervisor?.id ?? null;
    const due = share.extended ? addDays(originalDue, share.extended.by) : originalDue;
    const o = share.outcome;
    const completedDay = o.kind === 'completed' ? minDay(addDays(due, o.day), addDays(today, -1)) : null;
    const cancelledDay = o.kind === 'cancelled' ? addDays(published, o.day) : null;
    const state = o.kind === 'completed' ? 'completed' : o.kind === 'requested' ? 'completion_requested' : o.kind === 'cancelled' ? 'cancelled' : o.state;
    const finalPercent = o.kind === 'completed' || o.kind === 'requested' ? 100 : o.kind === 'open' ? o.percent : 0;
    const assignment = await this.m.save(
      this.m.create(Assignment, {
        itemId,
        organizationId: org.id,
        role: share.role,
        state,
        dueDate: due,
        cadence: task.cadence ?? null,
        percent: finalPercent,
        assignedById: supervisor,
        signedAt: state === 'assigned' || state === 'cancelled' ? null : this.at(published, 1, '09:30'),
        completedAt: completedDay ? this.at(completedDay, 0, '16:00') : null,
        completionSummary: o.kind === 'completed' || o.kind === 'requested' ? `${task.title}已全部完成，相关资料已归档备查。` : null,
        returnReason: share.returned?.reason ?? null,
        cancelReason: o.kind === 'cancelled' ? o.reason : null,
        cancelledAt: cancelledDay ? this.at(cancelledDay, 0, '11:00') : null,
        createdAt: this.at(published, 0, '10:00'),
      }),
    );
    if (share.extended) {
      await this.m.save(
        this.m.create(ExtensionRequest, {
          assignmentId: assignment.id,
          requestedById: author,
          currentDueDate: originalDue,
          newDueDate: due,
          reason: share.extended.reason,
          state: 'approved',
          decidedById: supervisor,
          decidedAt: this.at(published, share.extended.day, '11:00'),
          createdAt: this.at(published, share.extended.day - 2, '15:00'),
        }),
      );
    }
    if (share.returned) {
      await this.m.save(
        this.m.create(AuditEvent, {
          actorId: supervisor,
          action: 'assignment.return',
          entityType: 'assignment',
          entityId: assignment.id,
          before: { state: 'completion_requested' },
          after: { state: 'in_progress', returnReason: share.returned.reason },
          ip: null,
          createdAt: this.at(published, share.returned.day, '10:30'),
        }),
      );
    }
    if (o.kind === 'cancelled' || (o.kind === 'open' && o.state !== 'in_progress')) return;
    // Reports until it was done (or until they stopped), one per reporting period with a cadence.
    const last = completedDay ?? minDay(share.reportsStop ? addDays(today, -share.reportsStop) : today, today);
    const days = reportDays(published, last, task.cadence ?? null);
    for (const [i, day] of days.entries()) {
      const percent = Math.round(((i + 1) / (days.length + (completedDay ? 0 : 1))) * (finalPercent || 100) * (completedDay ? 0.9 : 1));
      const behind = day > due && !completedDay;
      await this.m.save(
        this.m.create(ProgressReport, {
          assignmentId: assignment.id,
          authorId: author,
          done: STAGES[Math.min(i, STAGES.length - 1)] ?? '',
          nextSteps: '按时间节点继续推进，确保按期完成。',
          problems: behind || i === days.length - 1 ? (task.problem ?? '') : '',
          helpNeeded: behind ? '请县委督查室协调相关部门加快办理。' : '',
          percent: Math.min(percent, o.kind === 'open' ? o.percent : 100),
          createdAt: this.at(day, 0, '15:00'),
        }),
      );
    }
  }
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** Report days from publication to `last`: two days into each reporting period, or every two weeks without a cadence. */
function reportDays(published: string, last: string, cadence: Cadence | null): string[] {
  const days: string[] = [];
  if (cadence) {
    for (let p = periodContaining(cadence, published); p.start <= last; p = nextPeriod(cadence, p)) {
      const day = maxDay(addDays(p.start, 2), addDays(published, 1));
      if (day <= last) days.push(day);
    }
    return days;
  }
  for (let day = addDays(published, 10); day <= last && days.length < 4; day = addDays(day, 14)) days.push(day);
  return days;
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

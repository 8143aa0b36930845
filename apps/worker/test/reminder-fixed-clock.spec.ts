import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { QueueName } from '@luoshi/common';
import { loadEnvironment } from '@luoshi/config';
import { waitUntil } from '@luoshi/testing';
import type { Queue } from 'bullmq';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ReminderContextService } from '../src/reminders/reminder-context.service';
import { WorkerModule } from '../src/worker.module';
import { seedOrganization } from './support/seed';

/*
 * The worker in this process with its clock fixed at a known instant (TEST_CLOCK_START, honoured
 * only under NODE_ENV=test): Saturday 14 Feb 2026, 08:59:50 in Shanghai (00:59:50Z). Every date and
 * instant below is written by hand from the State Council's 2026 calendar: 春节 holiday Sunday
 * 15 – Monday 23 Feb, 调休 working Saturdays 14 and 28 Feb. 09:00 Shanghai = 01:00Z.
 *
 * One assignment due Monday 2 Mar, default rule (7 and 1 days before, moved to the working day
 * before): 7 days before is Monday 23 Feb, a holiday, so the reminder goes out on the 调休 Saturday
 * 14 Feb; 1 day before is Sunday 1 Mar, so Saturday 28 Feb (调休) — not Friday 27 Feb.
 */
describe('reminders with the worker clock fixed at 2026-02-14 08:59:50 Asia/Shanghai', () => {
  let app: INestApplicationContext;
  let db: Client;
  let queue: Queue;
  let assignmentId: string;
  let userId: string;

  beforeAll(async () => {
    db = new Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    const seeded = await seedOrganization(db, { assignments: 1, dueDate: '2026-03-02', publishedAt: '2026-02-10T02:00:00Z' });
    assignmentId = seeded.assignmentIds[0] as string;
    userId = seeded.userIds[0] as string;
    const env = loadEnvironment({
      NODE_ENV: 'test',
      TEST_CLOCK_START: '2026-02-14T00:59:50Z',
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `luoshi-clock-${randomBytes(3).toString('hex')}`,
      REMINDER_SCAN_SECONDS: '1',
      LOG_LEVEL: 'silent',
    });
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
    await app.init();
    queue = app.get<Queue>(getQueueToken(QueueName.Reminders));
  }, 60_000);

  afterAll(async () => {
    await db?.query(`UPDATE assignments SET state = 'cancelled' WHERE id = $1`, [assignmentId]);
    await queue?.obliterate({ force: true });
    await app?.close();
    await db?.end();
  });

  it('sends the 7-day reminder at 09:00 on the 调休 Saturday 14 Feb, and plans the 1-day one for Saturday 28 Feb 09:00', async () => {
    const sent = async () =>
      (
        await db.query<{ kind: string; recipient_id: string; dedupe_key: string; scheduled_for: Date; body: string }>(
          `SELECT kind, recipient_id, dedupe_key, scheduled_for, body FROM notifications WHERE assignment_id = $1 AND channel = 'in_app'`,
          [assignmentId],
        )
      ).rows;
    await waitUntil(async () => (await sent()).length > 0, 'the 14 Feb reminder', 60_000);
    const rows = await sent();
    expect(rows.map((r) => [r.kind, r.recipient_id, r.dedupe_key, r.scheduled_for.toISOString()])).toEqual([
      ['due_soon', userId, `reminder/${assignmentId}/due_soon/2026-02-14/${userId}/in_app`, '2026-02-14T01:00:00.000Z'],
    ]);
    expect(rows[0]?.body).toContain('还有 16 天');

    // Nothing else within the hour; the assignment is looked at again when the next one is due.
    const next = await db.query<{ next_reminder_at: Date }>(`SELECT next_reminder_at FROM assignments WHERE id = $1`, [assignmentId]);
    expect(next.rows[0]?.next_reminder_at.toISOString()).toBe('2026-02-28T01:00:00.000Z');
  }, 90_000);

  it("plans a new organization's assignment with the users written just before it, not against a snapshot read before they existed", async () => {
    const context = app.get(ReminderContextService);
    await context.load();
    const s = await seedOrganization(db, { assignments: 1, dueDate: '2026-03-31', publishedAt: '2026-02-13T02:00:00Z' });
    try {
      // At once: the snapshot read a moment ago is stale the moment a user is added.
      expect((await context.load()).orgUsers.get(s.organizationId)).toEqual(s.userIds);
      // The scan plans it with its user: looked at again for the 7-day reminder (Tuesday 24 Mar,
      // 09:00 Shanghai), not at the end of the horizon as an assignment nobody is to be told about.
      const id = s.assignmentIds[0] as string;
      const next = async () =>
        (await db.query<{ next_reminder_at: Date }>(`SELECT next_reminder_at FROM assignments WHERE id = $1`, [id])).rows[0]?.next_reminder_at.toISOString();
      await waitUntil(async () => (await next()) !== '2026-02-13T02:00:00.000Z', 'the scan to plan it', 30_000);
      expect(await next()).toBe('2026-03-24T01:00:00.000Z');
    } finally {
      await db.query(`UPDATE assignments SET state = 'cancelled' WHERE id = ANY($1::uuid[])`, [s.assignmentIds]);
    }
  }, 60_000);
});

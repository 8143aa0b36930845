import { markRemindersForReplan } from '@luoshi/data';
import { waitUntil } from '@luoshi/testing';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFailed } from 'vitest';
import { buildWorker, startRedis, startWorker, type PrivateRedis, type WorkerProcess } from './support/processes';
import { countNotifications, seedOrganization, type SeededOrganization } from './support/seed';

/*
 * Real worker processes (the production bundle) on a private redis-server and the run's own
 * database. Time: each worker's clock starts just before 09:00 Shanghai on a chosen day
 * (TEST_CLOCK_START, honoured only under NODE_ENV=test), so reminders fire seconds later.
 * Instants below are written by hand: 09:00 in Shanghai is 01:00 UTC.
 */
describe('reminder delivery with real workers', () => {
  let redis: PrivateRedis;
  let db: Client;
  const workers: WorkerProcess[] = [];
  const prefix = `luoshi-rem-${randomBytes(3).toString('hex')}`;

  function worker(clockStart: string, extra: Record<string, string> = {}): WorkerProcess {
    const w = startWorker({
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: redis.url,
      QUEUE_PREFIX: prefix,
      TEST_CLOCK_START: clockStart,
      REMINDER_SCAN_SECONDS: '2',
      ...extra,
    });
    workers.push(w);
    // A failing scenario shows what its workers said.
    onTestFailed(() => console.error(`worker output:\n${w.output().slice(-4000)}`));
    return w;
  }

  /** Closes a scenario's assignments so later scenarios (later clocks) do not remind them as overdue. */
  async function close(ids: readonly string[]): Promise<void> {
    await db.query(`UPDATE assignments SET state = 'cancelled' WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async function stopAll(): Promise<void> {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  }

  /** The occurrence keys (`assignment/kind/date/recipient`) of these assignments in queued reminder batches. */
  async function queuedOccurrences(queue: Queue, assignmentIds: readonly string[]): Promise<string[]> {
    const ids = new Set(assignmentIds);
    const jobs = await queue.getJobs(['delayed', 'waiting'], 0, -1);
    return jobs
      .filter((j) => j.name === 'SendRemindersJob')
      .flatMap((j) => j.data.occurrences as Array<{ assignmentId: string; kind: string; date: string; recipientId: string }>)
      .filter((o) => ids.has(o.assignmentId))
      .map((o) => `${o.assignmentId}/${o.kind}/${o.date}/${o.recipientId}`);
  }

  beforeAll(async () => {
    buildWorker();
    redis = await startRedis();
    db = new Client({ connectionString: inject('databaseUrl') });
    await db.connect();
  }, 600_000);

  afterAll(async () => {
    await stopAll();
    await db?.end();
    await redis?.stop();
  });

  it('refuses to start on a Redis that may evict jobs, and says why', async () => {
    const lru = await startRedis('allkeys-lru');
    try {
      const w = startWorker({ DATABASE_URL: inject('databaseUrl'), REDIS_URL: lru.url, QUEUE_PREFIX: prefix });
      expect(await w.exited).not.toBe(0);
      expect(w.output()).toContain('maxmemory-policy is "allkeys-lru"');
      expect(w.output()).toContain('noeviction');
    } finally {
      await lru.stop();
    }
  }, 60_000);

  it('kill -9 while delivering 1,000 reminders, then a restart: every in-app reminder exactly once', async () => {
    // Due Friday 20 Nov: the 1-day reminder is Thursday 19 Nov 09:00 (01:00 UTC).
    const seeded = await seedOrganization(db, { assignments: 1000, dueDate: '2026-11-20', publishedAt: '2026-11-01T02:00:00Z' });
    // Small batches, one at a time: the 1,000 take many transactions, so the kill lands mid-way.
    const first = worker('2026-11-19T00:59:56Z', { REMINDER_BATCH_SIZE: '10', REMINDER_CONCURRENCY: '1' });
    await waitUntil(async () => (await countNotifications(db, seeded.assignmentIds, 'due_soon')).rows >= 150, 'deliveries to begin', 300_000);
    await first.kill9();
    const atKill = await countNotifications(db, seeded.assignmentIds, 'due_soon');
    expect(atKill.rows).toBeLessThan(1000); // killed in the middle, not after

    // The restarted worker's clock is a little later: what fell due meanwhile is still sent once.
    worker('2026-11-19T01:00:30Z');
    await waitUntil(
      async () => (await countNotifications(db, seeded.assignmentIds, 'due_soon')).delivered === 1000,
      'all 1,000 delivered after the restart',
      400_000,
    );
    expect(await countNotifications(db, seeded.assignmentIds, 'due_soon')).toEqual({ rows: 1000, keys: 1000, delivered: 1000 });
    const recipients = await db.query(`SELECT DISTINCT recipient_id FROM notifications WHERE assignment_id = ANY($1::uuid[])`, [seeded.assignmentIds]);
    expect(recipients.rows.map((r: { recipient_id: string }) => r.recipient_id)).toEqual(seeded.userIds);
    await stopAll();
    await close(seeded.assignmentIds);
  }, 900_000);

  it('FLUSHALL with 1,000 reminders pending, then the reconciler: all rescheduled, none twice', async () => {
    // Due Friday 27 Nov: 1-day reminder Thursday 26 Nov 09:00 = 01:00 UTC. The worker's clock starts
    // 120 s before: its boot, the seeding, the queueing, the FLUSHALL and the rescheduling must all
    // fit before the reminders fall due (once delivered they are no longer queued to count). With a
    // 45 s margin a loaded CI machine ran out of it once: the first reminders went out before the
    // last were queued.
    // Its own queue prefix: a job the killed worker of the previous scenario still holds the lock of
    // (the scan's, until BullMQ declares it stalled) must not hold this scenario's scan back.
    const own = `${prefix}-flush`;
    const queue = new Queue('reminders', { connection: new IORedis(redis.url, { maxRetriesPerRequest: null }), prefix: own });
    const client = new IORedis(redis.url);
    let seeded: SeededOrganization | null = null;
    try {
      // Seeded before the worker starts: its start-up reconcile queues them (the scan's pick-up of
      // rows written behind its back is not what this scenario is about).
      const s = await seedOrganization(db, { assignments: 1000, dueDate: '2026-11-27', publishedAt: '2026-11-01T02:00:00Z' });
      seeded = s;
      const w = worker('2026-11-26T00:58:00Z', { QUEUE_PREFIX: own });
      await waitUntil(async () => (await client.zscore(`${own}:workers:heartbeats`, `${hostname()}:${w.child.pid}`)) !== null, 'the worker up', 120_000);
      await waitUntil(async () => new Set(await queuedOccurrences(queue, s.assignmentIds)).size === 1000, '1,000 queued reminders', 45_000);
      expect((await countNotifications(db, s.assignmentIds, 'due_soon')).rows).toBe(0);
      await client.flushall();
      expect(await queuedOccurrences(queue, s.assignmentIds)).toEqual([]);
      // The running worker notices the lost schedulers and reconciles from the database.
      await waitUntil(async () => new Set(await queuedOccurrences(queue, s.assignmentIds)).size === 1000, 'the 1,000 rescheduled', 30_000);
      expect((await countNotifications(db, s.assignmentIds, 'due_soon')).rows).toBe(0);
      await waitUntil(async () => (await countNotifications(db, s.assignmentIds, 'due_soon')).delivered === 1000, 'the 1,000 reminders delivered after FLUSHALL', 240_000);
      // A second reconcile at a later start changes nothing.
      await stopAll();
      worker('2026-11-26T01:05:00Z', { QUEUE_PREFIX: own });
      await new Promise((r) => setTimeout(r, 8_000));
      expect(await countNotifications(db, s.assignmentIds, 'due_soon')).toEqual({ rows: 1000, keys: 1000, delivered: 1000 });
    } finally {
      await stopAll();
      await queue.close();
      await client.quit();
      if (seeded) await close(seeded.assignmentIds);
    }
  }, 900_000);

  it('two workers at once over 1,000 reminders: none twice', async () => {
    // Due Friday 4 Dec: 1-day reminder Thursday 3 Dec 09:00 = 01:00 UTC. Batches cut differently
    // (20 and 30 a job): each worker's start-up reconcile queues its own, so the same reminder sits
    // in two jobs that the two workers run at the same time. The clocks start 90 s before: both
    // reconciles must have queued every reminder before the first falls due (with 10 s, a slow boot
    // of the second worker let the first deliver and move the rows on before it read them; with
    // 60 s, two boots on a loaded machine once took longer than the wait).
    const seeded = await seedOrganization(db, { assignments: 1000, dueDate: '2026-12-04', publishedAt: '2026-11-01T02:00:00Z' });
    const queued = new Queue('reminders', { connection: new IORedis(redis.url, { maxRetriesPerRequest: null }), prefix });
    const a = worker('2026-12-03T00:58:30Z', { REMINDER_BATCH_SIZE: '20' });
    const b = worker('2026-12-03T00:58:30Z', { REMINDER_BATCH_SIZE: '30' });
    await waitUntil(async () => (await queuedOccurrences(queued, seeded.assignmentIds)).length === 2000, 'each reminder queued by both workers', 80_000);
    await queued.close();
    expect((await countNotifications(db, seeded.assignmentIds, 'due_soon')).rows).toBe(0);
    await waitUntil(async () => (await countNotifications(db, seeded.assignmentIds, 'due_soon')).delivered === 1000, '1,000 delivered by two workers', 400_000);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(await countNotifications(db, seeded.assignmentIds, 'due_soon')).toEqual({ rows: 1000, keys: 1000, delivered: 1000 });
    // Every reminder was fired twice (once in each worker's batching), stored once.
    const queue = new Queue('reminders', { connection: new IORedis(redis.url, { maxRetriesPerRequest: null }), prefix });
    const ids = new Set(seeded.assignmentIds);
    const fired = (await queue.getJobs(['completed'], 0, -1))
      .filter((j) => j.name === 'SendRemindersJob')
      .flatMap((j) => j.data.occurrences as Array<{ assignmentId: string }>)
      .filter((o) => ids.has(o.assignmentId)).length;
    await queue.close();
    expect(fired).toBeGreaterThanOrEqual(2000);
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
    await stopAll();
    await close(seeded.assignmentIds);
  }, 900_000);

  it('an extension moves a pending due-soon reminder; a completion and a cancel remove theirs', async () => {
    // Due Friday 11 Dec: 1-day reminder Thursday 10 Dec 09:00 (01:00 UTC); the clock starts at 00:30 UTC.
    const seeded = await seedOrganization(db, { assignments: 4, dueDate: '2026-12-11', publishedAt: '2026-11-01T02:00:00Z' });
    const [extended, completed, cancelled, untouched] = seeded.assignmentIds as [string, string, string, string];
    const user = seeded.userIds[0] as string;
    const queue = new Queue('reminders', { connection: new IORedis(redis.url, { maxRetriesPerRequest: null }), prefix });
    const queued = async (id: string, date: string) => (await queuedOccurrences(queue, [id])).includes(`${id}/due_soon/${date}/${user}`);
    try {
      worker('2026-12-10T00:30:00Z');
      await waitUntil(async () => new Set(await queuedOccurrences(queue, seeded.assignmentIds)).size === 4, 'four delayed reminders', 300_000);
      expect(await queued(extended, '2026-12-10')).toBe(true);

      // What the API does in the action's transaction, then after commit (see ReminderPlanningService).
      await db.query(`UPDATE assignments SET due_date = '2026-12-18' WHERE id = $1`, [extended]);
      await db.query(`UPDATE assignments SET state = 'completed', completed_at = now() WHERE id = $1`, [completed]);
      await db.query(`UPDATE assignments SET state = 'cancelled' WHERE id = $1`, [cancelled]);
      await markRemindersForReplan(
        { query: (sql: string, params: unknown[]) => db.query(sql, params).then((r) => r.rows) } as never,
        { assignmentIds: [extended, completed, cancelled] },
        new Date('2026-12-10T00:31:00Z'),
      );
      await queue.add('ReplanRemindersJob', { assignmentIds: [extended, completed, cancelled] }, { jobId: 'replan/test' });

      await waitUntil(async () => (await queuedOccurrences(queue, [extended, completed, cancelled])).length === 0, 'only the untouched one left', 30_000);
      expect(await queued(untouched, '2026-12-10')).toBe(true);
      // The extended one's next reminder: 7 days before 18 Dec = Friday 11 Dec, 09:00 Shanghai.
      const nextOf = async () =>
        ((await db.query(`SELECT next_reminder_at FROM assignments WHERE id = $1`, [extended])).rows[0] as { next_reminder_at: Date }).next_reminder_at.toISOString();
      await waitUntil(async () => (await nextOf()) === '2026-12-11T01:00:00.000Z', 'the re-planned next reminder', 30_000);

      // At 09:00 only the untouched assignment's reminder goes out. The queued jobs were delayed on
      // the first worker's clock (30 min ahead); drop them and let the restarted worker, whose clock
      // starts at 08:59:55, rebuild the window from the database.
      await stopAll();
      await queue.drain(true);
      worker('2026-12-10T00:59:55Z');
      await waitUntil(async () => (await countNotifications(db, [untouched], 'due_soon')).delivered === 1, 'the untouched reminder', 300_000);
      await new Promise((r) => setTimeout(r, 3_000));
      for (const id of [extended, completed, cancelled]) expect((await countNotifications(db, [id], 'due_soon')).rows).toBe(0);
    } finally {
      await stopAll();
      await queue.close();
    }
  }, 900_000);
});

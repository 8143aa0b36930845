import {
  addDays,
  calendarDate,
  chineseDaysCalendar,
  DEFAULT_REMINDER_RULE,
  planReminders,
  WorkingCalendar,
  type PlannedAssignment,
} from '@luoshi/common';
import { waitUntil } from '@luoshi/testing';
import { Queue, Worker, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { expect, inject, it, onTestFailed } from 'vitest';
import { buildWorker, startRedis, startWorker, type WorkerProcess } from '../test/support/processes';
import { seedOrganization } from '../test/support/seed';

/*
 * The reminder pipeline against raw BullMQ on the same private Redis, in one run:
 *  - raw: N no-op jobs added and processed (same concurrency as the worker), and N delayed no-op
 *    jobs due at one instant — the same burst the reminders are — with their lateness after it;
 *  - ours: N assignments (BENCH_ASSIGNMENTS, default 100,000) planned by the pure planner, queued
 *    by a real worker process, delivered in-app, lateness of each notification after its instant,
 *    and Redis memory with all N open — once with reminders far ahead (nothing in the window) and
 *    once with all of them queued for the next minutes.
 * REMINDER_CONCURRENCY and REMINDER_BATCH_SIZE are passed to the worker (its defaults otherwise);
 * the raw workers run at the same concurrency.
 */
const N = Number(process.env['BENCH_ASSIGNMENTS'] ?? 100_000);
const CONCURRENCY = Number(process.env['REMINDER_CONCURRENCY'] ?? 5);
const BATCH_SIZE = process.env['REMINDER_BATCH_SIZE'];

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** waitUntil, failing at once (with the worker's output) if the worker exits first. */
function whileRunning(worker: WorkerProcess, check: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const exited = worker.exited.then((code) => {
    throw new Error(`the worker exited (${code}) while waiting for ${what}:\n${worker.output().slice(-4000)}`);
  });
  return Promise.race([waitUntil(check, what, timeoutMs), exited]);
}

async function usedMemory(redis: IORedis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

it(`reminders: ${N} assignments`, { timeout: 3 * 3600_000 }, async () => {
  buildWorker();
  const redis = await startRedis();
  const client = new IORedis(redis.url, { maxRetriesPerRequest: null });
  const db = new Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  const rows: Array<[string, string]> = [];
  try {
    // --- raw BullMQ reference -------------------------------------------------------------
    const raw = new Queue('raw', { connection: client, prefix: 'bench' });
    let t = performance.now();
    for (let i = 0; i < N; i += 1000) {
      await raw.addBulk(Array.from({ length: Math.min(1000, N - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { removeOnComplete: true } })));
    }
    const rawAddRate = N / ((performance.now() - t) / 1000);
    let processed = 0;
    t = performance.now();
    const rawWorker = new Worker('raw', async () => undefined, { connection: new IORedis(redis.url, { maxRetriesPerRequest: null }), prefix: 'bench', concurrency: CONCURRENCY });
    rawWorker.on('completed', () => processed++);
    await waitUntil(async () => processed >= N, 'raw processing', 3600_000);
    const rawProcessRate = N / ((performance.now() - t) / 1000);
    const lateness: number[] = [];
    const delayedQueue = new Queue('rawdelayed', { connection: client, prefix: 'bench' });
    const delayedWorker = new Worker(
      'rawdelayed',
      async (job: Job) => {
        lateness.push(Date.now() - (job.timestamp + (job.opts.delay ?? 0)));
      },
      { connection: new IORedis(redis.url, { maxRetriesPerRequest: null }), prefix: 'bench', concurrency: CONCURRENCY },
    );
    // One instant for all N, late enough that every job is added before it.
    const fireAt = Date.now() + 5_000 + Math.ceil((2 * N * 1000) / rawAddRate);
    for (let i = 0; i < N; i += 1000) {
      await delayedQueue.addBulk(
        Array.from({ length: Math.min(1000, N - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { delay: fireAt - Date.now(), removeOnComplete: true } })),
      );
    }
    if (Date.now() > fireAt) throw new Error('the raw delayed jobs were not all added before their instant');
    await waitUntil(async () => lateness.length >= N, 'raw delayed jobs', 3600_000);
    await Promise.all([rawWorker.close(), delayedWorker.close(), raw.close(), delayedQueue.close()]);
    const rawLate = [...lateness].sort((a, b) => a - b);
    await client.flushall();

    // --- the pure planner ----------------------------------------------------------------
    const calendar = new WorkingCalendar(chineseDaysCalendar());
    const publishedAt = new Date('2026-11-01T02:00:00Z');
    t = performance.now();
    let occurrences = 0;
    for (let i = 0; i < N; i++) {
      const a: PlannedAssignment = { id: `a${i}`, state: 'in_progress', dueDate: addDays('2026-11-10', i % 90), cadence: i % 3 ? null : 'monthly', publishedAt, reportDates: [] };
      occurrences += planReminders({
        assignment: a,
        rule: DEFAULT_REMINDER_RULE,
        calendar,
        recipients: { reminders: ['u1', 'u2'], escalations: ['s1'] },
        plannedAt: publishedAt,
        from: '2026-11-01',
        until: '2027-01-01',
      }).length;
    }
    const planRate = N / ((performance.now() - t) / 1000);

    // --- ours: N open assignments on the real clock, first far ahead, then all firing in minutes ---
    const zone = 'Asia/Shanghai';
    const today = calendarDate(new Date(), zone);
    const orgs = Math.max(1, Math.ceil(N / 1000));
    const ids: string[] = [];
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    for (let o = 0; o < orgs; o++) {
      const seeded = await seedOrganization(db, { assignments: Math.min(1000, N - o * 1000), dueDate: addDays(today, 150), publishedAt: yesterday });
      ids.push(...seeded.assignmentIds);
    }
    const env = {
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: redis.url,
      QUEUE_PREFIX: 'luoshi',
      REMINDER_SCAN_SECONDS: '5',
      LOG_LEVEL: 'warn',
      REMINDER_CONCURRENCY: String(CONCURRENCY),
      ...(BATCH_SIZE ? { REMINDER_BATCH_SIZE: BATCH_SIZE } : {}),
    };
    const queue = new Queue('reminders', { connection: client, prefix: 'luoshi' });
    // Far ahead (due in 150 days): the reconcile queues nothing, Redis holds only the schedulers.
    t = performance.now();
    let w = startWorker(env);
    await whileRunning(
      w,
      async () => Number((await db.query(`SELECT count(*) AS n FROM assignments WHERE next_reminder_at > now() + interval '30 days'`)).rows[0].n) >= N,
      'the far plan',
      3600_000,
    );
    const farSeconds = (performance.now() - t) / 1000;
    const memoryFar = await usedMemory(client);
    await w.stop();

    // Near: due tomorrow, the default rule's send time a few minutes ahead, and today made a working
    // day in the admin calendar, so that every 1-day reminder fires at that one instant today.
    await client.flushall();
    const leadMs = Number(process.env['BENCH_LEAD_SECONDS'] ?? 600) * 1000;
    const fire = new Date(Math.ceil((Date.now() + leadMs) / 60_000) * 60_000);
    const fireDate = calendarDate(fire, zone);
    const sendTime = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(fire);
    await db.query(`INSERT INTO calendar_days (date, working, name) VALUES ($1, true, 'bench') ON CONFLICT (date) DO UPDATE SET working = true`, [fireDate]);
    await db.query(`UPDATE reminder_rules SET send_time = $1 WHERE organization_id IS NULL AND speech_id IS NULL`, [sendTime]);
    await db.query(`UPDATE assignments SET due_date = $2::date, next_reminder_at = now(), reminders_planned_at = NULL WHERE id = ANY($1::uuid[])`, [ids, addDays(fireDate, 1)]);
    const started = Date.now();
    w = startWorker(env);
    const near = w;
    onTestFailed(() => console.error(`worker output:\n${near.output().slice(-4000)}`));
    // Queued: the scan records each assignment's next look (the day after the due date) after adding its batch.
    await whileRunning(
      w,
      async () => Number((await db.query(`SELECT count(*) AS n FROM assignments WHERE next_reminder_at > $1`, [fire])).rows[0].n) >= N,
      `${N} reminders queued`,
      leadMs,
    );
    const queueSeconds = (Date.now() - started) / 1000;
    const memoryNear = await usedMemory(client);
    const reminderJobs = (await queue.getJobs(['delayed'], 0, -1)).filter((j) => j.name === 'SendRemindersJob').length;
    await whileRunning(
      w,
      async () => Number((await db.query(`SELECT count(delivered_at) AS n FROM notifications WHERE kind = 'due_soon'`)).rows[0].n) >= N,
      'delivery',
      3 * 3600_000,
    );
    // Lateness until it is in the inbox (delivered_at), from the first stored to the last delivered.
    const stats = (
      await db.query(`SELECT extract(epoch FROM max(delivered_at) - min(created_at)) AS span,
                             array_agg(extract(epoch FROM delivered_at - scheduled_for) * 1000 ORDER BY delivered_at - scheduled_for) AS late
                        FROM notifications WHERE kind = 'due_soon'`)
    ).rows[0] as { span: number; late: number[] };
    await w.stop();
    await queue.close();
    const deliveryRate = N / Number(stats.span);
    const late = stats.late.map(Number);

    rows.push(
      ['assignments', String(N)],
      ['planner: assignments planned / s (pure, 2 months of reminders each)', `${planRate.toFixed(0)} (${occurrences} occurrences)`],
      ['worker concurrency / reminder batch size', `${CONCURRENCY} / ${BATCH_SIZE ?? 'default'}`],
      ['worker: plan all N months ahead, nothing queued (s, includes boot)', farSeconds.toFixed(1)],
      ['worker: plan + queue all N into Redis (s, includes boot)', `${queueSeconds.toFixed(1)} (${reminderJobs} batch jobs)`],
      ['worker: delivered in-app / s (re-check + store + deliver, one transaction per batch)', deliveryRate.toFixed(1)],
      ['raw BullMQ: no-op add / s', rawAddRate.toFixed(0)],
      [`raw BullMQ: no-op process / s (concurrency ${CONCURRENCY})`, rawProcessRate.toFixed(0)],
      ['ratio delivered / raw process (goal ≥ 0.5)', (deliveryRate / rawProcessRate).toFixed(2)],
      ['lateness after instant until in the inbox, ours p50 / p99 / max (ms)', `${pct(late, 50).toFixed(0)} / ${pct(late, 99).toFixed(0)} / ${pct(late, 100).toFixed(0)}`],
      [`lateness raw delayed, ${N} no-op jobs due at one instant, p50 / p99 / max (ms)`, `${pct(rawLate, 50)} / ${pct(rawLate, 99)} / ${pct(rawLate, 100)}`],
      ['ratio p99 ours / raw (goal ≤ 1.5)', (pct(late, 99) / pct(rawLate, 99)).toFixed(2)],
      ['Redis used_memory, N open, reminders months ahead (MB)', (memoryFar / 1e6).toFixed(1)],
      ['Redis used_memory, N open, all N firing within the window (MB)', (memoryNear / 1e6).toFixed(1)],
    );
    const width = Math.max(...rows.map((r) => r[0].length));
    console.log(`\n${rows.map(([k, v]) => `| ${k.padEnd(width)} | ${v} |`).join('\n')}\n`);
    expect(late.length).toBeGreaterThanOrEqual(N);
  } finally {
    await db.end();
    await client.quit();
    await redis.stop();
  }
});

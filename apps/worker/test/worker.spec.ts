import { getQueueToken } from '@nestjs/bullmq';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName } from '@luoshi/common';
import { loadEnvironment } from '@luoshi/config';
import { Notification, User } from '@luoshi/data';
import { waitUntil } from '@luoshi/testing';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WorkerModule } from '../src/worker.module';

describe('worker', () => {
  let app: INestApplicationContext;
  let dataSource: DataSource;
  let queue: Queue;

  beforeAll(async () => {
    const env = loadEnvironment({
      CHANNEL_PRIVATE_HOSTS: 'allow', // the fake robots listen on 127.0.0.1
      NODE_ENV: 'test',
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: inject('queuePrefix'),
      LOG_LEVEL: 'silent',
    });
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
    await app.init();
    dataSource = app.get(DataSource);
    queue = app.get<Queue>(getQueueToken(QueueName.Reminders));
  });

  afterAll(async () => {
    await queue?.obliterate({ force: true });
    await app?.close();
  });

  it('connects to Redis and PostgreSQL and consumes the reminders queue', async () => {
    const user = await dataSource.getRepository(User).save({ username: 'worker-test', displayName: '测试', role: 'viewer', passwordHash: 'x' });
    const notification = await dataSource.getRepository(Notification).save({
      recipientId: user.id,
      kind: 'urge',
      channel: 'in_app',
      title: '请尽快办理',
      dedupeKey: `urge/${user.id}/1`,
    });
    // Deterministic job id: adding the same delivery twice runs it once.
    const jobId = `deliver/${notification.id}`;
    await queue.add(JobName.DeliverNotification, { notificationId: notification.id }, { ...DEFAULT_JOB_OPTIONS, jobId });
    await queue.add(JobName.DeliverNotification, { notificationId: notification.id }, { ...DEFAULT_JOB_OPTIONS, jobId });

    await waitUntil(async () => (await queue.getJob(jobId))?.returnvalue === 'success', 'the delivery job');
    const delivered = await dataSource.getRepository(Notification).findOneByOrFail({ id: notification.id });
    expect(delivered.deliveredAt).toBeInstanceOf(Date);
    const completed = (await queue.getJobs(['completed'])).filter((j) => j.name === JobName.DeliverNotification);
    expect(completed.map((j) => j.id)).toEqual([jobId]);
    expect(await queue.getJobCounts('failed')).toEqual({ failed: 0 });

    // Delivering again (a retry after a crash) changes nothing.
    await queue.add(JobName.DeliverNotification, { notificationId: notification.id }, { jobId: `${jobId}/again` });
    await waitUntil(async () => (await queue.getJob(`${jobId}/again`))?.returnvalue === 'skipped', 'the repeated job');
    const after = await dataSource.getRepository(Notification).findOneByOrFail({ id: notification.id });
    expect(after.deliveredAt?.getTime()).toBe(delivered.deliveredAt?.getTime());
  });

  it('writes its heartbeat to Redis: this process, scored with the current time', async () => {
    const redis = new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    try {
      const score = await redis.zscore(`${inject('queuePrefix')}:workers:heartbeats`, `${hostname()}:${process.pid}`);
      expect(score).not.toBeNull();
      expect(Math.abs(Date.now() - Number(score))).toBeLessThan(10_000);
    } finally {
      await redis.quit();
    }
  });
});

import { describe, expect, it } from 'vitest';
import {
  DEFAULT_JOB_OPTIONS,
  DELIVERIES_QUEUE,
  JobName,
  REMINDER_JOB_OPTIONS,
  REMINDER_QUEUE_JOBS,
  deliveryJobId,
  deliveryJobOptions,
  workerHeartbeatKey,
} from '../queues.constant';

// The worker and the API share these names and ids through Redis: a changed string strands jobs
// already queued, so the values are written out here.
const DAY = 86_400;

describe('queue names and job ids', () => {
  it('the reminders queue carries exactly its five jobs', () => {
    expect([...REMINDER_QUEUE_JOBS]).toEqual([
      'DeliverNotificationJob',
      'ScheduleRemindersJob',
      'ReconcileRemindersJob',
      'SendRemindersJob',
      'ReplanRemindersJob',
    ]);
    expect(REMINDER_QUEUE_JOBS).toContain(JobName.SendReminders);
    expect(DELIVERIES_QUEUE).toBe('deliveries');
  });

  it('a delivery job id is deterministic, and a retry gets its own', () => {
    expect(deliveryJobId('d-1')).toBe('delivery/d-1');
    expect(deliveryJobId('d-1', 0)).toBe('delivery/d-1');
    expect(deliveryJobId('d-1', 2)).toBe('delivery/d-1/retry/2');
  });

  it('the heartbeat sorted set lives under the queue prefix', () => {
    expect(workerHeartbeatKey('luoshi')).toBe('luoshi:workers:heartbeats');
    expect(workerHeartbeatKey('t42')).toBe('t42:workers:heartbeats');
  });
});

describe('job retention and retries', () => {
  it('ordinary jobs: 5 tries from 5 s, kept a week when done (10 000 at most) and 30 days when failed', () => {
    expect(DEFAULT_JOB_OPTIONS).toEqual({
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: { age: 604_800, count: 10_000 },
      removeOnFail: { age: 2_592_000 },
    });
    expect(DEFAULT_JOB_OPTIONS.removeOnComplete.age).toBe(7 * DAY);
  });

  it('reminder occurrences: kept an hour when done (2 000 at most) and a week when failed', () => {
    expect(REMINDER_JOB_OPTIONS).toEqual({
      attempts: 5,
      backoff: { type: 'exponential', delay: 5000 },
      removeOnComplete: { age: 3600, count: 2000 },
      removeOnFail: { age: 604_800 },
    });
  });

  it('external deliveries take their tries and back-off from the settings', () => {
    expect(deliveryJobOptions(3, 1500)).toEqual({
      attempts: 3,
      backoff: { type: 'exponential', delay: 1500 },
      removeOnComplete: { age: 604_800, count: 10_000 },
      removeOnFail: { age: 2_592_000 },
    });
  });
});

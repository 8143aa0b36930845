/** Every BullMQ queue, by name. The worker consumes them; the API only enqueues. */
export enum QueueName {
  Reminders = 'reminders',
}

/** Job names: each is the name of the one worker class that handles it. */
export enum JobName {
  DeliverNotification = 'DeliverNotificationJob',
}

/** Payload of DeliverNotificationJob: deliver one stored notification. */
export interface DeliverNotificationJobData {
  notificationId: string;
}

/** Retries with back-off: a delivery that fails (SMTP down, webhook 500) is tried again. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 5_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/**
 * Worker liveness: each worker process scores itself (`host:pid`) with the time in this Redis
 * sorted set every interval; the API's health counts members beaten within the window.
 */
export const WORKER_HEARTBEAT = { intervalMs: 5_000, aliveWithinMs: 15_000, forgetAfterMs: 60 * 60_000 } as const;

export function workerHeartbeatKey(queuePrefix: string): string {
  return `${queuePrefix}:workers:heartbeats`;
}

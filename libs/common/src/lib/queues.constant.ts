import type { ReminderKind } from './reminders/reminder-planner';

/** Every BullMQ queue, by name. The worker consumes them; the API only enqueues. */
export enum QueueName {
  Reminders = 'reminders',
}

/** Job names: each is the name of the one worker class that handles it. */
export enum JobName {
  DeliverNotification = 'DeliverNotificationJob',
  // Reminder scheduling (the planning core): the database decides, these jobs carry it out.
  ScheduleReminders = 'ScheduleRemindersJob',
  ReconcileReminders = 'ReconcileRemindersJob',
  SendReminders = 'SendRemindersJob',
  ReplanReminders = 'ReplanRemindersJob',
}

/** The jobs of the reminders queue (its processor checks at start-up that each has a handler). */
export const REMINDER_QUEUE_JOBS: readonly JobName[] = [
  JobName.DeliverNotification,
  JobName.ScheduleReminders,
  JobName.ReconcileReminders,
  JobName.SendReminders,
  JobName.ReplanReminders,
];

/** Payload of DeliverNotificationJob: deliver one stored notification. */
export interface DeliverNotificationJobData {
  notificationId: string;
}

/** One reminder occurrence to fire; its key (`reminderOccurrenceKey`) is `${assignmentId}/${kind}/${date}/${recipientId}`. */
export interface ReminderOccurrenceRef {
  assignmentId: string;
  kind: ReminderKind;
  date: string;
  recipientId: string;
}

/**
 * Payload of SendRemindersJob: occurrences that fire at the same instant (at most
 * REMINDER_BATCH_SIZE), re-checked and stored together; the job id is derived from the instant
 * and the occurrences' keys, so planning the same batch twice adds it once.
 */
export interface SendRemindersJobData {
  occurrences: ReminderOccurrenceRef[];
}

/** Payload of ReplanRemindersJob: drop these assignments' queued reminders and plan them again. */
export interface ReplanRemindersJobData {
  assignmentIds: string[];
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

/**
 * Reminder occurrence jobs: kept briefly once done, so Redis holds what fires soon and little
 * else (a re-added id after removal is harmless: the notification's unique key sends it once).
 */
export const REMINDER_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential' as const, delay: 5_000 },
  removeOnComplete: { age: 3600, count: 2_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
// --- External deliveries (e-mail, group robots, webhooks) ---

/** The deliveries queue: one job per row of the `deliveries` table. */
export const DELIVERIES_QUEUE = 'deliveries';

/** Job names of the deliveries queue, each the name of the one worker class that handles it. */
export enum DeliveryJobName {
  SendDelivery = 'SendDeliveryJob',
}

/** Payload of SendDeliveryJob: send (or retry) one stored delivery. */
export interface SendDeliveryJobData {
  deliveryId: string;
}

/** Deterministic id: enqueueing a pending delivery twice (a sweep after a crash) runs it once. */
export function deliveryJobId(deliveryId: string, retry = 0): string {
  return retry ? `delivery/${deliveryId}/retry/${retry}` : `delivery/${deliveryId}`;
}

/** Retries of an external delivery: `attempts` tries, waits doubling from `backoffMs`; then it is failed. */
export function deliveryJobOptions(attempts: number, backoffMs: number) {
  return {
    attempts,
    backoff: { type: 'exponential' as const, delay: backoffMs },
    removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  };
}

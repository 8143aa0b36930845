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

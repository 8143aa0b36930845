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

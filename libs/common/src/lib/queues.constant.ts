/** Every BullMQ queue, by name. The worker consumes them; the API only enqueues. */
export enum QueueName {
  Reminders = 'reminders',
}

/** Payload of DeliverNotificationJob: deliver one stored notification. */
export interface DeliverNotificationJobData {
  notificationId: string;
}

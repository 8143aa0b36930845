export const NOTIFICATION_KINDS = [
  'assigned',
  'due_soon',
  'overdue',
  'escalation',
  'report_due',
  'report_missed',
  'request',
  'review_decision',
  'extension_decision',
  'urge',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['in_app', 'email', 'webhook'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const EXTENSION_REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;
export type ExtensionRequestState = (typeof EXTENSION_REQUEST_STATES)[number];

/**
 * How a notification leaves the building. Reminders wait for the day's digest (one e-mail per
 * recipient and one robot message per group per day, grouped by section); events go out at once.
 * Typed over every kind, so a new kind does not compile until it is classified here.
 */
export type DigestSection = 'overdue' | 'due_soon' | 'report_due';
export type NotificationDelivery = { mode: 'digest'; section: DigestSection } | { mode: 'immediate' };

export const NOTIFICATION_KIND_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  due_soon: { mode: 'digest', section: 'due_soon' },
  overdue: { mode: 'digest', section: 'overdue' },
  escalation: { mode: 'digest', section: 'overdue' },
  report_due: { mode: 'digest', section: 'report_due' },
  report_missed: { mode: 'digest', section: 'report_due' },
  assigned: { mode: 'immediate' },
  request: { mode: 'immediate' },
  review_decision: { mode: 'immediate' },
  extension_decision: { mode: 'immediate' },
  urge: { mode: 'immediate' },
};

/** Sections of a digest, most urgent first. */
export const DIGEST_SECTIONS: readonly DigestSection[] = ['overdue', 'due_soon', 'report_due'];

/** Kinds that reach the recipient's e-mail even when they have turned e-mail off. */
export const MANDATORY_EMAIL_KINDS: readonly NotificationKind[] = ['escalation'];

/** External channels: e-mail to a person, or a group robot / webhook configured per organization. */
export const DELIVERY_CHANNELS = ['email', 'dingtalk', 'wecom', 'feishu', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/** The group channels an organization can configure (`notification-channels`). */
export const GROUP_CHANNEL_KINDS = ['dingtalk', 'wecom', 'feishu', 'webhook'] as const;
export type GroupChannelKind = (typeof GROUP_CHANNEL_KINDS)[number];

export const DELIVERY_STATES = ['pending', 'sent', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * What one notification is about, whoever receives it: its dedupe key without the recipient's id.
 * Dedupe keys name the recipient as one `/`-separated segment (`urge/<event>/<recipient>/in_app`),
 * so the handler's and the org admin's copies of one reminder post to a group robot once.
 */
export function notificationOccurrenceKey(dedupeKey: string, recipientId: string): string {
  return dedupeKey
    .split('/')
    .filter((segment) => segment !== recipientId)
    .join('/');
}

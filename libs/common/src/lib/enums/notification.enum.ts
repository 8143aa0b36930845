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

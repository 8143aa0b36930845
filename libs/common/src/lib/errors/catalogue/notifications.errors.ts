import type { ErrorEntry } from '../error-entry.type';

/** The in-app inbox. */
export const NOTIFICATION_ERRORS = {
  'notifications.not_found': { zh: '找不到这条通知。', en: 'No such notification.' },
} as const satisfies Record<string, ErrorEntry>;

import type { ErrorCode, ErrorParams } from '@luoshi/common';

/** A refusal in the catalogue's terms: what the caller reads instead of PostgreSQL's English detail. */
export interface ConstraintError {
  code: ErrorCode;
  params: ErrorParams;
}

/**
 * Unique keys whose refusal has a code of its own: the one the service answers when it finds the
 * clash first, so that a request losing a race to an identical one reads the same.
 */
const UNIQUE_KEY_ERRORS: Readonly<Record<string, (value: string) => ConstraintError>> = {
  scoring_schemes_name_key: (name) => ({ code: 'scoring.scheme_name_taken', params: { name } }),
  calendar_days_date_key: (date) => ({ code: 'reminders.calendar_day_exists', params: { date } }),
};

/** The request field a unique key on an expression stands for. */
const UNIQUE_KEY_FIELDS: Readonly<Record<string, string>> = { users_username_key: 'username' };

/** The record a table holds, as RECORD_RESOURCES names it. */
const TABLE_RESOURCES: Readonly<Record<string, string>> = {
  assignments: 'assignment',
  attachments: 'attachment',
  audit_events: 'audit event',
  bulletins: 'bulletin',
  calendar_days: 'calendar day',
  deliveries: 'delivery',
  extension_requests: 'extension request',
  item_organizations: 'item',
  items: 'item',
  notification_channels: 'notification channel',
  notifications: 'notification',
  organizations: 'organization',
  progress_reports: 'report',
  reminder_rules: 'reminder rule',
  scoring_schemes: 'scoring scheme',
  speeches: 'speech',
  users: 'user',
};

const UNIQUE_DETAIL = /^Key \((.*?)\)=\((.*)\) already exists\.$/s;
const REFERENCED_DETAIL = /is still referenced from table "([^"]+)"/;
const MISSING_DETAIL = /^Key \(([a-z_]+)\)=\(.*\) is not present in table/s;

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** 23505: which field already has this value, as the request names it, or the code of its own. */
export function uniqueViolation(constraint: string | undefined, detail: string | undefined): ConstraintError {
  const [, columns = '', value = ''] = UNIQUE_DETAIL.exec(detail ?? '') ?? [];
  const specific = constraint ? UNIQUE_KEY_ERRORS[constraint] : undefined;
  if (specific) return specific(value);
  const plain = /^[a-z_]+(, [a-z_]+)*$/.test(columns);
  const field = (constraint && UNIQUE_KEY_FIELDS[constraint]) ?? (plain ? columns.split(', ').map(camelCase).join(', ') : 'record');
  return { code: 'record.duplicate', params: { field, value } };
}

/**
 * 23503: on a delete, the kind of record that still points at this one; on a write, the field
 * whose record is gone (deleted while the request was under way).
 */
export function foreignKeyViolation(detail: string | undefined): ConstraintError & { status: 400 | 409 } {
  const missing = MISSING_DETAIL.exec(detail ?? '')?.[1];
  if (missing) return { status: 400, code: 'validation.field_invalid', params: { field: camelCase(missing), reason: 'noSuchRecord' } };
  const table = REFERENCED_DETAIL.exec(detail ?? '')?.[1] ?? '';
  return { status: 409, code: 'record.still_referenced', params: { resource: TABLE_RESOURCES[table] ?? 'record' } };
}

import { AUTH_ERRORS } from './catalogue/auth.errors';
import { FILE_ERRORS } from './catalogue/file.errors';
import { PDF_ERRORS } from './catalogue/pdf.errors';
import { CHANNELS_ERRORS } from './catalogue/channels.errors';
import { HTTP_ERRORS } from './catalogue/http.errors';
import { LIST_ERRORS } from './catalogue/list.errors';
import { RECORD_ERRORS, RECORD_RESOURCES } from './catalogue/record.errors';
import { VALIDATION_ERRORS, VALIDATION_REASONS, type ValidationReason } from './catalogue/validation.errors';
import { NOTIFICATION_ERRORS } from './catalogue/notifications.errors';
import { REMINDER_ERRORS } from './catalogue/reminders.errors';
import { ITEM_ERRORS } from './catalogue/items.errors';
import { DASHBOARD_ERRORS } from './catalogue/dashboard.errors';
import { WORKFLOW_ERRORS } from './catalogue/workflow.errors';
import type { ErrorEntry } from './error-entry.type';

export { VALIDATION_REASONS, type ValidationReason } from './catalogue/validation.errors';

/**
 * The one catalogue of error codes. Every error the API returns carries one of these `code`s with
 * its `params`; the API renders `message` from here in the language of `Accept-Language`, and the
 * dashboard renders its own sentence from the same entry (with names, not ids, in the params).
 * Placeholders are `{name}`; a missing param renders as an empty string.
 *
 * Each area keeps its codes in `catalogue/<area>.errors.ts` (both languages) and is spread in here;
 * the API refuses unknown codes at compile time.
 */
export const ERROR_CATALOGUE = {
  ...HTTP_ERRORS,
  ...VALIDATION_ERRORS,
  ...RECORD_ERRORS,
  ...LIST_ERRORS,
  ...AUTH_ERRORS,
  ...FILE_ERRORS,
  ...PDF_ERRORS,
  ...REMINDER_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...CHANNELS_ERRORS,
  ...WORKFLOW_ERRORS,
  ...ITEM_ERRORS,
  ...DASHBOARD_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorLocale = 'zh' | 'en';
export type ErrorParams = Record<string, string | number>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

/** The sentence for a code in one language, with its placeholders filled. */
export function formatErrorMessage(code: ErrorCode, params: ErrorParams = {}, locale: ErrorLocale = 'zh'): string {
  return fill(ERROR_CATALOGUE[code][locale], localizeErrorParams(params, locale));
}

function fill(template: string, params: ErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : '',
  );
}

export function isValidationReason(value: unknown): value is ValidationReason {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(VALIDATION_REASONS, value);
}

/**
 * A `reason` param that names an entry of VALIDATION_REASONS (`{field: 'percent', reason: 'max',
 * max: 100}`) becomes that sentence in the locale, a `resource` that names an entry of
 * RECORD_RESOURCES its name in the locale; any other value is kept as it is.
 */
export function localizeErrorParams(params: ErrorParams, locale: ErrorLocale): ErrorParams {
  const localized = { ...params };
  const { reason, resource } = params;
  if (isValidationReason(reason)) localized['reason'] = fill(VALIDATION_REASONS[reason][locale], params);
  if (typeof resource === 'string' && Object.prototype.hasOwnProperty.call(RECORD_RESOURCES, resource)) {
    localized['resource'] = RECORD_RESOURCES[resource as keyof typeof RECORD_RESOURCES][locale];
  }
  return localized;
}

/** zh unless the caller's first preference is English (`Accept-Language: en-US,en;q=0.9`). */
export function errorLocaleOf(acceptLanguage: string | undefined | null): ErrorLocale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

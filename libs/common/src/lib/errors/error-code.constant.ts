import { HTTP_ERRORS } from './catalogue/http.errors';
import { ITEM_ERRORS } from './catalogue/items.errors';
import { RECORD_ERRORS } from './catalogue/record.errors';
import { VALIDATION_ERRORS } from './catalogue/validation.errors';
import { WORKFLOW_ERRORS } from './catalogue/workflow.errors';
import type { ErrorEntry } from './error-entry.type';

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
  ...WORKFLOW_ERRORS,
  ...ITEM_ERRORS,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;
export type ErrorLocale = 'zh' | 'en';
export type ErrorParams = Record<string, string | number>;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

/** The sentence for a code in one language, with its placeholders filled. */
export function formatErrorMessage(code: ErrorCode, params: ErrorParams = {}, locale: ErrorLocale = 'zh'): string {
  const template: string = ERROR_CATALOGUE[code][locale];
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : '',
  );
}

/** zh unless the caller's first preference is English (`Accept-Language: en-US,en;q=0.9`). */
export function errorLocaleOf(acceptLanguage: string | undefined | null): ErrorLocale {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

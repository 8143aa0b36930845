import { ERROR_CATALOGUE, formatErrorMessage, isErrorCode, type ErrorLocale, type ErrorParams } from '@luoshi/common';
import { HttpError, type fetchUtils } from 'react-admin';
import type { FetchLike, TokenStore } from './http.types';
import type { SessionActivity } from './session-activity';

export interface HttpResult {
  status: number;
  headers: Headers;
  body: string;
  json: unknown;
}

export interface HttpOptions extends fetchUtils.Options {
  /**
   * Background polling (the notification bell): sent with `X-Background-Request: 1`, so that the
   * API does not count it as activity and an idle session still expires.
   */
  background?: boolean;
}

export type HttpClient = (url: string, options?: HttpOptions) => Promise<HttpResult>;

/** The header the API reads to tell background polling from a person's activity. */
export const BACKGROUND_REQUEST_HEADER = 'X-Background-Request';

function parseJson(body: string): unknown {
  if (!body) return null;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/** The UI's language as the error catalogue names it; react-admin keeps the chosen locale in its store. */
export type LocaleSource = () => ErrorLocale;

const LOCALE_KEY = 'RaStore.locale';

/** Reads react-admin's stored locale (`"en"` or `"zh-CN"`, JSON-encoded); Chinese unless English was chosen. */
export function storedLocale(storage: Pick<Storage, 'getItem'>): LocaleSource {
  return () => {
    const raw = storage.getItem(LOCALE_KEY);
    return raw !== null && raw.replace(/"/g, '').startsWith('en') ? 'en' : 'zh';
  };
}

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

/**
 * The sentence a user reads for an API error: the dashboard's own, rendered from the shared
 * catalogue for the body's `code` and `params` in the UI's language (names, not ids, are in the
 * params). A generic code whose params are missing falls back to the API's message, which the
 * API wrote in the language asked for with Accept-Language.
 */
export function errorMessage(json: unknown, fallback: string, locale: ErrorLocale = 'zh'): string {
  if (json && typeof json === 'object') {
    const { code, params, message } = json as { code?: unknown; params?: unknown; message?: unknown };
    const given: ErrorParams = params && typeof params === 'object' ? (params as ErrorParams) : {};
    if (
      isErrorCode(code) &&
      placeholders(ERROR_CATALOGUE[code][locale]).every((name) => Object.prototype.hasOwnProperty.call(given, name))
    ) {
      return formatErrorMessage(code, given, locale);
    }
    if (typeof message === 'string' && message) return message;
    if (Array.isArray(message)) return message.join('; ');
  }
  return fallback;
}

/**
 * react-admin's fetchJson, with the bearer token added and the API's error message carried into
 * the HttpError (react-admin notifies `error.message`). Answered requests other than background
 * ones renew the session, as on the server: `activity` keeps the time.
 */
export function createHttpClient(
  fetchFn: FetchLike,
  tokens: TokenStore,
  activity?: SessionActivity,
  locale: LocaleSource = () => 'zh',
): HttpClient {
  return async (url, { background, ...options } = {}) => {
    const headers = new Headers(options.headers);
    if (background) headers.set(BACKGROUND_REQUEST_HEADER, '1');
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    headers.set('Accept-Language', locale() === 'en' ? 'en' : 'zh-CN');
    if (options.body && !(options.body instanceof FormData) && !headers.has('Content-Type')) {
      headers.set('Content-Type', 'application/json');
    }
    const token = tokens.get();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await fetchFn(url, { ...options, headers });
    if (!background && response.ok) activity?.touch();
    const body = await response.text();
    const json = parseJson(body);
    if (!response.ok) {
      throw new HttpError(
        errorMessage(json, response.statusText || `HTTP ${response.status}`, locale()),
        response.status,
        json,
      );
    }
    return { status: response.status, headers: response.headers, body, json };
  };
}

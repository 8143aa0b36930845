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

/** The API's errors are `{statusCode, message, error}`: the message is what the user should read. */
export function errorMessage(json: unknown, fallback: string): string {
  if (json && typeof json === 'object' && 'message' in json) {
    const { message } = json as { message: unknown };
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
export function createHttpClient(fetchFn: FetchLike, tokens: TokenStore, activity?: SessionActivity): HttpClient {
  return async (url, { background, ...options } = {}) => {
    const headers = new Headers(options.headers);
    if (background) headers.set(BACKGROUND_REQUEST_HEADER, '1');
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
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
      throw new HttpError(errorMessage(json, response.statusText || `HTTP ${response.status}`), response.status, json);
    }
    return { status: response.status, headers: response.headers, body, json };
  };
}

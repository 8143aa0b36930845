import { HttpError } from 'react-admin';
import { errorMessage, type LocaleSource } from './httpClient';
import type { FetchLike, TokenStore } from './http.types';

/** Fetches a file's bytes: a plain link cannot carry the bearer token, so downloads go through fetch. */
export type FileClient = (url: string) => Promise<Blob>;

export function createFileClient(
  fetchFn: FetchLike,
  tokens: TokenStore,
  locale: LocaleSource = () => 'zh',
): FileClient {
  return async (url) => {
    const headers = new Headers();
    const token = tokens.get();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    headers.set('Accept-Language', locale() === 'en' ? 'en' : 'zh-CN');
    const response = await fetchFn(url, { headers });
    if (!response.ok) {
      const json: unknown = await response.json().catch(() => null);
      throw new HttpError(
        errorMessage(json, response.statusText || `HTTP ${response.status}`, locale()),
        response.status,
        json,
      );
    }
    return response.blob();
  };
}

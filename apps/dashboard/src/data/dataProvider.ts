import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from './httpClient';
import type { FileClient } from './fileClient';

/** A file as the API describes it after an upload (`POST /api/attachments`). */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  type: string;
}

/**
 * The stock simple-REST provider plus the explicit action endpoints the API has beside its
 * collections (`POST /api/<resource>/:id/<action>`) and the attachments' multipart upload and
 * authenticated download.
 */
export interface LuoshiDataProvider extends DataProvider {
  /** `POST /api/<resource>/:id/<action>` with a JSON body; resolves with the API's answer. */
  act<T = unknown>(resource: string, id: string, action: string, body?: Record<string, unknown>): Promise<T>;
  upload(assignmentId: string, file: File): Promise<UploadedFile>;
  download(attachmentId: string): Promise<Blob>;
  /** A file the API generates (`/exports/...`: the .xlsx 台账, the .docx 通报), fetched with the bearer token. */
  file(path: string): Promise<Blob>;
  /**
   * Any other endpoint, by its path under the API (`GET /speeches/:id/publish-preview`,
   * `POST /items/merge`, a speech's multipart upload); a FormData body goes as multipart.
   */
  request<T = unknown>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body?: Record<string, unknown> | FormData,
  ): Promise<T>;
  /** A background GET (the bell's unread count): marked so that it does not count as user activity. */
  poll<T = unknown>(path: string): Promise<T>;
}

export function createDataProvider(apiUrl: string, httpClient: HttpClient, fileClient: FileClient): LuoshiDataProvider {
  const base = simpleRestProvider(apiUrl, httpClient);
  return {
    ...base,
    async act<T>(resource: string, id: string, action: string, body: Record<string, unknown> = {}) {
      const { json } = await httpClient(`${apiUrl}/${resource}/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return json as T;
    },
    async upload(assignmentId, file) {
      const form = new FormData();
      form.append('assignmentId', assignmentId);
      form.append('file', file, file.name);
      const { json } = await httpClient(`${apiUrl}/attachments`, { method: 'POST', body: form });
      return json as UploadedFile;
    },
    async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: Record<string, unknown> | FormData) {
      const payload = body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body);
      const { json } = await httpClient(`${apiUrl}${path}`, { method, body: payload });
      return json as T;
    },
    async poll<T>(path: string) {
      const { json } = await httpClient(`${apiUrl}${path}`, { method: 'GET', background: true });
      return json as T;
    },
    download(attachmentId) {
      return fileClient(`${apiUrl}/attachments/${encodeURIComponent(attachmentId)}`);
    },
    file(path) {
      return fileClient(`${apiUrl}${path}`);
    },
  };
}

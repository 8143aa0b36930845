import { describe, expect, it } from 'vitest';
import { createDataProvider } from '../dataProvider';
import { createFileClient } from '../fileClient';
import { createHttpClient, storedLocale } from '../httpClient';
import { createTokenStore, type FetchLike } from '../http.types';

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: RequestInit['body'];
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function provider(answer: (call: Call) => Response) {
  const calls: Call[] = [];
  const fetchFn: FetchLike = async (url, init = {}) => {
    const call = { url, method: init.method ?? 'GET', headers: new Headers(init.headers), body: init.body };
    calls.push(call);
    return answer(call);
  };
  const values = new Map<string, string>([['luoshi.accessToken', 'tok']]);
  const tokens = createTokenStore({
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => values.set(k, v),
    removeItem: (k) => values.delete(k),
  });
  return {
    calls,
    dataProvider: createDataProvider('/api', createHttpClient(fetchFn, tokens), createFileClient(fetchFn, tokens)),
  };
}

describe('the action endpoints', () => {
  it('POSTs the body as JSON to /api/<resource>/:id/<action> with the token', async () => {
    const { calls, dataProvider } = provider(() => json(201, { id: 'a1', state: 'completion_requested' }));
    const answer = await dataProvider.act('assignments', 'a1', 'request-completion', { summary: '已完成', version: 3 });
    expect(answer).toEqual({ id: 'a1', state: 'completion_requested' });
    expect(calls[0]?.url).toBe('/api/assignments/a1/request-completion');
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer tok');
    expect(calls[0]?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(calls[0]?.body))).toEqual({ summary: '已完成', version: 3 });
  });

  it("shows the catalogue's sentence for the code, in the UI's language, with the names from params", async () => {
    const body = {
      statusCode: 409,
      message: 'server text',
      error: 'Conflict',
      code: 'extension.pending',
      params: { requestedOn: '2026-11-20', newDueDate: '2026-12-31' },
    };
    const { dataProvider, calls } = provider(() => json(409, body));
    await expect(dataProvider.act('extension-requests', 'x', 'approve')).rejects.toMatchObject({
      message: '该任务已有一项延期申请（2026-11-20 提交，申请延至 2026-12-31）正在等待审核，请等待审核结果。',
      status: 409,
    });
    expect(calls[0]?.headers.get('Accept-Language')).toBe('zh-CN');
    const values = new Map([['RaStore.locale', '"en"']]);
    const english = createHttpClient(
      async () => json(409, body),
      createTokenStore({ getItem: () => null, setItem: () => undefined, removeItem: () => undefined }),
      undefined,
      storedLocale({ getItem: (k) => values.get(k) ?? null }),
    );
    await expect(english('/api/x')).rejects.toMatchObject({
      message:
        'An extension request for this assignment (made on 2026-11-20, to 2026-12-31) is still pending: wait for its decision.',
    });
  });

  it("falls back to the API's message when a generic code lacks its params", async () => {
    const { dataProvider } = provider(() =>
      json(400, { statusCode: 400, message: '字段 percent 无效', error: 'Bad Request', code: 'http.bad_request' }),
    );
    await expect(dataProvider.act('assignments', 'a1', 'report')).rejects.toMatchObject({
      message: '字段 percent 无效',
    });
  });

  it("carries a 409 refusal with the API's message and status", async () => {
    const message = 'Cannot approve: the assignment is in_progress; approve is allowed from completion_requested';
    const { dataProvider } = provider(() => json(409, { statusCode: 409, message, error: 'Conflict' }));
    await expect(dataProvider.act('assignments', 'a1', 'approve')).rejects.toMatchObject({ message, status: 409 });
  });
});

describe('attachments', () => {
  it('uploads a file as multipart with its assignment, letting the browser set the boundary', async () => {
    const { calls, dataProvider } = provider(() =>
      json(201, { id: 'f1', name: '台账.xlsx', size: 3, type: 'application/octet-stream' }),
    );
    const uploaded = await dataProvider.upload('a1', new File(['abc'], '台账.xlsx'));
    expect(uploaded.id).toBe('f1');
    expect(calls[0]?.url).toBe('/api/attachments');
    expect(calls[0]?.headers.get('Content-Type')).toBeNull();
    const form = calls[0]?.body as FormData;
    expect(form.get('assignmentId')).toBe('a1');
    expect((form.get('file') as File).name).toBe('台账.xlsx');
  });

  it("downloads the bytes with the token, and reports a refusal with the API's message", async () => {
    const { calls, dataProvider } = provider((call) =>
      call.url.endsWith('/f1')
        ? new Response(new Uint8Array([1, 2, 3]), { status: 200 })
        : json(404, { statusCode: 404, message: 'No attachment f2', error: 'Not Found' }),
    );
    const blob = await dataProvider.download('f1');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer tok');
    await expect(dataProvider.download('f2')).rejects.toMatchObject({ message: 'No attachment f2', status: 404 });
  });
});

import { loadEnvironment } from '@luoshi/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { inject } from 'vitest';
import { createApp } from '../../src/create-app';

export interface Reply<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApi {
  url: string;
  app: NestExpressApplication;
  request<T = unknown>(method: string, path: string, options?: { token?: string; body?: unknown; form?: FormData; headers?: Record<string, string> }): Promise<Reply<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** The demo users' passwords follow one pattern except the admin's. */
export function demoPassword(username: string): string {
  return username === 'admin' ? 'admin123' : `${username}123`;
}

/** Boots the real API (HTTP stack, PostgreSQL, Redis) on a free port, with the demo data loaded. */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const env = loadEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: inject('databaseUrl'),
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: inject('queuePrefix'),
    DEMO_DATA: 'true',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_LIMIT: '1000',
    ...overrides,
  });
  const app = await createApp(env);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');

  const request: TestApi['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    let body: string | FormData | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const res = await fetch(`${url}/api${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as never, headers: res.headers };
  };

  const tokens = new Map<string, string>();
  const login: TestApi['login'] = async (username, password = demoPassword(username)) => {
    const cached = tokens.get(`${username}:${password}`);
    if (cached) return cached;
    const reply = await request<{ accessToken: string }>('POST', '/auth/login', { body: { username, password } });
    if (reply.status !== 200) throw new Error(`login ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
    tokens.set(`${username}:${password}`, reply.body.accessToken);
    return reply.body.accessToken;
  };

  return { url, app, request, login, close: () => app.close() };
}

/** `?sort=…&range=…&filter=…` as ra-data-simple-rest writes it. */
export function listQuery(options: { sort?: [string, 'ASC' | 'DESC']; range?: [number, number]; filter?: Record<string, unknown> }): string {
  const params = new URLSearchParams();
  if (options.sort) params.set('sort', JSON.stringify(options.sort));
  if (options.range) params.set('range', JSON.stringify(options.range));
  if (options.filter) params.set('filter', JSON.stringify(options.filter));
  return `?${params.toString()}`;
}

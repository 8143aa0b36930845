import { inject } from 'vitest';

/** A JSON call to the started product's API; a non-2xx answer throws with its body. */
export async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${inject('productUrl')}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Accept: 'application/json',
      ...(init.body ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** A bearer token for a user of the started product. */
export async function login(username: string, password: string): Promise<string> {
  return (await api<{ accessToken: string }>('/auth/login', { method: 'POST', body: { username, password } })).accessToken;
}

import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../httpClient';
import { createTokenStore, type KeyValueStorage } from '../http.types';
import { createSessionActivity, sessionIdleExpired } from '../session-activity';

function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (k) => values.get(k) ?? null,
    setItem: (k, v) => void values.set(k, v),
    removeItem: (k) => void values.delete(k),
  };
}

describe('session activity', () => {
  it('measures idleness from the last activity, on an injected clock', () => {
    let now = 1_000_000;
    const activity = createSessionActivity(() => now);
    now += 10 * 60_000;
    expect(activity.idleFor()).toBe(10 * 60_000);
    activity.touch();
    now += 60_000;
    expect(activity.idleFor()).toBe(60_000);
  });

  it('expires at the API-reported idle limit, never without one', () => {
    expect(sessionIdleExpired(29 * 60_000, 30)).toBe(false);
    expect(sessionIdleExpired(30 * 60_000, 30)).toBe(true);
    expect(sessionIdleExpired(3 * 3_600_000, undefined)).toBe(false);
  });

  it('is renewed by answered requests but not by background polling or refusals', async () => {
    let now = 0;
    const activity = createSessionActivity(() => now);
    const tokens = createTokenStore(memoryStorage());
    tokens.set('t');
    const fetchFn = async (url: string) => new Response('[]', { status: url.endsWith('/refused') ? 401 : 200 });
    const http = createHttpClient(fetchFn, tokens, activity);
    now = 5 * 60_000;
    await http('/api/notifications', { background: true });
    expect(activity.idleFor()).toBe(5 * 60_000);
    await http('/api/refused').catch(() => undefined);
    expect(activity.idleFor()).toBe(5 * 60_000);
    await http('/api/assignments');
    expect(activity.idleFor()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, loadEnvironment } from '../environment';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadEnvironment', () => {
  it('fills defaults', () => {
    const env = loadEnvironment(base);
    expect(env.PORT).toBe(3000);
    expect(env.TIME_ZONE).toBe('Asia/Shanghai');
    expect(env.DEMO_DATA).toBe(false);
  });

  it('names a missing variable', () => {
    expect(() => loadEnvironment({ REDIS_URL: base.REDIS_URL })).toThrow(/DATABASE_URL/);
  });

  it('names a malformed variable', () => {
    expect(() => loadEnvironment({ ...base, PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadEnvironment({ ...base, REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadEnvironment({ ...base, NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadEnvironment({ ...base, NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(/JWT_SECRET/);
    const env = loadEnvironment({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(env.NODE_ENV).toBe('production');
  });
});

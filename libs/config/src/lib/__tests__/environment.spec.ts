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

  it('defaults to the 等级保护 2.0 settings, each configurable', () => {
    const env = loadEnvironment(base);
    expect(env).toMatchObject({
      TRUST_PROXY: 'false',
      LOCKOUT_THRESHOLD: 5,
      LOCKOUT_MINUTES: 15,
      PASSWORD_MIN_LENGTH: 8,
      PASSWORD_MIN_CLASSES: 3,
      PASSWORD_EXPIRY: false,
      PASSWORD_MAX_AGE_DAYS: 90,
      SESSION_IDLE_MINUTES: 30,
      LOGIN_RATE_LIMIT: 10,
      LOGIN_IP_RATE_LIMIT: 30,
    });
    const custom = loadEnvironment({ ...base, PASSWORD_EXPIRY: 'on', PASSWORD_MAX_AGE_DAYS: '60', SESSION_IDLE_MINUTES: '15', LOCKOUT_THRESHOLD: '0' });
    expect(custom).toMatchObject({ PASSWORD_EXPIRY: true, PASSWORD_MAX_AGE_DAYS: 60, SESSION_IDLE_MINUTES: 15, LOCKOUT_THRESHOLD: 0 });
    expect(() => loadEnvironment({ ...base, PASSWORD_MIN_CLASSES: '5' })).toThrow(/PASSWORD_MIN_CLASSES/);
    expect(() => loadEnvironment({ ...base, SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
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

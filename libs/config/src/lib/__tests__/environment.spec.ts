import { describe, expect, it } from 'vitest';
import { DEV_JWT_SECRET, loadEnvironment } from '../environment';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('loadEnvironment', () => {
  it('fills defaults', () => {
    const env = loadEnvironment(base);
    expect(env.PORT).toBe(3000);
    expect(env.TIME_ZONE).toBe('Asia/Shanghai');
    expect(env.DEMO_DATA).toBe(false);
    expect(env.CHANNEL_PRIVATE_HOSTS).toBe('deny');
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

  it('checks the channel settings: e-mail off by default, SMTP and base URLs, delivery retries, the metrics token', () => {
    const env = loadEnvironment(base);
    expect(env.SMTP_URL).toBe('');
    expect(env.METRICS_TOKEN).toBe('');
    expect(env.DIGEST_WINDOW_SECONDS).toBe(600);
    expect(env.DELIVERY_ATTEMPTS).toBe(8);
    const configured = loadEnvironment({ ...base, SMTP_URL: 'smtps://mailer:pw@mail.example.org:465', DELIVERY_ATTEMPTS: '3', DELIVERY_BACKOFF_MS: '250' });
    expect(configured.SMTP_URL).toBe('smtps://mailer:pw@mail.example.org:465');
    expect(configured.DELIVERY_ATTEMPTS).toBe(3);
    expect(configured.DELIVERY_BACKOFF_MS).toBe(250);
    expect(() => loadEnvironment({ ...base, SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL/);
    expect(() => loadEnvironment({ ...base, PUBLIC_BASE_URL: 'luoshi.example.org' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => loadEnvironment({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadEnvironment({ ...base, DELIVERY_ATTEMPTS: '0' })).toThrow(/DELIVERY_ATTEMPTS/);
  });
});

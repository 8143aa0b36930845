import { describe, expect, it } from 'vitest';
import { createClock } from '../clock';
import { loadEnvironment } from '../environment';

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', REDIS_URL: 'redis://127.0.0.1:6379' };
const START = '2026-04-01T16:30:00Z';

describe('the test clock', () => {
  it('starts at TEST_CLOCK_START under NODE_ENV=test and runs on from there', () => {
    const before = Date.now();
    const now = createClock({ NODE_ENV: 'test', TEST_CLOCK_START: START }).now().getTime();
    const elapsed = Date.now() - before;
    expect(now).toBeGreaterThanOrEqual(Date.parse(START));
    expect(now).toBeLessThanOrEqual(Date.parse(START) + elapsed + 50);
  });

  it('is ignored outside NODE_ENV=test: production and development read the real time', () => {
    for (const NODE_ENV of ['production', 'development'] as const) {
      const before = Date.now();
      const now = createClock({ NODE_ENV, TEST_CLOCK_START: START }).now().getTime();
      expect(now).toBeGreaterThanOrEqual(before);
      expect(now).toBeLessThanOrEqual(Date.now());
    }
  });

  it('is refused by the environment outside NODE_ENV=test, and must be an instant', () => {
    expect(() => loadEnvironment({ ...base, NODE_ENV: 'production', TEST_CLOCK_START: START })).toThrow(/TEST_CLOCK_START: only allowed when NODE_ENV=test/);
    expect(() => loadEnvironment({ ...base, NODE_ENV: 'development', TEST_CLOCK_START: START })).toThrow(/TEST_CLOCK_START/);
    expect(() => loadEnvironment({ ...base, NODE_ENV: 'test', TEST_CLOCK_START: 'tomorrow' })).toThrow(/must be an ISO instant/);
    expect(loadEnvironment({ ...base, NODE_ENV: 'test', TEST_CLOCK_START: START }).TEST_CLOCK_START).toBe(START);
  });
});

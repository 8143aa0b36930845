import type { Environment } from './environment';

/** What time it is. One per process; tests move it, production never can. */
export interface Clock {
  now(): Date;
}

/**
 * The real clock, or under NODE_ENV=test one that starts at TEST_CLOCK_START and runs on at real
 * speed: a test can put a process just before a reminder's instant without sleeping for days,
 * and BullMQ delays (real milliseconds) still agree with it.
 */
export function createClock(env: Pick<Environment, 'NODE_ENV' | 'TEST_CLOCK_START'>): Clock {
  if (env.NODE_ENV !== 'test' || !env.TEST_CLOCK_START) return { now: () => new Date() };
  const offset = Date.parse(env.TEST_CLOCK_START) - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

import type { Provider } from '@nestjs/common';
import { createRedisConnection, Environment } from '@luoshi/config';

/** A plain Redis connection of the worker's own, for what BullMQ does not do (policy check, key scan). */
export const WORKER_REDIS = Symbol('WORKER_REDIS');

export const workerRedisProvider: Provider = {
  provide: WORKER_REDIS,
  inject: [Environment],
  useFactory: (env: Environment) => createRedisConnection(env.REDIS_URL, 'worker-admin'),
};

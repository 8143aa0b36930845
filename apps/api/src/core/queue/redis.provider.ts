import type { Provider } from '@nestjs/common';
import { createRedisConnection, Environment } from '@luoshi/config';

export const REDIS = Symbol('REDIS');

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [Environment],
  useFactory: (env: Environment) => createRedisConnection(env.REDIS_URL, 'api'),
};

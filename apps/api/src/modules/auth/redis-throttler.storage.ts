import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { Redis } from 'ioredis';

/**
 * Throttle counts in Redis, so that N API replicas allow what one does. Keys carry the
 * deployment's QUEUE_PREFIX, so that deployments (and test runs) sharing one Redis keep apart.
 */
export class RedisThrottlerStorage extends ThrottlerStorageRedisService {
  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    super(redis);
  }

  override increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    return super.increment(`${this.prefix}:throttle:${key}`, ttl, limit, blockDuration, throttlerName);
  }
}

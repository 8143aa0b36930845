import IORedis, { type Redis } from 'ioredis';

/** A Redis connection as BullMQ needs it: blocking commands must never time out. */
export function createRedisConnection(url: string, name: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, connectionName: `luoshi-${name}`, lazyConnect: false });
}

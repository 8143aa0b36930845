import type { Redis } from 'ioredis';

/**
 * BullMQ keeps delayed jobs as ordinary keys: under any eviction policy but `noeviction`, a full
 * Redis silently drops reminders. Refuse to start on such a Redis, and say how to fix it.
 */
export async function assertNoEviction(client: Pick<Redis, 'info'>): Promise<void> {
  const info = await client.info('memory');
  const policy = /maxmemory_policy:(\S+)/.exec(info)?.[1];
  if (policy && policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy}": Redis may evict queued reminder jobs when memory is full. ` +
        `Set "maxmemory-policy noeviction" (and appendonly yes, appendfsync everysec) on this Redis before starting the worker.`,
    );
  }
}

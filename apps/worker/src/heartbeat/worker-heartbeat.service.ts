import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { WORKER_HEARTBEAT, workerHeartbeatKey } from '@luoshi/common';
import { createRedisConnection, Environment } from '@luoshi/config';
import type { Redis } from 'ioredis';
import { hostname } from 'node:os';

/**
 * Tells the API this worker is alive: a score (the time) in one Redis sorted set, renewed every
 * few seconds. A killed worker stops beating and the API's health shows it within the window.
 */
@Injectable()
export class WorkerHeartbeatService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHeartbeatService.name);
  private readonly redis: Redis;
  private readonly key: string;
  private readonly member = `${hostname()}:${process.pid}`;
  private timer?: NodeJS.Timeout;

  constructor(env: Environment) {
    this.redis = createRedisConnection(env.REDIS_URL, 'worker-heartbeat');
    this.key = workerHeartbeatKey(env.QUEUE_PREFIX);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), WORKER_HEARTBEAT.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.redis.zrem(this.key, this.member).catch(() => undefined);
    await this.redis.quit().catch(() => undefined);
  }

  private async beat(): Promise<void> {
    const now = Date.now();
    try {
      // Members of workers killed long ago are forgotten, so the set stays small.
      await this.redis.multi().zadd(this.key, now, this.member).zremrangebyscore(this.key, '-inf', now - WORKER_HEARTBEAT.forgetAfterMs).exec();
    } catch (error) {
      this.logger.warn(`heartbeat not written: ${(error as Error).message}`);
    }
  }
}

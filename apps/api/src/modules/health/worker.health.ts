import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { WORKER_HEARTBEAT, workerHeartbeatKey } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import type { Redis } from 'ioredis';
import { REDIS } from '../../core/queue/redis.provider';

/** How many workers beat within the window (see WorkerHeartbeatService), and when the last one did. */
@Injectable()
export class WorkerHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly env: Environment,
  ) {}

  async alive(): Promise<{ alive: number; lastHeartbeatAt: string | null }> {
    const key = workerHeartbeatKey(this.env.QUEUE_PREFIX);
    const since = Date.now() - WORKER_HEARTBEAT.aliveWithinMs;
    const [alive, last] = await Promise.all([this.redis.zcount(key, since, '+inf'), this.redis.zrange(key, -1, -1, 'WITHSCORES')]);
    return { alive, lastHeartbeatAt: last[1] ? new Date(Number(last[1])).toISOString() : null };
  }

  /**
   * `up` with a live worker; `degraded` without one: the API still serves (load balancers keep
   * routing to it, HTTP 200) while reminders wait, and the body says so. A Redis failure is left
   * to the Redis check.
   */
  async check(key: string) {
    const session = this.indicator.check(key);
    try {
      const state = await this.alive();
      return state.alive > 0 ? session.up(state) : session.degraded({ ...state, message: 'no worker has sent a heartbeat recently: reminders are not being delivered' });
    } catch (e) {
      return session.degraded({ alive: 0, lastHeartbeatAt: null, message: (e as Error).message });
    }
  }
}

import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../core/auth/auth.decorators';
import { RedisHealthIndicator } from './redis.health';
import { WorkerHealthIndicator } from './worker.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly worker: WorkerHealthIndicator,
  ) {}

  /**
   * For load balancers: 200 while this API can serve (database and Redis up), 503 otherwise. The
   * worker's liveness is in the body (`info.worker`): without a live worker the status is
   * `degraded` but still 200, since routing away from a sound API would not bring a worker back.
   */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.redis.check('redis'),
      () => this.worker.check('worker'),
    ]);
  }

  /** For monitors that read only status codes: 200 while at least one worker beats, else 503. */
  @Public()
  @Get('worker')
  @ApiOkResponse({ description: 'At least one worker sent a heartbeat within 15 s: `{alive, lastHeartbeatAt}`' })
  @ApiServiceUnavailableResponse({ description: 'No worker is alive' })
  async workerAlive(): Promise<{ alive: number; lastHeartbeatAt: string | null }> {
    const state = await this.worker.alive();
    if (state.alive === 0) throw new ServiceUnavailableException(`No worker alive (last heartbeat: ${state.lastHeartbeatAt ?? 'never'})`);
    return state;
  }
}

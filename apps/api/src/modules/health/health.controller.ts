import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiServiceUnavailableResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Public } from '../../core/auth/auth.decorators';
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

  /**
   * For monitors and load tests that hold a token: 200 while the bearer token's session is live.
   * It runs the guards every route runs (token, session, user) and nothing else: the framework's
   * own cost per request, the ceiling of every other route.
   */
  @Get('session')
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'The session is live: `{userId, role}`' })
  @ApiUnauthorizedResponse({ description: 'No token, an invalid one, or an ended session' })
  session(@CurrentUser() user: AuthUser): { userId: string; role: string } {
    return { userId: user.id, role: user.role };
  }
}

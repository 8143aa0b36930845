import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Environment } from '@luoshi/config';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../../core/auth/auth.decorators';
import { AppException, notFound } from '../../core/http/app.exception';
import { MetricsService } from './metrics.service';

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Prometheus scrape endpoint, behind its own token (METRICS_TOKEN), not a user's sign-in. */
@ApiTags('metrics')
@ApiBearerAuth()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly env: Environment,
  ) {}

  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @ApiOperation({ summary: 'Queue depths, deliveries by channel and state, reminder lateness (Authorization: Bearer METRICS_TOKEN; off when unset)' })
  @ApiOkResponse({ description: 'Prometheus text format' })
  async scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!this.env.METRICS_TOKEN) throw notFound('route');
    const [scheme, token] = (authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token || !sameToken(token, this.env.METRICS_TOKEN)) throw new AppException(401, 'channels.metrics_token_invalid');
    return this.metrics.registry.metrics();
  }
}

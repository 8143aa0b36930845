import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DELIVERIES_QUEUE, QueueName } from '@luoshi/common';
import { createRedisConnection, Environment } from '@luoshi/config';
import type { Redis } from 'ioredis';
import { LoggerModule } from 'nestjs-pino';
import { apiDataSourceOptions } from './database/api-data-source';
import { REDIS, redisProvider } from './queue/redis.provider';
import { ListCountCache } from './rest/list-count.cache';
import { ClockService } from './time/clock.service';

/** Infrastructure every feature uses: config, logging, database, Redis and the queues. */
@Global()
@Module({})
export class CoreModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  static forRoot(env: Environment) {
    return {
      module: CoreModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: env.LOG_LEVEL,
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            autoLogging: { ignore: (req) => req.url === '/api/health' },
          },
        }),
        TypeOrmModule.forRoot(apiDataSourceOptions(env)),
        BullModule.forRoot({ connection: createRedisConnection(env.REDIS_URL, 'api-queue'), prefix: env.QUEUE_PREFIX }),
        BullModule.registerQueue({ name: QueueName.Reminders }),
        BullModule.registerQueue({ name: DELIVERIES_QUEUE }),
      ],
      providers: [{ provide: Environment, useValue: env }, redisProvider, ClockService, ListCountCache],
      exports: [Environment, REDIS, ClockService, ListCountCache, BullModule],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createRedisConnection, Environment } from '@luoshi/config';
import { dataSourceOptions } from '@luoshi/data';
import { LoggerModule } from 'nestjs-pino';
import { WorkerHeartbeatService } from './heartbeat/worker-heartbeat.service';
import { RemindersModule } from './reminders/reminders.module';

@Module({})
export class WorkerModule {
  static forRoot(env: Environment): DynamicModule {
    return {
      module: WorkerModule,
      global: true,
      imports: [
        LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL } }),
        TypeOrmModule.forRoot(dataSourceOptions(env.DATABASE_URL, { extra: { max: 5 } })),
        BullModule.forRoot({ connection: createRedisConnection(env.REDIS_URL, 'worker'), prefix: env.QUEUE_PREFIX }),
        RemindersModule,
      ],
      providers: [{ provide: Environment, useValue: env }, WorkerHeartbeatService],
      exports: [Environment],
    };
  }
}

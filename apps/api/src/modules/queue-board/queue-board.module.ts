import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { BullBoardModule } from '@bull-board/nestjs';
import { Module } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { DELIVERIES_QUEUE, QueueName } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { DataSource } from 'typeorm';
import { QueueBoardController } from './queue-board.controller';
import { queueBoardGuard } from './queue-board-session';

// A key of its own: a sign-in token is no board cookie, and a board cookie signs nobody in.
const boardJwt = JwtModule.registerAsync({
  inject: [Environment],
  useFactory: (env: Environment) => ({ secret: `${env.JWT_SECRET}:queue-board` }),
});

@Module({
  imports: [boardJwt],
  exports: [boardJwt],
})
class QueueBoardJwtModule {}

/** Bull Board at /api/admin/queues over every queue, for admins only. */
@Module({
  imports: [
    QueueBoardJwtModule,
    BullBoardModule.forRootAsync({
      imports: [QueueBoardJwtModule],
      inject: [JwtService, DataSource],
      useFactory: (jwt: JwtService, dataSource: DataSource) => ({
        route: '/admin/queues',
        adapter: ExpressAdapter,
        boardOptions: { uiConfig: { boardTitle: '落实 · 任务队列' } },
        middleware: queueBoardGuard(jwt, dataSource),
      }),
    }),
    BullBoardModule.forFeature({ name: QueueName.Reminders, adapter: BullMQAdapter }, { name: DELIVERIES_QUEUE, adapter: BullMQAdapter }),
  ],
  controllers: [QueueBoardController],
})
export class QueueBoardModule {}

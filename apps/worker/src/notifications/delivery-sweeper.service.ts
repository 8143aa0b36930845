import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Delivery } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { NotificationDispatcher } from './notification-dispatcher.service';

const BATCH = 500;

/**
 * The database is the source of truth: at start-up every pending delivery is enqueued again (a
 * no-op for those whose job still exists), so a lost or flushed Redis loses no e-mail or robot post.
 */
@Injectable()
export class DeliverySweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger(DeliverySweeper.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const count = await this.sweep();
    if (count) this.logger.log(`Re-enqueued ${count} pending deliveries`);
  }

  async sweep(): Promise<number> {
    let total = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.dataSource
        .getRepository(Delivery)
        .createQueryBuilder('d')
        .where(`d.state = 'pending' AND d.id > :after`, { after })
        .orderBy('d.id', 'ASC')
        .take(BATCH)
        .getMany();
      if (!batch.length) return total;
      await this.dispatcher.enqueue(batch);
      total += batch.length;
      after = batch[batch.length - 1]?.id ?? after;
    }
  }
}

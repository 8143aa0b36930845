import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Item, ItemOrganization } from '@luoshi/data';
import { NotificationsModule } from '../notifications/notifications.module';
import { ItemPublisher } from './item-publisher.service';
import { ItemsController } from './items.controller';
import { ItemsService } from './items.service';
import { ReviewJournal } from './review-journal.service';
import { ItemProposalService } from './item-proposal.service';

@Module({
  imports: [TypeOrmModule.forFeature([Item, ItemOrganization]), NotificationsModule],
  controllers: [ItemsController],
  providers: [ItemsService, ItemPublisher, ReviewJournal, ItemProposalService],
  exports: [ItemsService, ItemPublisher],
})
export class ItemsModule {}

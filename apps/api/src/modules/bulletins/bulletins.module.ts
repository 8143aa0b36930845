import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BulletinRecord } from '@luoshi/data';
import { DashboardModule } from '../dashboard/dashboard.module';
import { BulletinContentService } from './bulletin-content.service';
import { BulletinsController } from './bulletins.controller';
import { BulletinsService } from './bulletins.service';

@Module({
  imports: [TypeOrmModule.forFeature([BulletinRecord]), DashboardModule],
  controllers: [BulletinsController],
  providers: [BulletinsService, BulletinContentService],
  exports: [BulletinsService, BulletinContentService],
})
export class BulletinsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExtensionRequest } from '@luoshi/data';
import { ExtensionRequestsController } from './extension-requests.controller';
import { ExtensionRequestsService } from './extension-requests.service';

@Module({
  imports: [TypeOrmModule.forFeature([ExtensionRequest])],
  controllers: [ExtensionRequestsController],
  providers: [ExtensionRequestsService],
})
export class ExtensionRequestsModule {}

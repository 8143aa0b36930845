import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Speech } from '@luoshi/data';
import { SpeechesController } from './speeches.controller';
import { SpeechesService } from './speeches.service';

@Module({
  imports: [TypeOrmModule.forFeature([Speech])],
  controllers: [SpeechesController],
  providers: [SpeechesService],
  exports: [SpeechesService],
})
export class SpeechesModule {}

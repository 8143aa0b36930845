import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Speech } from '@luoshi/data';
import { FilesModule } from '../../core/files/files.module';
import { ItemsModule } from '../items/items.module';
import { SpeechExtractionService } from './speech-extraction.service';
import { SpeechesController } from './speeches.controller';
import { SpeechesService } from './speeches.service';

@Module({
  imports: [TypeOrmModule.forFeature([Speech]), ItemsModule, FilesModule],
  controllers: [SpeechesController],
  providers: [SpeechesService, SpeechExtractionService],
  exports: [SpeechesService],
})
export class SpeechesModule {}

import { Module } from '@nestjs/common';
import { FileParserService } from './file-parser.service';

/** Imported by every feature that reads uploaded files; Nest keeps one pool for all of them. */
@Module({
  providers: [FileParserService],
  exports: [FileParserService],
})
export class FilesModule {}

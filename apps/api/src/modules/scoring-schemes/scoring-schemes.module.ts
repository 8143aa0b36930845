import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ScoringSchemeRecord } from '@luoshi/data';
import { ScoringSchemesController } from './scoring-schemes.controller';
import { ScoringSchemesService } from './scoring-schemes.service';

@Module({
  imports: [TypeOrmModule.forFeature([ScoringSchemeRecord])],
  controllers: [ScoringSchemesController],
  providers: [ScoringSchemesService],
  exports: [ScoringSchemesService],
})
export class ScoringSchemesModule {}

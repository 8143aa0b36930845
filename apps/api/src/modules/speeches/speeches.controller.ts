import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Speech } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { SpeechesService } from './speeches.service';

@ApiTags('speeches')
@ApiBearerAuth()
@Controller('speeches')
export class SpeechesController {
  constructor(private readonly speeches: SpeechesService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<Speech>> {
    return this.speeches.list(parseListQuery(query), user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Speech> {
    return this.speeches.get(id, user);
  }
}

import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  UploadedFile,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Speech } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { FileTooLargeFilter } from '../../core/files/file-too-large.filter';
import { AppException } from '../../core/http/app.exception';
import { IdPipe } from '../../core/http/id.pipe';
import { validateBody } from '../../core/http/validate-body';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateSpeechDto, PublishSpeechDto, UpdateSpeechDto, UploadSpeechFieldsDto } from './speech.dto';
import type { ExtractionSummary } from './speech-extraction.service';
import { SpeechesService, type PublishPreview } from './speeches.service';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** The part of multer's file this endpoint reads. */
interface UploadedSpeechFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

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

  /** JSON `{title, date, text}`, or a multipart upload: field `file` (.txt/.docx/.pdf with a text layer, ≤ 5 MB) plus title/date. */
  @Roles('admin', 'supervisor')
  @Post()
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({ type: CreateSpeechDto })
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } }))
  @UseFilters(new FileTooLargeFilter(MAX_UPLOAD_BYTES))
  async create(
    @Body() body: Record<string, unknown>,
    @UploadedFile() file: UploadedSpeechFile | undefined,
    @Headers('content-type') contentType: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<Speech> {
    if (contentType?.startsWith('multipart/form-data')) {
      if (!file) throw new AppException(400, 'file.required');
      return this.speeches.upload(file, await validateBody(UploadSpeechFieldsDto, body), user);
    }
    return this.speeches.create(await validateBody(CreateSpeechDto, body), user);
  }

  @Roles('admin', 'supervisor')
  @Put(':id')
  update(
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdateSpeechDto,
    @CurrentUser() user: AuthUser,
  ): Promise<Speech> {
    return this.speeches.update(id, dto, user);
  }

  @Roles('admin', 'supervisor')
  @Delete(':id')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Speech> {
    return this.speeches.remove(id, user);
  }

  /** Stores the draft items (re-running replaces drafts that are not yet published). */
  @Roles('admin', 'supervisor')
  @Post(':id/extract')
  @HttpCode(200)
  extract(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<ExtractionSummary> {
    return this.speeches.extract(id, user);
  }

  /** What publishing would create: for the confirmation. */
  @Roles('admin', 'supervisor')
  @Get(':id/publish-preview')
  publishPreview(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<PublishPreview> {
    return this.speeches.publishPreview(id, user);
  }

  @Roles('admin', 'supervisor')
  @Post(':id/publish')
  @HttpCode(200)
  publish(
    @Param('id', IdPipe) id: string,
    @Body() dto: PublishSpeechDto,
    @CurrentUser() user: AuthUser,
  ): Promise<{ items: number; assignments: number }> {
    return this.speeches.publish(id, dto.version, user);
  }
}

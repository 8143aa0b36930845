import { Body, Controller, Get, Param, Post, Query, Res, StreamableFile, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { FileTooLargeFilter } from '../../core/files/file-too-large.filter';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import type { AttachmentView } from '../reports/report.view';
import { AttachmentsService } from './attachments.service';
import { MAX_ATTACHMENT_BYTES } from './file-type.util';

/** `attachment; filename=…` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
function contentDisposition(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

@ApiTags('attachments')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<AttachmentView>> {
    return this.attachments.list(parseListQuery(query), user);
  }

  /** Downloads the file. */
  @Get(':id')
  async download(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.open(id, user);
    res.setHeader('Content-Disposition', contentDisposition(attachment.name));
    return new StreamableFile(stream, { type: attachment.type, length: attachment.size });
  }

  /**
   * Multipart: `file` plus `assignmentId`, up to 20 MB, streamed to disk. Fields are checked by the
   * service (not a DTO pipe) so that scope comes before validation and the temporary file is removed.
   */
  @Post()
  @Roles('admin', 'supervisor', 'org_admin', 'org_staff')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file', 'assignmentId'], properties: { file: { type: 'string', format: 'binary' }, assignmentId: { type: 'string', format: 'uuid' } } },
  })
  @UseInterceptors(FileInterceptor('file'))
  @UseFilters(new FileTooLargeFilter(MAX_ATTACHMENT_BYTES))
  upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Body() fields: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ): Promise<AttachmentView> {
    return this.attachments.upload(file, fields ?? {}, user);
  }
}

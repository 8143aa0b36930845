import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import { ClockService } from '../../core/time/clock.service';
import { bulletinDocument } from '../bulletins/bulletin-document';
import { BulletinsService } from '../bulletins/bulletins.service';
import { ExportsService } from './exports.service';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function attachment(res: Response, type: string, name: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="export"; filename*=UTF-8''${encodeURIComponent(name)}`);
}

/** Files: the 督办台账 (.xlsx, an org user's own assignments only) and the 督查通报 (.docx). */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  private readonly logger = new Logger(ExportsController.name);

  constructor(
    private readonly exports: ExportsService,
    private readonly bulletins: BulletinsService,
    private readonly clock: ClockService,
  ) {}

  @Get('assignments')
  @ApiOperation({ summary: '督办台账 (.xlsx): the assignments list with its filters (`filter`, `sort`), grouped by speech and section' })
  @ApiProduces(XLSX_TYPE)
  @ApiQuery({ name: 'sort', required: false, description: 'As the assignments list; rows are grouped by speech and section first', schema: { type: 'string' } })
  @ApiQuery({ name: 'filter', required: false, description: 'JSON object: the assignments list’s filters (drill-down ones included)', schema: { type: 'string', example: '{}' } })
  async ledger(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser, @Res() res: Response): Promise<void> {
    // Filters are checked here, before the first byte: a bad one is the list's coded 400.
    const prepared = await this.exports.prepareLedger(parseListQuery(query), user);
    const release = this.exports.takeSlot(user.id);
    attachment(res, XLSX_TYPE, `督办台账-${this.clock.today()}.xlsx`);
    try {
      await this.exports.writeLedger(prepared, res);
    } catch (error) {
      // Headers are gone: all that is left is to cut the download short so it is not taken for whole.
      this.logger.error(`督办台账 export failed: ${(error as Error).message}`, (error as Error).stack);
      res.destroy(error as Error);
    } finally {
      release();
    }
  }

  @Roles('admin', 'supervisor', 'viewer')
  @Get('bulletins/:id')
  @ApiOperation({ summary: '督查通报 (.docx) of an issued bulletin' })
  @ApiProduces(DOCX_TYPE)
  async bulletin(@Param('id', IdPipe) id: string, @Res() res: Response): Promise<void> {
    const bulletin = await this.bulletins.get(id);
    const file = await bulletinDocument(bulletin, this.clock.dateOf(new Date(bulletin.issuedAt)));
    attachment(res, DOCX_TYPE, `${bulletin.numberLine}.docx`);
    res.end(file);
  }
}

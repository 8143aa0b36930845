import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { QUEUE_BOARD_COOKIE, QUEUE_BOARD_PATH, QUEUE_BOARD_SESSION_SECONDS, signBoardSession } from './queue-board-session';

class QueueBoardSessionView {
  @ApiProperty({ example: QUEUE_BOARD_PATH }) url!: string;
  @ApiProperty() expiresAt!: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/queue-session')
export class QueueBoardController {
  constructor(private readonly jwt: JwtService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Sets a 10-minute HTTP-only cookie that opens Bull Board at /api/admin/queues (admins only)' })
  @ApiOkResponse({ type: QueueBoardSessionView })
  async open(@CurrentUser() user: AuthUser, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<QueueBoardSessionView> {
    const token = await signBoardSession(this.jwt, user.id);
    res.cookie(QUEUE_BOARD_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: req.secure,
      path: QUEUE_BOARD_PATH,
      maxAge: QUEUE_BOARD_SESSION_SECONDS * 1000,
    });
    return { url: QUEUE_BOARD_PATH, expiresAt: new Date(Date.now() + QUEUE_BOARD_SESSION_SECONDS * 1000).toISOString() };
  }
}

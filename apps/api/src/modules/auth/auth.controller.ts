import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { CurrentUser as CurrentUserView, LoginResponse } from '@luoshi/common';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { AllowPendingPasswordChange, CurrentUser, Public } from '../../core/auth/auth.decorators';
import { AppException } from '../../core/http/app.exception';
import { AuthService } from './auth.service';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { ChangePasswordDto, CurrentUserDto, LoginDto, LoginResponseDto } from './login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiResponse({ status: 401, description: 'auth.invalid_credentials: wrong user name or password (one answer whether or not the user exists)' })
  @ApiResponse({ status: 423, description: 'auth.locked: too many consecutive failures; params.lockedUntil says until when, Retry-After in how many seconds' })
  @ApiResponse({ status: 429, description: 'auth.throttled: too many attempts from this address (or for this user from it); Retry-After in seconds' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponse> {
    try {
      return await this.auth.login(dto.username, dto.password, req.ip ?? null);
    } catch (error) {
      // A locked account says when to retry in the standard header too.
      if (error instanceof AppException && typeof error.params['retryAfter'] === 'number') res.setHeader('Retry-After', String(error.params['retryAfter']));
      throw error;
    }
  }

  @ApiBearerAuth()
  @AllowPendingPasswordChange()
  @Get('me')
  @ApiOkResponse({ type: CurrentUserDto })
  @ApiHeader({ name: 'X-Background-Request', required: false, description: '1: background polling, which does not count as activity for the idle expiry' })
  me(@CurrentUser() user: AuthUser): Promise<CurrentUserView> {
    return this.auth.me(user.id);
  }

  @ApiBearerAuth()
  @AllowPendingPasswordChange()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session ends on every replica; its token is refused from now on' })
  logout(@CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.logout(user);
  }

  @ApiBearerAuth()
  @AllowPendingPasswordChange()
  @Post('change-password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; the other sessions of this user end, this one goes on' })
  @ApiResponse({ status: 400, description: 'auth.old_password_wrong, auth.password_too_weak or auth.password_unchanged, naming the field' })
  changePassword(@Body() dto: ChangePasswordDto, @CurrentUser() user: AuthUser): Promise<void> {
    return this.auth.changePassword(user, dto.oldPassword, dto.newPassword);
  }
}

import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { NotificationPreference, User } from '@luoshi/data';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { NotificationPreferenceView, UpdateNotificationPreferenceDto } from './notification-preference.dto';

/** Each signed-in user's own choices about e-mail; escalations reach them whatever they choose. */
@ApiTags('notification-preferences')
@ApiBearerAuth()
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(
    @InjectRepository(NotificationPreference) private readonly preferences: Repository<NotificationPreference>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  @Get('me')
  @ApiOkResponse({ type: NotificationPreferenceView })
  async show(@CurrentUser() user: AuthUser): Promise<NotificationPreferenceView> {
    const [row, me] = await Promise.all([this.preferences.findOneBy({ userId: user.id }), this.users.findOneBy({ id: user.id })]);
    return { id: 'me', emailEnabled: row?.emailEnabled ?? true, email: me?.email ?? null };
  }

  @Put('me')
  @ApiOkResponse({ type: NotificationPreferenceView })
  async update(@Body() dto: UpdateNotificationPreferenceDto, @CurrentUser() user: AuthUser): Promise<NotificationPreferenceView> {
    await this.preferences.upsert({ userId: user.id, emailEnabled: dto.emailEnabled }, ['userId']);
    return this.show(user);
  }
}

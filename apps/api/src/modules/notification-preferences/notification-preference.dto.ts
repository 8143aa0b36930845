import { ApiHideProperty, ApiProperty } from '@nestjs/swagger';
import { Allow, IsBoolean } from 'class-validator';

export class NotificationPreferenceView {
  @ApiProperty({ description: 'Always "me": the caller’s own preferences' }) id!: 'me';
  @ApiProperty({ description: 'Reminders and events by e-mail (escalations are sent regardless)' }) emailEnabled!: boolean;
  @ApiProperty({ nullable: true, type: String, description: 'The address e-mail goes to (set by an admin on the users screen)' }) email!: string | null;
}

export class UpdateNotificationPreferenceDto {
  @ApiProperty({ description: 'false: no reminder or event e-mails, except escalations' })
  @IsBoolean()
  emailEnabled!: boolean;

  // react-admin echoes the record it read.
  @ApiHideProperty() @Allow() id?: unknown;
  @ApiHideProperty() @Allow() email?: unknown;
}

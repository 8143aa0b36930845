import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '@luoshi/common';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateReminderRuleDto {
  @ApiProperty({ example: '县农业农村局规则', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    nullable: true,
    description: 'The organization this rule is for (wins over a speech rule)',
  })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The speech this rule is for' })
  @IsOptional()
  @IsUUID()
  speechId?: string | null;

  @ApiProperty({
    type: [Number],
    example: [7, 1],
    description: 'Calendar days before the due date (1–365, at most 10)',
  })
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(365, { each: true })
  dueSoonDays!: number[];

  @ApiProperty({
    example: 3,
    minimum: 1,
    maximum: 365,
    description: 'Overdue reminders on day 1 after the due date, then every n days',
  })
  @IsInt()
  @Min(1)
  @Max(365)
  overdueEveryDays!: number;

  @ApiProperty({
    example: 7,
    minimum: 0,
    maximum: 365,
    description: 'Escalate at n days overdue and every n days after (0: never)',
  })
  @IsInt()
  @Min(0)
  @Max(365)
  escalateAfterDays!: number;

  @ApiProperty({ example: '09:00', pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'Local time in TIME_ZONE' })
  @IsString()
  @MaxLength(5)
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'sendTime must be HH:MM (00:00–23:59)' })
  sendTime!: string;

  @ApiProperty({ example: true, description: 'Report due / report missed reminders for items with a cadence' })
  @IsBoolean()
  periodicReports!: boolean;

  @ApiProperty({ enum: NOTIFICATION_CHANNELS, isArray: true, example: ['in_app', 'email'] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_CHANNELS.length)
  @ArrayUnique()
  @IsIn(NOTIFICATION_CHANNELS, { each: true })
  channels!: NotificationChannel[];

  @ApiProperty({ example: true, description: 'An inactive rule is skipped (the next level applies)' })
  @IsBoolean()
  active!: boolean;
}

/** PUT takes the whole record with the version it was read at. */
export class UpdateReminderRuleDto extends IntersectionType(CreateReminderRuleDto, ReadOnlyFieldsDto) {
  @ApiProperty({ description: 'The version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

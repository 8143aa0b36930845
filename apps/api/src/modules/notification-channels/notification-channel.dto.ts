import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_CHANNEL_KINDS, type GroupChannelKind } from '@luoshi/common';
import {
  Allow,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateNotificationChannelDto {
  @ApiProperty({ format: 'uuid', description: 'The organization whose users’ reminders and events are posted here' })
  @IsUUID()
  organizationId!: string;

  @ApiProperty({ enum: GROUP_CHANNEL_KINDS })
  @IsIn(GROUP_CHANNEL_KINDS)
  kind!: GroupChannelKind;

  @ApiProperty({ example: '交通局督办钉钉群', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    maxLength: 2000,
    description:
      'The webhook address as the platform shows it: DingTalk …/robot/send?access_token=…, WeCom …/webhook/send?key=…, Feishu …/bot/v2/hook/…, or your own https URL. Never returned in full.',
    example: 'https://oapi.dingtalk.com/robot/send?access_token=…',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  url!: string;

  @ApiPropertyOptional({
    maxLength: 500,
    description: 'Signing secret (DingTalk SEC…, Feishu, webhook HMAC key). Never returned.',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  secret?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** PUT: `url` and `secret` may be left out (or empty) to keep the stored ones; `clearSecret` removes the secret. */
export class UpdateNotificationChannelDto extends ReadOnlyFieldsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId!: string;
  @ApiProperty({ enum: GROUP_CHANNEL_KINDS }) @IsIn(GROUP_CHANNEL_KINDS) kind!: GroupChannelKind;
  @ApiProperty({ maxLength: 100 }) @IsString() @IsNotEmpty() @MaxLength(100) name!: string;
  @ApiPropertyOptional({ maxLength: 2000, description: 'Empty or absent: keep the stored address' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;
  @ApiPropertyOptional({ maxLength: 500, description: 'Empty or absent: keep the stored secret' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  secret?: string | null;
  @ApiPropertyOptional({ description: 'Remove the stored secret' }) @IsOptional() @IsBoolean() clearSecret?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() enabled?: boolean;
  @ApiProperty({ description: 'The version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
  // Echoed back by react-admin from the view; server-owned.
  @ApiHideProperty() @Allow() urlMasked?: unknown;
  @ApiHideProperty() @Allow() hasSecret?: unknown;
  @ApiHideProperty() @Allow() secretHint?: unknown;
}

/** A channel as the API shows it: the address with its token masked, the secret only hinted at. */
export class NotificationChannelView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: GROUP_CHANNEL_KINDS }) kind!: GroupChannelKind;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'https://oapi.dingtalk.com/robot/send?access_token=1a2b…' }) urlMasked!: string;
  @ApiProperty() hasSecret!: boolean;
  @ApiProperty({ nullable: true, example: 'SEC…', type: String }) secretHint!: string | null;
  @ApiProperty() enabled!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { NotBlank } from '../../core/http/field.validators';

const TEXT_MAX = 20_000;
/** `version` is an int4 column. */
export const MAX_VERSION = 2_147_483_647;

/** Every action may carry the version the client saw; when present a stale one is a 409. */
export class AssignmentActionDto {
  @ApiPropertyOptional({ description: 'the version the client saw; checked when present' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}

/** 进展反馈. Appending never conflicts, so a `version` sent along is accepted and not checked. */
export class ReportDto extends AssignmentActionDto {
  @ApiProperty({ description: '完成情况: what was done' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_MAX)
  done!: string;

  @ApiPropertyOptional({ description: '下步计划: next steps' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  nextSteps?: string;

  @ApiPropertyOptional({ description: '存在问题: problems' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  problems?: string;

  @ApiPropertyOptional({ description: '需协调事项: help needed' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  helpNeeded?: string;

  @ApiProperty({ description: 'Percentage done, 0-100' })
  @IsInt()
  @Min(0)
  @Max(100)
  percent!: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'Ids of files already uploaded to this assignment (POST /api/attachments)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  attachments?: string[];
}

export class RequestCompletionDto extends AssignmentActionDto {
  @ApiPropertyOptional({ description: '办结报告: a summary for the reviewer' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string;
}

/** Return and cancel: the organization is told why. */
export class ReasonDto extends AssignmentActionDto {
  @ApiProperty({ description: 'Why: shown to the organization' })
  @IsString()
  @NotBlank()
  @MaxLength(TEXT_MAX)
  reason!: string;
}

export class UrgeDto extends AssignmentActionDto {
  @ApiPropertyOptional({ description: '催办 message sent with the reminder' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  message?: string;
}

/** 分派: the user the org admin hands the assignment to, or null to hand it back to the organization. */
export class HandlerDto extends AssignmentActionDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a user of the organization or a sub-organization; null clears the handler',
  })
  @ValidateIf((_, v) => v !== null)
  @IsUUID('all')
  handlerId!: string | null;
}

/** 随牵头单位办结: a support organization's assignment closes with the lead's. */
export class CompleteWithLeadDto extends AssignmentActionDto {
  @ApiPropertyOptional({ maxLength: TEXT_MAX, description: 'why, shown in the timeline' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string;
}

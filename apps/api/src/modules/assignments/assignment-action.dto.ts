import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';

const TEXT_MAX = 20_000;
const NOT_BLANK = /\S/;

/** Every action may carry the version the client saw; when present a stale one is a 409. */
export class AssignmentActionDto {
  @ApiPropertyOptional({ description: 'the version the client saw; checked when present' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

/** 进展反馈. Appending never conflicts, so a `version` sent along is accepted and not checked. */
export class ReportDto extends AssignmentActionDto {
  /** 完成情况 */
  @IsString()
  @Matches(NOT_BLANK, { message: 'done must not be empty' })
  @MaxLength(TEXT_MAX)
  done!: string;

  /** 下步计划 */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  nextSteps?: string;

  /** 存在问题 */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  problems?: string;

  /** 需协调事项 */
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  helpNeeded?: string;

  @IsInt()
  @Min(0)
  @Max(100)
  percent!: number;

  /** Ids of files already uploaded to this assignment (POST /api/attachments). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  attachments?: string[];
}

export class RequestCompletionDto extends AssignmentActionDto {
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  summary?: string;
}

/** Return and cancel: the organization is told why. */
export class ReasonDto extends AssignmentActionDto {
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be empty' })
  @MaxLength(TEXT_MAX)
  reason!: string;
}

export class UrgeDto extends AssignmentActionDto {
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  message?: string;
}

/** 分派: the user the org admin hands the assignment to, or null to hand it back to the organization. */
export class HandlerDto extends AssignmentActionDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'a user of the organization or a sub-organization; null clears the handler' })
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

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsCalendarDate, NotBlank } from '../../core/http/field.validators';
import { AssignmentActionDto } from '../assignments/assignment-action.dto';

const REASON_MAX = 20_000;

export class CreateExtensionRequestDto {
  @ApiProperty({ format: 'uuid', description: 'The open assignment whose due date should move' })
  @IsUUID('all')
  assignmentId!: string;

  @ApiProperty({ example: '2026-12-31', description: 'The due date asked for, a calendar date in the deployment zone' })
  @IsCalendarDate()
  newDueDate!: string;

  @ApiProperty({ description: 'Why the extension is needed' })
  @IsString()
  @NotBlank()
  @MaxLength(REASON_MAX)
  reason!: string;
}

/** Approving needs no reason; a `version` guards against deciding on a stale view. */
export class ApproveExtensionDto extends AssignmentActionDto {
  @ApiPropertyOptional({ description: 'A note for the organization' })
  @IsOptional()
  @IsString()
  @MaxLength(REASON_MAX)
  reason?: string;
}

export class RejectExtensionDto extends AssignmentActionDto {
  @ApiProperty({ description: 'Why it is refused: shown to the organization' })
  @IsString()
  @NotBlank()
  @MaxLength(REASON_MAX)
  reason!: string;
}

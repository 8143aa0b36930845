import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { AssignmentActionDto } from '../assignments/assignment-action.dto';

const NOT_BLANK = /\S/;

export class CreateExtensionRequestDto {
  @IsUUID('all')
  assignmentId!: string;

  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'newDueDate must be a date YYYY-MM-DD' })
  newDueDate!: string;

  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be empty' })
  @MaxLength(20_000)
  reason!: string;
}

/** Approving needs no reason; a `version` guards against deciding on a stale view. */
export class ApproveExtensionDto extends AssignmentActionDto {
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  reason?: string;
}

export class RejectExtensionDto extends AssignmentActionDto {
  @IsString()
  @Matches(NOT_BLANK, { message: 'reason must not be empty' })
  @MaxLength(20_000)
  reason!: string;
}

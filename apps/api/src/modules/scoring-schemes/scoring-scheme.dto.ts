import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Allow, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';
import { MAX_VERSION } from '../assignments/assignment-action.dto';

const MAX_POINTS = 1000;

/** A number of points 0…1000 (deductions are written as positive numbers). */
function Points(example: number, description: string): PropertyDecorator {
  return (target, key) => {
    ApiProperty({ example, minimum: 0, maximum: MAX_POINTS, description })(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })(target, key);
    Min(0)(target, key);
    Max(MAX_POINTS)(target, key);
  };
}

/** A 考评 scheme's name and terms; `active` changes only through POST /:id/activate. */
export class CreateScoringSchemeDto {
  @ApiProperty({ example: '2027年考评方案', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @Points(100, '基础分')
  base!: number;

  @Points(2, 'Deducted per assignment overdue at the period’s end')
  overduePenalty!: number;

  @Points(0.5, 'Deducted per overdue day per overdue assignment')
  overdueDayPenalty!: number;

  @Points(10, 'At most this much per assignment for its overdue days')
  overdueDayCap!: number;

  @Points(1, 'Deducted per missed reporting period')
  missedReportPenalty!: number;

  @Points(1, 'Deducted per return (退回) within the period')
  returnPenalty!: number;

  @Points(1, 'Added per completion within the period at least `earlyDays` before its due date')
  earlyBonus!: number;

  @ApiProperty({ example: 7, minimum: 0, maximum: 365 })
  @IsInt()
  @Min(0)
  @Max(365)
  earlyDays!: number;

  @Points(5, 'At most this much bonus in total')
  earlyBonusCap!: number;

  @Points(0, 'The score never goes below this')
  floor!: number;
}

export class UpdateScoringSchemeDto extends IntersectionType(CreateScoringSchemeDto, ReadOnlyFieldsDto) {
  @ApiProperty({ description: 'The version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;

  /** Echoed back by react-admin; changed only by activating another scheme. */
  @Allow()
  active?: unknown;
}

export class ActivateScoringSchemeDto {
  @ApiPropertyOptional({ description: 'The version you read; a stale one is refused with 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}

import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/http/field.validators';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateCalendarDayDto {
  @ApiProperty({ example: '2027-10-01' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: false, description: 'false: a public holiday; true: a 调休 working day on a weekend' })
  @IsBoolean()
  working!: boolean;

  @ApiPropertyOptional({ example: '国庆节', maxLength: 50, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  name?: string | null;
}

export class UpdateCalendarDayDto extends IntersectionType(CreateCalendarDayDto, ReadOnlyFieldsDto) {
  @ApiProperty({ description: 'The version you read; a stale one is refused with 409' })
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version!: number;
}

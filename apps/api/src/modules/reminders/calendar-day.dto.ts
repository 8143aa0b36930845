import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateCalendarDayDto {
  @ApiProperty({ example: '2027-10-01', format: 'date' })
  @IsString()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'date must be a calendar date YYYY-MM-DD' })
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

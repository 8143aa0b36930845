import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, type OrganizationKind } from '@luoshi/common';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateOrganizationDto {
  @ApiProperty({ example: '县农业农村局' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  @ApiPropertyOptional({ example: '农业农村局' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  shortName?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['农业局'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  aliases?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

/** PUT takes the whole record with the version it was read at. */
export class UpdateOrganizationDto extends IntersectionType(CreateOrganizationDto, ReadOnlyFieldsDto) {
  @ApiProperty({ description: 'The version you read; a stale one is refused with 409' }) @IsInt() @Min(1) @Max(MAX_VERSION) version!: number;
}

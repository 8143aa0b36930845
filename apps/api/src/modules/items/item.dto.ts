import { ApiHideProperty, ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import {
  CADENCES,
  ITEM_KINDS,
  ORGANIZATION_ROLES_IN_ITEM,
  type AssignmentRole,
  type Cadence,
  type ItemKind,
} from '@luoshi/common';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../core/http/field.validators';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';
import { MAX_VERSION } from '../assignments/assignment-action.dto';

export class ItemOrganizationDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId!: string;
  @ApiProperty({ enum: ORGANIZATION_ROLES_IN_ITEM }) @IsIn(ORGANIZATION_ROLES_IN_ITEM) role!: AssignmentRole;
}

export class CreateItemDto {
  @ApiProperty({ example: '抓好秋冬季森林防火' }) @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @ApiProperty({ example: '请县应急管理局牵头，11月30日前完成隐患排查。' })
  @IsString()
  @MaxLength(100_000)
  text!: string;
  @ApiProperty({ enum: ITEM_KINDS }) @IsIn(ITEM_KINDS) kind!: ItemKind;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsCalendarDate() dueDate?: string | null;
  @ApiPropertyOptional({ enum: CADENCES }) @IsOptional() @IsIn(CADENCES) cadence?: Cadence | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() speechId?: string | null;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() parentId?: string | null;

  @ApiProperty({ type: [ItemOrganizationDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ItemOrganizationDto)
  organizations!: ItemOrganizationDto[];

  @ApiPropertyOptional({ description: 'Assign at once: one assignment per organization' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

/** PUT takes the whole record; what the server owns is accepted and ignored. */
export class UpdateItemDto extends IntersectionType(
  OmitType(CreateItemDto, ['speechId', 'publish'] as const),
  ReadOnlyFieldsDto,
) {
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_VERSION) version!: number;

  @ApiHideProperty() @Allow() speechId?: unknown;
  @ApiHideProperty() @Allow() spanStart?: unknown;
  @ApiHideProperty() @Allow() spanEnd?: unknown;
  @ApiHideProperty() @Allow() confidence?: unknown;
  @ApiHideProperty() @Allow() status?: unknown;
  @ApiHideProperty() @Allow() position?: unknown;
  @ApiHideProperty() @Allow() progress?: unknown;
  @ApiHideProperty() @Allow() assignments?: unknown;
}

export class MergeItemsDto {
  @ApiProperty({ type: [String], description: 'Two or more draft items of one speech' })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids!: string[];
}

export class SplitItemDto {
  @ApiProperty({ description: "Offset in the item's text where the second item starts" })
  @IsInt()
  @Min(1)
  @Max(100_000)
  at!: number;
}

/** 撤销: the speech whose latest review action is undone. */
export class UndoReviewDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  speechId!: string;
}

/** The pasted text of a leader's instruction or a meeting decision, for the form's proposal. */
export class ProposeItemDto {
  @ApiProperty({ maxLength: 20_000, example: '请县应急管理局牵头、县消防救援大队配合，11月30日前完成隐患排查。' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20_000)
  text!: string;

  @ApiPropertyOptional({
    example: '2026-11-02',
    description: 'the day it was written: relative deadlines resolve against it (default today)',
  })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

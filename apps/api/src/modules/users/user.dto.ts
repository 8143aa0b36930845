import { ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { ROLES, type Role } from '@luoshi/common';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateUserDto {
  @ApiProperty({ example: 'nongye' })
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_.-]{3,64}$/, { message: 'username must be 3-64 letters, digits, _ . or -' })
  username!: string;

  @ApiProperty({ writeOnly: true, minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password!: string;

  @ApiProperty({ example: '张明' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  organizationId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail()
  @MaxLength(200)
  email?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** PUT takes the whole record; the password is write-only: set it to change it, omit it to keep it. */
export class UpdateUserDto extends IntersectionType(OmitType(CreateUserDto, ['password'] as const), ReadOnlyFieldsDto) {
  @ApiPropertyOptional({ writeOnly: true, description: 'Set to change the password; omit to keep it' })
  @IsOptional()
  @IsString()
  @MinLength(8)
  @MaxLength(200)
  password?: string;

  @ApiProperty() @IsInt() @Min(1) @Max(MAX_VERSION) version!: number;
}

/** A user as the API shows it: never the password hash. */
export interface UserView {
  id: string;
  username: string;
  name: string;
  role: Role;
  organizationId: string | null;
  email: string | null;
  active: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

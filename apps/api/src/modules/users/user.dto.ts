import { ApiHideProperty, ApiProperty, ApiPropertyOptional, IntersectionType, OmitType } from '@nestjs/swagger';
import { ROLES, type Role } from '@luoshi/common';
import { Allow, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export class CreateUserDto {
  @ApiProperty({ example: 'nongye' })
  @IsString()
  @MaxLength(64)
  @Matches(/^[A-Za-z0-9_.-]{3,64}$/, { message: 'username must be 3-64 letters, digits, _ . or -' })
  username!: string;

  @ApiProperty({
    writeOnly: true,
    minLength: 1,
    maxLength: 200,
    description: 'An initial password: at least PASSWORD_MIN_LENGTH (8) characters mixing PASSWORD_MIN_CLASSES (3) of upper case, lower case, digits and symbols; the user must change it at the first sign-in',
  })
  @IsString()
  @IsNotEmpty()
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
  @ApiPropertyOptional({
    writeOnly: true,
    maxLength: 200,
    description: 'Set to reset the password (an initial one: policy checked, changed at the next sign-in, the user\'s sessions end); omit to keep it',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password?: string;

  @ApiProperty() @IsInt() @Min(1) @Max(MAX_VERSION) version!: number;

  // Server-owned fields react-admin echoes back: accepted, ignored.
  @ApiHideProperty() @Allow() lockedUntil?: unknown;
  @ApiHideProperty() @Allow() mustChangePassword?: unknown;
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
  /** Set while the account is locked after too many failed sign-ins. */
  lockedUntil: Date | null;
  /** The password is an initial one, not yet changed by its owner. */
  mustChangePassword: boolean;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'admin123', maxLength: 200, writeOnly: true })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password!: string;
}

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token naming a server-side session that ends after SESSION_IDLE_MINUTES without activity' })
  accessToken!: string;

  @ApiProperty({ description: 'An initial or expired password: every call but change-password, me and logout answers 403 auth.password_change_required until it changes' })
  passwordChangeRequired!: boolean;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: 200, writeOnly: true })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  oldPassword!: string;

  @ApiProperty({
    maxLength: 200,
    writeOnly: true,
    description: 'At least PASSWORD_MIN_LENGTH (8) characters mixing PASSWORD_MIN_CLASSES (3) of upper case, lower case, digits and symbols; not the old password',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  newPassword!: string;
}

class PasswordPolicyDto {
  @ApiProperty() minLength!: number;
  @ApiProperty() minClasses!: number;
}

export class CurrentUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId!: string | null;
  @ApiProperty() passwordChangeRequired!: boolean;
  @ApiProperty() sessionIdleMinutes!: number;
  @ApiProperty({ type: PasswordPolicyDto }) passwordPolicy!: PasswordPolicyDto;
}

import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../core/http/field.validators';
import { MAX_VERSION } from '../assignments/assignment-action.dto';
import { ReadOnlyFieldsDto } from '../../core/rest/record-meta.dto';

export const MAX_SPEECH_CHARS = 2_000_000;

export class CreateSpeechDto {
  @ApiPropertyOptional({
    example: '在全县乡村振兴重点工作推进会上的讲话',
    maxLength: 300,
    description: 'Defaults to the title found in the text',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ example: '2026-03-16', description: 'The day it was given; deadlines resolve against it' })
  @IsOptional()
  @IsCalendarDate()
  date?: string | null;

  @ApiProperty({ description: 'The speech text' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SPEECH_CHARS)
  text!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) speaker?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) meeting?: string | null;
}

/** The form fields that travel with an uploaded file (multipart). */
export class UploadSpeechFieldsDto {
  @ApiPropertyOptional({ description: 'Defaults to the title found in the text, else the file name' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() date?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) speaker?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) meeting?: string;
}

export class UpdateSpeechDto extends ReadOnlyFieldsDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(300) title!: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() date?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(100) speaker?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(300) meeting?: string | null;
  @ApiProperty() @IsInt() @Min(1) @Max(MAX_VERSION) version!: number;

  // The text and what follows from it are fixed once ingested: echoed back by clients, ignored.
  @ApiHideProperty() @Allow() rawText?: unknown;
  @ApiHideProperty() @Allow() sourceFileName?: unknown;
  @ApiHideProperty() @Allow() status?: unknown;
  @ApiHideProperty() @Allow() audienceIds?: unknown;
  @ApiHideProperty() @Allow() unresolvedOrgs?: unknown;
  @ApiHideProperty() @Allow() extractedAt?: unknown;
  @ApiHideProperty() @Allow() createdById?: unknown;
  @ApiHideProperty() @Allow() publishedById?: unknown;
  @ApiHideProperty() @Allow() publishedAt?: unknown;
}

export class PublishSpeechDto {
  @ApiPropertyOptional({ description: 'The version you reviewed; refused with 409 when stale' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_VERSION)
  version?: number;
}

import { ApiHideProperty } from '@nestjs/swagger';
import { Allow } from 'class-validator';

/**
 * Fields a client echoes back on PUT (react-admin sends the whole record) that the server owns:
 * accepted so the request is not refused as unknown, and then ignored.
 */
export class ReadOnlyFieldsDto {
  @ApiHideProperty() @Allow() id?: unknown;
  @ApiHideProperty() @Allow() createdAt?: unknown;
  @ApiHideProperty() @Allow() updatedAt?: unknown;
}

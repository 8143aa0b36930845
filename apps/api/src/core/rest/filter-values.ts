import { BadRequestException } from '@nestjs/common';
import { isUUID } from 'class-validator';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * List filters arrive as untyped JSON: these check a value before it reaches SQL, so a malformed
 * filter is a 400 naming the field rather than a database error.
 */
export function filterUuids(field: string, value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  // react-admin's getMany may ask for no ids at all: match nothing rather than fail.
  if (values.length === 0) return [NIL_UUID];
  for (const v of values) {
    if (typeof v !== 'string' || !isUUID(v)) throw new BadRequestException(`filter.${field} must be a uuid or a list of uuids`);
  }
  return values as string[];
}

export function filterDate(field: string, value: unknown): string {
  if (typeof value !== 'string' || !DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new BadRequestException(`filter.${field} must be a date YYYY-MM-DD`);
  }
  return value;
}

export function filterInstant(field: string, value: unknown): string {
  if (typeof value !== 'string' || !INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new BadRequestException(`filter.${field} must be a date or an ISO 8601 instant`);
  }
  return value;
}

export function filterBoolean(field: string, value: unknown): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new BadRequestException(`filter.${field} must be true or false`);
}

export function filterOneOf<T extends string>(field: string, value: unknown, allowed: readonly T[]): T[] {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (!allowed.includes(v as T)) throw new BadRequestException(`filter.${field} must be one of ${allowed.join(', ')}`);
  }
  return values as T[];
}

export function filterStrings(field: string, value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length === 0 || values.some((v) => typeof v !== 'string')) throw new BadRequestException(`filter.${field} must be a string or a list of strings`);
  return values as string[];
}

import { isUUID } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { invalidField } from '../http/app.exception';
import { isCalendarDate, isInstantDate } from '../http/field.validators';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const INSTANT = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MAX_VALUES = 1000;
const MAX_TEXT = 200;

/** The type a list filter's value must have; declared by every filter, checked before any SQL. */
export type FilterType = 'uuid' | 'enum' | 'date' | 'instant' | 'boolean' | 'text';

/**
 * One filter of a list: its declared type and how a checked value narrows the query. Built only
 * through the constructors below, so that no filter exists without a type check.
 */
export interface ListFilter<T extends ObjectLiteral> {
  readonly type: FilterType;
  readonly values?: readonly string[];
  apply(qb: SelectQueryBuilder<T>, raw: unknown, field: string): void;
}

let parameterCounter = 0;
/** A fresh SQL parameter name: filters of one query never share one. */
export const sqlParam = (): string => `f${++parameterCounter}`;

type Where<T extends ObjectLiteral, V> = string | ((qb: SelectQueryBuilder<T>, value: V, param: string) => void);

function listOf(field: string, value: unknown, reason: 'uuidList' | 'stringList' | 'isIn', extra = {}): unknown[] {
  const values = Array.isArray(value) ? value : [value];
  if (values.length > MAX_VALUES) throw invalidField(`filter.${field}`, 'arrayMaxSize', { max: MAX_VALUES });
  if (values.some((v) => typeof v !== 'string')) throw invalidField(`filter.${field}`, reason, extra);
  return values;
}

function inList<T extends ObjectLiteral>(where: Where<T, string[]>) {
  return (qb: SelectQueryBuilder<T>, values: string[]) => {
    const p = sqlParam();
    if (typeof where === 'string') qb.andWhere(`${where} IN (:...${p})`, { [p]: values });
    else where(qb, values, p);
  };
}

function parseUuids(field: string, value: unknown): string[] {
  const values = listOf(field, value, 'uuidList') as string[];
  if (values.some((v) => !isUUID(v))) throw invalidField(`filter.${field}`, 'uuidList');
  // react-admin's getMany may ask for no ids at all: match nothing rather than fail.
  return values.length === 0 ? [NIL_UUID] : values;
}

/** A uuid or a list of uuids (react-admin's getMany sends `{id: [...]}`). */
export function byUuid<T extends ObjectLiteral>(where: Where<T, string[]>): ListFilter<T> {
  const apply = inList(where);
  return { type: 'uuid', apply: (qb, raw, field) => apply(qb, parseUuids(field, raw)) };
}

/** One of a closed set of values, or a list of them. */
export function byEnum<T extends ObjectLiteral>(allowed: readonly string[], where: Where<T, string[]>): ListFilter<T> {
  const apply = inList(where);
  const known = new Set(allowed);
  return {
    type: 'enum',
    values: allowed,
    apply: (qb, raw, field) => {
      const values = listOf(field, raw, 'isIn', { values: allowed.join(', ') }) as string[];
      if (values.length === 0 || values.some((v) => !known.has(v))) throw invalidField(`filter.${field}`, 'isIn', { values: allowed.join(', ') });
      apply(qb, values);
    },
  };
}

/** Free text compared for equality, or a list of such values. */
export function byText<T extends ObjectLiteral>(where: Where<T, string[]>): ListFilter<T> {
  const apply = inList(where);
  return {
    type: 'text',
    apply: (qb, raw, field) => {
      const values = listOf(field, raw, 'stringList') as string[];
      if (values.length === 0) throw invalidField(`filter.${field}`, 'stringList');
      if (values.some((v) => v.length > MAX_TEXT)) throw invalidField(`filter.${field}`, 'maxLength', { max: MAX_TEXT });
      apply(qb, values);
    },
  };
}

/** A real calendar date YYYY-MM-DD, or the 400 that names the filter. */
export function filterDate(field: string, raw: unknown): string {
  if (typeof raw !== 'string' || !isCalendarDate(raw)) throw invalidField(`filter.${field}`, 'isCalendarDate');
  return raw;
}

/**
 * A date: a bound on a date column (`dueDate_gte`, with `op`), or a condition of its own. Only a
 * real calendar date YYYY-MM-DD.
 */
export function byDate<T extends ObjectLiteral>(where: string | ((qb: SelectQueryBuilder<T>, date: string) => void), op: '>=' | '<=' | '=' = '='): ListFilter<T> {
  return {
    type: 'date',
    apply: (qb, raw, field) => {
      const date = filterDate(field, raw);
      if (typeof where !== 'string') return where(qb, date);
      const p = sqlParam();
      qb.andWhere(`${where} ${op} :${p}`, { [p]: date });
    },
  };
}

/** A bound on a timestamp column: a date or an ISO 8601 instant. */
export function byInstant<T extends ObjectLiteral>(column: string, op: '>=' | '<='): ListFilter<T> {
  return {
    type: 'instant',
    apply: (qb, raw, field) => {
      const date = typeof raw === 'string' ? raw.slice(0, 10) : '';
      if (typeof raw !== 'string' || !INSTANT.test(raw) || !isInstantDate(date) || Number.isNaN(Date.parse(raw))) {
        throw invalidField(`filter.${field}`, 'isInstant');
      }
      const p = sqlParam();
      qb.andWhere(`${column} ${op} :${p}`, { [p]: raw });
    },
  };
}

function parseBoolean(field: string, value: unknown): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw invalidField(`filter.${field}`, 'isBoolean');
}

/** true / false: a column compared for equality, or a condition for each answer. */
export function byBoolean<T extends ObjectLiteral>(where: string | ((qb: SelectQueryBuilder<T>, value: boolean) => void)): ListFilter<T> {
  return {
    type: 'boolean',
    apply: (qb, raw, field) => {
      const value = parseBoolean(field, raw);
      if (typeof where !== 'string') return where(qb, value);
      const p = sqlParam();
      qb.andWhere(`${where} = :${p}`, { [p]: value });
    },
  };
}

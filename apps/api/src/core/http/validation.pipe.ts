import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { isValidationReason, type ErrorParams } from '@luoshi/common';
import { getMetadataStorage } from 'class-validator';
import { AppException, invalidField } from './app.exception';

/** The params each constraint's sentence needs, from the decorator's arguments. */
const CONSTRAINT_PARAMS: ReadonlyMap<string, (args: unknown[]) => ErrorParams> = new Map<string, (args: unknown[]) => ErrorParams>([
  ['max', (a: unknown[]) => ({ max: Number(a[0]) })],
  ['min', (a: unknown[]) => ({ min: Number(a[0]) })],
  ['maxLength', (a: unknown[]) => ({ max: Number(a[0]) })],
  ['minLength', (a: unknown[]) => ({ min: Number(a[0]) })],
  ['arrayMaxSize', (a: unknown[]) => ({ max: Number(a[0]) })],
  ['arrayMinSize', (a: unknown[]) => ({ min: Number(a[0]) })],
  ['isIn', (a: unknown[]) => ({ values: Array.isArray(a[0]) ? a[0].join(', ') : '' })],
]);

/** class-validator's constraint names that differ from the reason they stand for. */
const REASON_ALIASES: ReadonlyMap<string, string> = new Map([
  ['isUuid', 'isUUID'],
  ['nestedValidation', 'isObject'],
]);

interface Leaf {
  path: string;
  error: ValidationError;
}

/** The first failing field, depth first, with its dotted path (`organizations.0.role`). */
function firstLeaf(errors: ValidationError[], prefix = ''): Leaf | null {
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    if (e.constraints && Object.keys(e.constraints).length) return { path, error: e };
    const child = firstLeaf(e.children ?? [], path);
    if (child) return child;
  }
  return null;
}

function constraintArgs(target: object | undefined, property: string, name: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && m.name === name);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

/**
 * One error per request, for the first bad field: unknown -> validation.field_unknown, absent ->
 * validation.field_required, else validation.field_invalid with the constraint as the reason
 * (rendered per language from VALIDATION_REASONS) and its limits as params.
 */
function validationException(errors: ValidationError[]): AppException {
  const leaf = firstLeaf(errors);
  if (!leaf) return invalidField('body', 'invalid');
  const { path, error } = leaf;
  const names = Object.keys(error.constraints ?? {});
  if (names.includes('whitelistValidation')) return new AppException(400, 'validation.field_unknown', { field: path });
  if (error.value === undefined || error.value === null) return new AppException(400, 'validation.field_required', { field: path });
  // A type error says more than the limits that follow from it.
  const name = names.find((n) => n.startsWith('is')) ?? names[0] ?? 'invalid';
  const extra = CONSTRAINT_PARAMS.get(name)?.(constraintArgs(error.target, error.property, name)) ?? {};
  const reason = REASON_ALIASES.get(name) ?? name;
  return invalidField(path, isValidationReason(reason) ? reason : 'invalid', extra);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The global validation: unknown fields rejected, one coded error naming the field. A body that
 * a DTO describes must be a JSON object (`null`, a bare string or an array is refused as such).
 */
class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && this.toValidate(metadata) && !isPlainObject(value) && value !== undefined) {
      throw new AppException(400, 'validation.body_not_object');
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    // The target lets the error's limits be read back from the decorators (validationException).
    validationError: { target: true, value: true },
    exceptionFactory: validationException,
  });
}

import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject, ResponsesObject, SchemaObject } from '@nestjs/swagger';
import { ERROR_CATALOGUE } from '@luoshi/common';
import { getMetadataStorage } from 'class-validator';

/** The part of class-validator's metadata read here. */
interface ValidationMetadata {
  type: string;
  name?: string;
  propertyName: string;
  constraints: unknown[];
  each: boolean;
}

type Schema = SchemaObject & { properties?: Record<string, SchemaObject | ReferenceObject> };

const CONDITIONAL = 'conditionalValidation';
const WHITELIST = 'whitelistValidation';

/** What each class-validator constraint says about a value, in JSON Schema terms. */
const CONSTRAINT_SCHEMA: ReadonlyMap<string, (args: unknown[]) => SchemaObject> = new Map<string, (args: unknown[]) => SchemaObject>([
  ['isString', () => ({ type: 'string' })],
  ['isInt', () => ({ type: 'integer' })],
  ['isNumber', () => ({ type: 'number' })],
  ['isBoolean', () => ({ type: 'boolean' })],
  ['isUuid', () => ({ type: 'string', format: 'uuid' })],
  ['isCalendarDate', () => ({ type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })],
  ['isEmail', () => ({ type: 'string', format: 'email' })],
  ['isIn', (a) => ({ enum: Array.isArray(a[0]) ? [...(a[0] as unknown[])] : [] })],
  ['maxLength', (a) => ({ maxLength: Number(a[0]) })],
  ['minLength', (a) => ({ minLength: Number(a[0]) })],
  ['notBlank', () => ({ minLength: 1, pattern: '\\S' })],
  ['isNotEmpty', () => ({ minLength: 1 })],
  ['matches', (a) => (a[0] instanceof RegExp ? { pattern: a[0].source } : {})],
  ['max', (a) => ({ maximum: Number(a[0]) })],
  ['min', (a) => ({ minimum: Number(a[0]) })],
]);

const ARRAY_SCHEMA: ReadonlyMap<string, (args: unknown[]) => SchemaObject> = new Map<string, (args: unknown[]) => SchemaObject>([
  ['isArray', () => ({ type: 'array' })],
  ['arrayMaxSize', (a) => ({ maxItems: Number(a[0]) })],
  ['arrayMinSize', (a) => ({ minItems: Number(a[0]) })],
]);

function isReference<T extends object>(schema: T | ReferenceObject | undefined): schema is ReferenceObject {
  return !!schema && '$ref' in schema;
}

/** The DTO classes class-validator knows, by class name (the name Swagger gives their schemas). */
type DtoClass = abstract new (...args: never[]) => object;

function validatedClasses(): Map<string, DtoClass> {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<DtoClass, ValidationMetadata[]> };
  const byName = new Map<string, DtoClass>();
  for (const target of storage.validationMetadatas.keys()) if (target.name) byName.set(target.name, target);
  return byName;
}

/**
 * Adds to each request schema what validation enforces: every validated field (also those without
 * an @ApiProperty), its type, format, enum, length and range limits, item limits, and which fields
 * are required. The document and the validation cannot drift apart: both come from the same
 * decorators.
 */
function documentValidation(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const classes = validatedClasses();
  for (const [name, schema] of Object.entries(schemas)) {
    const target = classes.get(name);
    if (!target) continue;
    const metadatas = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false) as unknown as ValidationMetadata[];
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const m of metadatas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
    const properties = (schema.properties ??= {});
    const required = new Set(schema.required ?? []);
    for (const [property, rules] of byProperty) {
      const checks = rules.filter((r) => r.type !== CONDITIONAL && r.type !== WHITELIST);
      if (checks.length === 0) {
        // @Allow only: read-only fields a client may echo back; hidden from the document.
        required.delete(property);
        continue;
      }
      const existing = properties[property];
      const own: SchemaObject = isReference(existing) ? {} : { ...(existing ?? {}) };
      let items: SchemaObject = isReference(own.items) ? {} : { ...(own.items ?? {}) };
      for (const rule of checks) {
        const name = rule.name ?? rule.type;
        const arrayPart = ARRAY_SCHEMA.get(name)?.(rule.constraints ?? []);
        if (arrayPart) Object.assign(own, arrayPart);
        const part = CONSTRAINT_SCHEMA.get(name)?.(rule.constraints ?? []);
        if (!part) continue;
        if (rule.each) items = { ...items, ...part };
        else Object.assign(own, part);
      }
      if (own.type === 'array' && !isReference(own.items)) own.items = items;
      if (!isReference(existing)) properties[property] = own;
      if (rules.some((r) => r.type === CONDITIONAL)) required.delete(property);
      else required.add(property);
    }
    schema.required = [...required];
    if (schema.required.length === 0) delete schema.required;
    // Unknown fields are refused (whitelist + forbidNonWhitelisted).
    schema.additionalProperties = false;
  }
}

const ERROR_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'Every error. `message` is in the language of Accept-Language (zh-CN by default); `code` is stable.',
  required: ['statusCode', 'message', 'error', 'code'],
  properties: {
    statusCode: { type: 'integer', example: 400 },
    message: { type: 'string', example: '字段 percent 无效：不能大于 100。' },
    error: { type: 'string', example: 'Bad Request' },
    code: { type: 'string', enum: Object.keys(ERROR_CATALOGUE), example: 'validation.field_invalid' },
    params: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'integer' }] }, example: { field: 'percent', reason: 'max', max: 100 } },
  },
};

const LIST_PARAMETERS: ParameterObject[] = [
  { name: 'sort', in: 'query', required: false, description: 'JSON ["field","ASC"|"DESC"]', schema: { type: 'string', example: '["createdAt","DESC"]' } },
  { name: 'range', in: 'query', required: false, description: 'JSON [start,end], inclusive, at most 1000 rows', schema: { type: 'string', example: '[0,24]' } },
  { name: 'filter', in: 'query', required: false, description: 'JSON object of filters; `q` searches text', schema: { type: 'string', example: '{}' } },
];

function errorResponse(description: string): { description: string; content: Record<string, { schema: ReferenceObject }> } {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
}

/** The error responses an operation can give, in the order the API checks them. */
function documentErrors(path: string, method: string, operation: OperationObject): void {
  const responses: ResponsesObject = operation.responses;
  const add = (status: string, description: string) => (responses[status] ??= errorResponse(description));
  const secured = (operation.security ?? []).length > 0;
  const hasId = /\{[^}]+\}/.test(path);
  if (secured) {
    add('401', 'No or bad token (http.token_missing, http.token_invalid)');
    add('403', 'The role may not do this (http.role_forbidden)');
  }
  if (hasId) add('404', 'No such record, or not visible to the caller (record.not_found)');
  if (operation.requestBody || (operation.parameters ?? []).length > 0) add('400', 'Invalid input; `params.field` names the field (validation.*, list.*)');
  if (operation.requestBody) add('413', 'Body over the limit (http.payload_too_large)');
  if (hasId && method !== 'get') add('409', 'Illegal in the current state, or a stale version (record.stale_version, …)');
  responses['default'] ??= errorResponse('Any other error, in the same shape');
  for (const [status, response] of Object.entries(responses) as Array<[string, ResponseObject | ReferenceObject]>) {
    if (isReference(response)) continue;
    if (!response.description) response.description = 'OK';
    // Whatever a library documents for its errors (terminus' 503), the filter answers in the one shape.
    if (Number(status) >= 400) responses[status] = errorResponse(response.description);
  }
}

/**
 * Completes the generated OpenAPI document: validation limits on request schemas, the list query
 * parameters on collections, and the error shape on every operation.
 */
export function documentErrorsAndLimits(document: OpenAPIObject): void {
  documentValidation(document);
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas['ApiError'] = ERROR_SCHEMA;
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      if (method === 'get' && operation.operationId?.endsWith('_list')) {
        const others = (operation.parameters ?? []).filter((p: ParameterObject | ReferenceObject) => isReference(p) || p.in !== 'query');
        operation.parameters = [...others, ...LIST_PARAMETERS];
      }
      for (const parameter of operation.parameters ?? []) {
        // Every `:id` goes through IdPipe: a uuid, else 404.
        if (!isReference(parameter) && parameter.in === 'path' && parameter.name === 'id') parameter.schema = { type: 'string', format: 'uuid' };
      }
      documentErrors(path, method, operation);
    }
  }
}

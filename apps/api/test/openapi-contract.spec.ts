import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api';

interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  maxLength?: number;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  items?: Schema;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean;
}

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
}

interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

let api: TestApi;
let doc: Document;

beforeAll(async () => {
  api = await startTestApi();
  doc = (await api.request<Document>('GET', '/docs-json')).body;
});

afterAll(async () => {
  await api.close();
});

/** The routes Express holds after Nest registered every controller, as `METHOD /api/path/{id}`. */
function registeredRoutes(): string[] {
  const express = api.app.getHttpAdapter().getInstance() as { router: { stack: RouteLayer[] } };
  const routes: string[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    const methods = Object.keys(layer.route.methods).filter((m) => METHODS.includes(m));
    // Middleware mounted for every method (logging) and the document's own pages are not routes of the API.
    if (Object.keys(layer.route.methods).length > METHODS.length || layer.route.path.startsWith('/api/docs')) continue;
    const path = layer.route.path.replace(/:(\w+)/g, '{$1}');
    for (const m of methods) routes.push(`${m.toUpperCase()} ${path}`);
  }
  return routes.sort();
}

function documented(): string[] {
  return Object.entries(doc.paths)
    .flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  const target = doc.components.schemas[name];
  if (!target) throw new Error(`dangling $ref ${schema.$ref}`);
  return target;
}

describe('the OpenAPI document', () => {
  it('lists exactly the routes the router serves', () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !documented().includes(r)), 'served but not documented').toEqual([]);
    expect(documented().filter((r) => !routes.includes(r)), 'documented but not served').toEqual([]);
  });

  it('describes every request body field with its type and limits', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        for (const content of Object.values(operation.requestBody?.content ?? {})) {
          const schema = resolve(content.schema);
          const where = `${method} ${path}`;
          expect(Object.keys(schema.properties ?? {}).length, `${where} has no fields`).toBeGreaterThan(0);
          for (const [name, raw] of Object.entries(schema.properties ?? {})) {
            const field = raw.$ref ? resolve(raw) : raw;
            const label = `${where} ${name}`;
            expect(field.type ?? (field.enum ? 'enum' : undefined), `${label} has no type`).toBeDefined();
            if (field.type === 'string' && !field.enum && !field.format) expect(field.maxLength ?? 0, `${label} has no maxLength`).toBeGreaterThan(0);
            if (field.type === 'integer') expect(field.maximum, `${label} has no maximum`).toBeDefined();
            if (field.type === 'array') expect(field.maxItems ?? 0, `${label} has no maxItems`).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('describes the action bodies and the extension request completely', () => {
    const schemas = doc.components.schemas;
    expect(schemas['ReasonDto']?.required).toEqual(['reason']);
    expect(schemas['ReasonDto']?.properties?.['reason']).toMatchObject({ type: 'string', maxLength: 20_000, minLength: 1 });
    expect(schemas['ReportDto']?.required?.sort()).toEqual(['done', 'percent']);
    expect(schemas['ReportDto']?.properties?.['percent']).toMatchObject({ type: 'integer', minimum: 0, maximum: 100 });
    expect(schemas['ReportDto']?.properties?.['attachments']).toMatchObject({ type: 'array', maxItems: 50, items: { format: 'uuid' } });
    expect(Object.keys(schemas['UrgeDto']?.properties ?? {}).sort()).toEqual(['message', 'version']);
    expect(Object.keys(schemas['RequestCompletionDto']?.properties ?? {}).sort()).toEqual(['summary', 'version']);
    expect(schemas['CreateExtensionRequestDto']).toMatchObject({
      required: ['assignmentId', 'newDueDate', 'reason'],
      additionalProperties: false,
      properties: { assignmentId: { format: 'uuid' }, newDueDate: { format: 'date' }, reason: { maxLength: 20_000 } },
    });
    expect(schemas['CreateOrganizationDto']?.properties?.['kind']?.enum).toContain('party_committee');
    const report = doc.paths['/api/assignments/{id}/report']?.['post'];
    expect(report?.requestBody?.content['application/json']?.schema.$ref).toBe('#/components/schemas/ReportDto');
  });

  it('documents the error shape on every operation', () => {
    expect(doc.components.schemas['ApiError']).toMatchObject({ required: ['statusCode', 'message', 'error', 'code'] });
    expect(doc.components.schemas['ApiError']?.properties?.['code']?.enum).toContain('validation.field_invalid');
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const errors = Object.entries(operation.responses).filter(([status]) => status === 'default' || Number(status) >= 400);
        expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const [status, response] of errors) {
          expect(response.content?.['application/json']?.schema.$ref, `${method} ${path} ${status}`).toBe('#/components/schemas/ApiError');
        }
        if (operation.security?.length) expect(Object.keys(operation.responses)).toContain('401');
        if (path.includes('{id}')) expect(Object.keys(operation.responses)).toContain('404');
        for (const response of Object.values(operation.responses)) expect(response.description.length).toBeGreaterThan(0);
      }
    }
  });
});

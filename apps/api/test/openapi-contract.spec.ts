import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@luoshi/common';
import { createAssignment, removeFixtures } from './support/fixtures';
import { insertLeadersFixture, removeLeadersFixture, type LeadersFixture } from './support/leaders-fixtures';
import { startTestApi, type TestApi } from './support/test-api';

interface Schema {
  type?: string;
  nullable?: boolean;
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
  additionalProperties?: boolean | (Schema & { oneOf?: Schema[] });
}

/** Where a value breaks its schema ('' when it does not): types, nullability, exactly the documented fields. */
function mismatch(value: unknown, raw: Schema, at: string): string {
  const schema = resolve(raw);
  if (value === null) return schema.nullable ? '' : `${at} is null`;
  if (schema.type === 'array') {
    if (!Array.isArray(value)) return `${at} is not an array`;
    return value.map((v, i) => mismatch(v, schema.items ?? {}, `${at}[${i}]`)).find(Boolean) ?? '';
  }
  if (schema.type === 'object' && !schema.properties && typeof schema.additionalProperties === 'object') {
    // A map (a list filter): any keys, each value as documented.
    if (typeof value !== 'object' || Array.isArray(value)) return `${at} is not an object`;
    const values = schema.additionalProperties.oneOf ?? [schema.additionalProperties];
    return Object.entries(value as object).map(([k, v]) => (values.some((s) => mismatch(v, s, `${at}.${k}`) === '') ? '' : `${at}.${k} matches none`)).find(Boolean) ?? '';
  }
  if (schema.type === 'object') {
    if (typeof value !== 'object' || Array.isArray(value)) return `${at} is not an object`;
    const keys = Object.keys(value as object).sort();
    const documented = Object.keys(schema.properties ?? {}).sort();
    if (keys.join() !== documented.join()) return `${at} has ${keys.join(',')} but the document says ${documented.join(',')}`;
    return keys.map((k) => mismatch((value as Record<string, unknown>)[k], schema.properties?.[k] ?? {}, `${at}.${k}`)).find(Boolean) ?? '';
  }
  if (schema.enum && !schema.enum.includes(value)) return `${at}=${String(value)} is not in the enum`;
  const types: Record<string, string> = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean' };
  if (schema.type && typeof value !== types[schema.type]) return `${at} is ${typeof value}, documented ${schema.type}`;
  if (schema.type === 'integer' && !Number.isInteger(value)) return `${at} is not an integer`;
  return '';
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
  await removeFixtures(api);
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

  it('documents the responses as the API gives them', async () => {
    const admin = await api.login('admin');
    // Every resource needs a row to compare: an extension request and a file of a fixture assignment.
    const fixture = await createAssignment(api, { organization: '县总工会', state: 'in_progress', dueInDays: 20 });
    const org = await api.login('gonghui');
    const extension = await api.request('POST', '/extension-requests', {
      token: org,
      body: { assignmentId: fixture.id, newDueDate: addDays(fixture.dueDate ?? '', 10), reason: '需要更多时间' },
    });
    expect(extension.status).toBe(201);
    const form = new FormData();
    form.set('assignmentId', fixture.id);
    form.set('file', new Blob(['进展材料'], { type: 'text/plain' }), '材料.txt');
    expect((await api.request('POST', '/attachments', { token: org, form })).status).toBe(201);
    const successSchema = (path: string, method: string) => {
      const responses = doc.paths[`/api${path}`]?.[method]?.responses ?? {};
      const ok = Object.entries(responses).find(([status]) => status.startsWith('2'))?.[1];
      const schema = ok?.content?.['application/json']?.schema;
      if (!schema) throw new Error(`${method} ${path}: no response schema`);
      return schema;
    };
    for (const resource of ['organizations', 'users', 'speeches', 'items', 'assignments', 'reports', 'extension-requests', 'attachments', 'audit-events']) {
      const list = await api.request<Array<{ id: string }>>('GET', `/${resource}?range=[0,9]`, { token: admin });
      expect(list.status).toBe(200);
      expect(list.body.length, `${resource} has demo rows to compare`).toBeGreaterThan(0);
      expect(mismatch(list.body, successSchema(`/${resource}`, 'get'), resource)).toBe('');
      if (resource === 'attachments') continue;
      const one = await api.request('GET', `/${resource}/${list.body[0]?.id}`, { token: admin });
      expect(mismatch(one.body, successSchema(`/${resource}/{id}`, 'get'), `${resource}/{id}`)).toBe('');
    }
    const assignment = (await api.request<Array<{ id: string }>>('GET', '/assignments', { token: admin })).body[0];
    const history = await api.request('GET', `/assignments/${assignment?.id}/history`, { token: admin });
    expect(mismatch(history.body, successSchema('/assignments/{id}/history', 'get'), 'history')).toBe('');
    const me = await api.request('GET', '/auth/me', { token: admin });
    expect(mismatch(me.body, successSchema('/auth/me', 'get'), 'me')).toBe('');
    const login = await api.request('POST', '/auth/login', { body: { username: 'mishu', password: 'mishu123' } });
    expect(mismatch(login.body, successSchema('/auth/login', 'post'), 'login')).toBe('');
  });

  it('documents the leaders’ view responses as the API gives them', async () => {
    let fx: LeadersFixture | undefined;
    try {
      fx = await insertLeadersFixture(api);
      const supervisor = await api.login('duban');
      const schema = (path: string, method: string) => {
        const responses = doc.paths[`/api${path}`]?.[method]?.responses ?? {};
        const ok = Object.entries(responses).find(([status]) => status.startsWith('2'))?.[1];
        const found = ok?.content?.['application/json']?.schema;
        if (!found) throw new Error(`${method} ${path}: no response schema`);
        return found;
      };
      const period = `from=2026-11-01&to=2026-12-01&speechId=${fx.speechId}`;
      const issued = await api.request<{ id: string }>('POST', '/bulletins', { token: supervisor, body: { period: 'week', date: '2026-11-16' } });
      const schemes = await api.request<Array<{ id: string }>>('GET', '/scoring-schemes', { token: supervisor });
      for (const [path, documented] of [
        [`/dashboard/summary?${period}`, '/dashboard/summary'],
        [`/dashboard/ranking?${period}`, '/dashboard/ranking'],
        [`/dashboard/progress?${period}`, '/dashboard/progress'],
        [`/dashboard/trend?${period}`, '/dashboard/trend'],
        [`/dashboard/heatmap?${period}&by=section`, '/dashboard/heatmap'],
        [`/dashboard/speeches/${fx.speechId}/board?period=month&date=2026-11-01`, '/dashboard/speeches/{id}/board'],
        [`/dashboard/organizations/${fx.orgIds.P}/scorecard?${period}`, '/dashboard/organizations/{id}/scorecard'],
        ['/bulletins/preview?period=month&date=2026-11-01', '/bulletins/preview'],
        ['/bulletins', '/bulletins'],
        [`/bulletins/${issued.body.id}`, '/bulletins/{id}'],
        ['/scoring-schemes', '/scoring-schemes'],
        [`/scoring-schemes/${schemes.body[0]?.id}`, '/scoring-schemes/{id}'],
      ] as const) {
        const reply = await api.request('GET', path, { token: supervisor });
        expect(reply.status, path).toBe(200);
        expect(mismatch(reply.body, schema(documented, 'get'), documented)).toBe('');
      }
    } finally {
      await removeLeadersFixture(api, fx);
    }
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

import { ERROR_CATALOGUE, isValidationReason } from '@luoshi/common';
import { migrateDatabase } from '@luoshi/data';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '@luoshi/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoPassword, startTestApi, type TestApi } from '../support/test-api';
import { HOSTILE_PATH_VALUES, hostileListQueries, hostileValues, seededRandom, type Schema } from './hostile-values';

/**
 * Requests generated from /api/docs-json at run time: for every operation, every path parameter,
 * list parameter and body field gets hostile values while the rest of the request stays valid
 * (real record ids in the path), as an admin and as an organization user. No answer may be a 5xx,
 * every error must be in the error shape with a catalogued code, and afterwards the product
 * must still serve other users (the canary).
 */

const SEED = 20261201;
const METHODS = ['get', 'post', 'put', 'delete'] as const;
/** Canary accounts: never used (nor their passwords guessed) by the fuzz, so no lockout can hit them. */
const CANARY_USERS = ['duban', 'gonghui'];
/** How many probes each operation gets per role: enough for thousands in all, within ~90 s. */
const PROBES_PER_OPERATION = { admin: 40, org: 18 };
/** The react-admin list parameters, probed by hostileListQueries. */
const LIST_PARAMETERS: ReadonlySet<string> = new Set(['filter', 'range', 'sort']);
/** The organization user the fuzz acts as. */
const FUZZ_ORG_USER = 'nongye';

interface Operation {
  method: (typeof METHODS)[number];
  path: string;
  parameters: Array<{ name: string; in: string; schema?: Schema }>;
  body?: { type: 'json' | 'multipart'; schema: Schema };
}

interface Probe {
  method: string;
  path: string;
  query?: string;
  body?: unknown;
  multipart?: Record<string, unknown>;
  /** Sent as it is, with `headers`, instead of `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
  role: 'admin' | 'org';
}

/** Headers and raw bodies that reach the HTTP stack before any route: each operation gets them. */
const HOSTILE_TRANSPORT: Array<{ headers: Record<string, string>; rawBody?: string }> = [
  { headers: { 'content-type': 'application/json; charset=latin1' }, rawBody: '{}' },
  { headers: { 'content-type': 'application/json; charset=utf-16' }, rawBody: '{}' },
  { headers: { 'content-type': 'text/plain' }, rawBody: 'just text' },
  { headers: { 'content-type': 'application/x-www-form-urlencoded' }, rawBody: '__proto__[x]=1&a=%00' },
  { headers: { 'content-type': 'application/json' }, rawBody: '{"a":' },
  { headers: { 'content-type': 'application/json' }, rawBody: `${'['.repeat(5000)}${']'.repeat(5000)}` },
  { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, rawBody: 'not gzip' },
  { headers: { 'content-type': 'application/json', 'content-encoding': 'br, x-unknown' }, rawBody: '{}' },
  { headers: { 'content-type': 'multipart/form-data; boundary=zzz' }, rawBody: '--zzz\r\nbroken' },
  { headers: { 'accept-language': 'en;q=abc,*,zz-ZZ;q=2', 'x-forwarded-for': 'not-an-ip, 999.1.1.1' } },
  { headers: { authorization: 'Bearer not.a.jwt' } },
  { headers: { authorization: 'Basic YWRtaW46YWRtaW4xMjM=' } },
];

interface Outcome {
  probe: Probe;
  status: number;
  body: unknown;
  ms: number;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: Operation['parameters']; requestBody?: { content: Record<string, { schema: Schema }> } }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

let api: TestApi;
let doc: OpenApiDocument;
const tokens: Record<Probe['role'], string> = { admin: '', org: '' };
/** Operations that end the caller's session get sessions of their own, so the rest of the fuzz keeps its tokens. */
const SESSION_ENDING: ReadonlySet<string> = new Set(['/auth/logout', '/auth/change-password']);
const spareTokens: Record<Probe['role'], string> = { admin: '', org: '' };
/**
 * Real ids per role and resource (the path's first segment), as each role's own lists show them;
 * `sacrificial` ones may be deleted or rewritten.
 */
const idsByRole: Record<Probe['role'], Map<string, string[]>> = { admin: new Map(), org: new Map() };
let realIds = idsByRole.admin;
const sacrificial = new Map<string, string>();

function resolve(schema: Schema | undefined): Schema {
  if (!schema?.$ref) return schema ?? {};
  return doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {};
}

function operations(): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const content = op.requestBody?.content ?? {};
      const json = content['application/json'];
      const multipart = content['multipart/form-data'];
      const body = json
        ? { type: 'json' as const, schema: resolve(json.schema) }
        : multipart
          ? { type: 'multipart' as const, schema: resolve(multipart.schema) }
          : undefined;
      result.push({ method, path: path.replace(/^\/api/, ''), parameters: op.parameters ?? [], body });
    }
  }
  return result;
}

const ID_FIELDS: Record<string, string> = {
  assignmentId: 'assignments',
  organizationId: 'organizations',
  parentId: 'organizations',
  speechId: 'speeches',
  reportId: 'reports',
};

function firstId(resource: string): string {
  return realIds.get(resource)?.[0] ?? '00000000-0000-4000-8000-000000000000';
}

let uniq = 0;
/** A valid value for a field, so that only the field under test is wrong. */
function validValue(name: string, raw: Schema): unknown {
  const schema = resolve(raw);
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'array') {
    const items = resolve(schema.items);
    if (items.properties) return [validObject(items)];
    if (name === 'ids') return (realIds.get('items') ?? []).slice(0, 2);
    return [];
  }
  if (schema.properties) return validObject(schema);
  if (schema.format === 'uuid') return firstId(ID_FIELDS[name] ?? 'items');
  if (schema.format === 'date') return '2026-12-31';
  if (schema.format === 'email') return `fuzz${++uniq}@example.com`;
  if (schema.format === 'binary') return 'file';
  if (schema.type === 'integer' || schema.type === 'number') return name === 'version' ? 1 : (schema.minimum ?? 1);
  if (schema.type === 'boolean') return name === 'active';
  if (name === 'username') return `fuzz_${++uniq}`;
  if (name === 'password') return 'Fuzz-Pass-2026';
  return typeof schema.example === 'string' ? schema.example : `模糊测试 ${++uniq}`;
}

function validObject(schema: Schema): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const field = schema.properties?.[name];
    if (field) body[name] = validValue(name, field);
  }
  return body;
}

/** Path ids: real ones, except that deletes and rewrites of people and organizations hit only the fuzz's own. */
function realPathId(op: Operation): string {
  const resource = op.path.split('/')[1] ?? '';
  const mine = sacrificial.get(resource);
  if (op.method === 'delete' || ((resource === 'users' || resource === 'organizations') && op.method !== 'get'))
    return mine ?? firstId('none');
  return firstId(resource);
}

/** A value as a query string carries it; a lone surrogate (which encodeURIComponent refuses) as its UTF-8 bytes. */
function encodeQueryValue(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function fillPath(op: Operation, hostile?: { name: string; value: string }): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => (hostile?.name === name ? hostile.value : realPathId(op)));
}

/**
 * The probes of one operation, one group per thing under test (a path parameter, the list
 * parameters, a body field, the body as a whole), each group in a seeded order.
 */
function probesFor(op: Operation, role: Probe['role'], random: () => number): Probe[][] {
  realIds = idsByRole[role];
  const groups: Probe[][] = [];
  let probes: Probe[] = [];
  const group = () => {
    if (probes.length) groups.push(shuffle(probes, random));
    probes = [];
  };
  const base = op.body ? validObject(op.body.schema) : undefined;
  const isLogin = op.path === '/auth/login';
  // Login is probed with a user that does not exist, so no account is ever locked by the fuzz.
  if (isLogin && base) Object.assign(base, { username: 'fuzz-nobody', password: 'not-the-password' });
  const make = (path: string, extra: Partial<Probe> = {}): Probe => {
    const body = extra.body !== undefined ? extra.body : base;
    if (op.body?.type === 'multipart' && typeof body === 'object' && body !== null && !Array.isArray(body)) {
      return {
        method: op.method.toUpperCase(),
        path,
        role,
        ...extra,
        body: undefined,
        multipart: body as Record<string, unknown>,
      };
    }
    return { method: op.method.toUpperCase(), path, role, ...extra, body };
  };

  probes.push(make(fillPath(op)));
  group();
  for (const transport of HOSTILE_TRANSPORT)
    probes.push({ ...make(fillPath(op)), body: undefined, multipart: undefined, ...transport });
  group();
  for (const p of op.parameters.filter((x) => x.in === 'path')) {
    for (const value of HOSTILE_PATH_VALUES) probes.push(make(fillPath(op, { name: p.name, value })));
    group();
  }
  if (op.parameters.some((p) => p.in === 'query' && p.name === 'filter')) {
    for (const query of hostileListQueries()) probes.push(make(fillPath(op), { query }));
    group();
  }
  // Every other query parameter (the 看板's period, scope, limit, …): its schema's edge values and
  // every hostile value, as text, and repeated (which arrives as an array).
  for (const p of op.parameters.filter((x) => x.in === 'query' && !LIST_PARAMETERS.has(x.name))) {
    for (const value of hostileValues(resolve(p.schema))) {
      const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
      probes.push(make(fillPath(op), { query: `${p.name}=${encodeQueryValue(text)}` }));
    }
    probes.push(make(fillPath(op), { query: `${p.name}=1&${p.name}=2` }));
    group();
  }
  if (op.body && base) {
    const properties = op.body.schema.properties ?? {};
    for (const [name, raw] of Object.entries(properties)) {
      const schema = resolve(raw);
      if (schema.format === 'binary') continue;
      for (const value of hostileValues(schema)) probes.push(make(fillPath(op), { body: { ...base, [name]: value } }));
      group();
      // One level down: the first element of an array of objects.
      const items = resolve(schema.items);
      if (schema.type === 'array' && items.properties) {
        for (const [inner, innerRaw] of Object.entries(items.properties)) {
          for (const value of hostileValues(resolve(innerRaw)).filter(() => random() < 0.5)) {
            probes.push(make(fillPath(op), { body: { ...base, [name]: [{ ...validObject(items), [inner]: value }] } }));
          }
          group();
        }
      }
    }
    for (const body of [
      null,
      'a string',
      42,
      [base],
      { ...base, __proto__: { admin: true } },
      { ...base, constructor: { prototype: { x: 1 } } },
      { ...base, unknownField: 1 },
    ]) {
      probes.push(make(fillPath(op), { body }));
    }
    group();
  }
  return groups;
}

function shuffle<T>(values: T[], random: () => number): T[] {
  const result = [...values];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** Up to `cap` probes of an operation, taken from its groups in turn so that every group is probed. */
function interleave(groups: Probe[][], cap: number): Probe[] {
  const picked: Probe[] = [];
  for (let round = 0; picked.length < cap && groups.some((g) => g.length > round); round++) {
    for (const g of groups) {
      const probe = g[round];
      if (probe && picked.length < cap) picked.push(probe);
    }
  }
  return picked;
}

async function send(probe: Probe): Promise<Outcome> {
  const token = SESSION_ENDING.has(probe.path) ? spareTokens[probe.role] : tokens[probe.role];
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...probe.headers };
  let body: string | FormData | undefined;
  if (probe.rawBody !== undefined) {
    body = probe.method === 'GET' ? undefined : probe.rawBody;
  } else if (probe.multipart) {
    const form = new FormData();
    for (const [k, v] of Object.entries(probe.multipart)) form.set(k, typeof v === 'string' ? v : JSON.stringify(v));
    form.set('file', new Blob(['模糊测试文件'], { type: 'text/plain' }), 'fuzz.txt');
    body = form;
  } else if (probe.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(probe.body);
  }
  const started = performance.now();
  const res = await fetch(`${api.url}/api${probe.path}${probe.query ? `?${probe.query}` : ''}`, {
    method: probe.method,
    headers,
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // kept as text: a non-JSON error fails the shape check below
  }
  return { probe, status: res.status, body: parsed, ms: performance.now() - started };
}

async function runAll(probes: Probe[], concurrency: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = new Array(probes.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const i = next++;
        outcomes[i] = await send(probes[i] as Probe);
      }
    }),
  );
  return outcomes;
}

function inErrorShape(outcome: Outcome): boolean {
  const b = outcome.body as { statusCode?: unknown; message?: unknown; error?: unknown; code?: unknown } | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    b.statusCode === outcome.status &&
    typeof b.message === 'string' &&
    typeof b.error === 'string' &&
    typeof b.code === 'string' &&
    Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, b.code)
  );
}

/**
 * A refused field names a reason of the catalogue other than the fallbacks: `invalid` and `check`
 * are what PostgreSQL's refusal of input that no validator checked becomes, and free text would
 * reach a Chinese reader in English.
 */
function withNamedReason(outcome: Outcome): boolean {
  const b = outcome.body as { code?: unknown; params?: { reason?: unknown } } | null;
  if (b?.code !== 'validation.field_invalid') return true;
  const reason = b.params?.reason;
  return isValidationReason(reason) && reason !== 'invalid' && reason !== 'check';
}

function describeProbe(o: Outcome): string {
  const sent =
    o.probe.rawBody !== undefined
      ? `${JSON.stringify(o.probe.headers)} ${o.probe.rawBody}`
      : JSON.stringify(o.probe.body ?? o.probe.multipart ?? '');
  return `${o.status} ${o.probe.role} ${o.probe.method} ${o.probe.path.slice(0, 120)}${o.probe.query ? `?${o.probe.query.slice(0, 120)}` : ''} ${sent.slice(0, 200)} -> ${JSON.stringify(o.body).slice(0, 200)}`;
}

async function collectIds(): Promise<void> {
  for (const resource of [
    'organizations',
    'users',
    'speeches',
    'items',
    'assignments',
    'reports',
    'extension-requests',
    'attachments',
    'notifications',
    'audit-events',
  ]) {
    for (const role of ['admin', 'org'] as const) {
      const reply = await api.request<Array<{ id: string; username?: string }>>('GET', `/${resource}?range=[0,49]`, {
        token: tokens[role],
      });
      const rows = Array.isArray(reply.body) ? reply.body : [];
      const ids = rows.filter((r) => !CANARY_USERS.includes(r.username ?? '')).map((r) => r.id);
      // What the role cannot list (users, the audit trail) it still probes with the admin's ids.
      idsByRole[role].set(resource, ids.length ? ids : (idsByRole.admin.get(resource) ?? []));
    }
  }
  // What the fuzz may delete or rewrite: records of its own.
  const org = await api.request<{ id: string }>('POST', '/organizations', {
    token: tokens.admin,
    body: { name: '模糊测试单位', kind: 'other' },
  });
  sacrificial.set('organizations', org.body.id);
  const user = await api.request<{ id: string }>('POST', '/users', {
    token: tokens.admin,
    body: { username: 'fuzz_target', password: 'Fuzz-Pass-2026', name: '模糊测试用户', role: 'viewer' },
  });
  sacrificial.set('users', user.body.id);
  const speech = await api.request<{ id: string }>('POST', '/speeches', {
    token: tokens.admin,
    body: { title: '模糊测试讲话', text: '一要抓好落实。' },
  });
  sacrificial.set('speeches', speech.body.id);
  const item = await api.request<{ id: string }>('POST', '/items', {
    token: tokens.admin,
    body: { title: '模糊测试事项', text: '', kind: 'directive', organizations: [] },
  });
  sacrificial.set('items', item.body.id);
}

let database: TestDatabase | undefined;

beforeAll(async () => {
  // A database of its own: the fuzz approves, cancels and rewrites real records, which the other
  // test files (sharing the run's database) must not see.
  database = await createTestDatabase('fuzz');
  await migrateDatabase(database.ownerUrl, database.appRole);
  api = await startTestApi({ DATABASE_URL: database.url, QUEUE_PREFIX: `${inject('queuePrefix')}fuzz` });
  tokens.admin = await api.login('admin');
  tokens.org = await api.login(FUZZ_ORG_USER);
  for (const [role, username] of [['admin', 'admin'], ['org', FUZZ_ORG_USER]] as const) {
    const spare = await api.request<{ accessToken: string }>('POST', '/auth/login', { body: { username, password: demoPassword(username) } });
    spareTokens[role] = spare.body.accessToken;
  }
  doc = (await api.request<OpenApiDocument>('GET', '/docs-json')).body;
  await collectIds();
}, 60_000);

afterAll(async () => {
  await api?.close();
  if (database) await dropTestDatabase(database.name);
});

describe('fuzzing every operation of the OpenAPI document', () => {
  it('answers thousands of hostile requests without a 5xx, always in the error shape, and keeps serving', async () => {
    const random = seededRandom(SEED);
    const ops = operations();
    expect(ops.length).toBeGreaterThan(40);
    const probes = [
      ...ops.flatMap((op) => interleave(probesFor(op, 'admin', random), PROBES_PER_OPERATION.admin)),
      ...ops.flatMap((op) => interleave(probesFor(op, 'org', random), PROBES_PER_OPERATION.org)),
    ];
    // Plain query parameters are probed too (the 看板's limit here), not only the list parameters.
    expect(probes.some((p) => p.path === '/dashboard/progress' && p.query?.startsWith('limit='))).toBe(true);
    process.stdout.write(`fuzz: ${probes.length} probes\n`);
    const started = Date.now();
    const outcomes = await runAll(probes, 4);
    const byOperation = new Map<string, number>();
    for (const o of outcomes) {
      const key = `${o.probe.method} ${o.probe.path.replace(/\/[^/]*-[^/]*-[^/]*(\/|$)/, '/{id}$1').slice(0, 60)}`;
      byOperation.set(key, (byOperation.get(key) ?? 0) + o.ms);
    }
    const slowest = [...byOperation.entries()]
      .sort(([, a], [, b]) => b - a)
      .slice(0, 5)
      .map(([k, ms]) => `${k} ${Math.round(ms)} ms`);
    process.stdout.write(`fuzz: ${Date.now() - started} ms; slowest operations:\n  ${slowest.join('\n  ')}\n`);

    const histogram = new Map<number, number>();
    for (const o of outcomes) histogram.set(o.status, (histogram.get(o.status) ?? 0) + 1);
    const table = [...histogram.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    process.stdout.write(
      `fuzz: ${outcomes.length} requests over ${ops.length} operations (seed ${SEED})\n  ${table.join('\n  ')}\n`,
    );

    // The worker-liveness probe answers 503 by design when no worker beats (none runs in this test).
    const reportsDeadWorker = (o: Outcome) =>
      o.status === 503 &&
      o.probe.path === '/health/worker' &&
      (o.body as { code?: string }).code === 'http.unavailable';
    const serverErrors = outcomes.filter((o) => o.status >= 500 && !reportsDeadWorker(o));
    expect(serverErrors.map(describeProbe).slice(0, 20), 'no 5xx').toEqual([]);
    const badShape = outcomes.filter((o) => o.status >= 400 && !inErrorShape(o));
    expect(badShape.map(describeProbe).slice(0, 20), 'every error in the shape').toEqual([]);
    const unnamedReason = outcomes.filter((o) => !withNamedReason(o));
    expect(unnamedReason.map(describeProbe).slice(0, 20), 'every refused field with a reason of its own').toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(2000);
    const reachedValidation = outcomes.filter((o) => o.status !== 401 && o.status !== 403).length;
    expect(reachedValidation / outcomes.length).toBeGreaterThanOrEqual(0.5);
    // The hostile values were refused as such, not by chance: a large share of answers are 400s.
    expect(histogram.get(400) ?? 0).toBeGreaterThan(outcomes.length / 4);

    // The canary: other people still log in, list and open records.
    for (const username of CANARY_USERS) {
      const login = await api.request<{ accessToken: string }>('POST', '/auth/login', {
        body: { username, password: demoPassword(username) },
      });
      expect(login.status, `login ${username}`).toBe(200);
      const token = login.body.accessToken;
      for (const resource of ['assignments', 'organizations']) {
        const list = await api.request<Array<{ id: string }>>('GET', `/${resource}?sort=["id","ASC"]&range=[0,9]`, {
          token,
        });
        expect(list.status, `${username} lists ${resource}`).toBe(200);
        expect(list.body.length, `${username} sees ${resource}`).toBeGreaterThan(0);
        const show = await api.request('GET', `/${resource}/${list.body[0]?.id}`, { token });
        expect(show.status, `${username} opens one of ${resource}`).toBe(200);
      }
    }
    expect((await api.request('GET', '/health')).status).toBe(200);
  }, 180_000);
});

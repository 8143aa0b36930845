import { DEFAULT_SCORING_RULES, ERROR_CATALOGUE, isValidationReason } from '@luoshi/common';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface ErrorReply {
  statusCode: number;
  message: string;
  error: string;
  code: string;
  params?: Record<string, unknown>;
}

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__'];

let api: TestApi;
let admin: string;

/** A request with the raw body and headers given, as a hostile client would send it. */
async function raw(method: string, path: string, options: { body?: string; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${api.url}/api${path}`, { method, headers: options.headers, body: options.body });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // kept as text: the assertion shows it
  }
  return { status: res.status, body: body as ErrorReply, headers: res.headers };
}

function expectErrorShape(body: ErrorReply, status: number, code: string): void {
  expect(body).toMatchObject({ statusCode: status, code });
  expect(typeof body.message).toBe('string');
  expect(body.message.length).toBeGreaterThan(3);
  expect(typeof body.error).toBe('string');
  expect(Object.keys(ERROR_CATALOGUE)).toContain(body.code);
}

beforeAll(async () => {
  api = await startTestApi();
  admin = await api.login('admin');
});

afterAll(async () => {
  await api.close();
});

describe('list queries keyed by client input', () => {
  it('refuses built-in property names as sort fields with 400, and later requests still work', async () => {
    for (const resource of ['organizations', 'users', 'assignments', 'items', 'speeches', 'audit-events']) {
      for (const name of PROTOTYPE_NAMES) {
        const reply = await api.request<ErrorReply>('GET', `/${resource}${listQuery({ sort: [name, 'ASC'] })}`, { token: admin });
        expect(reply.status, `${resource} sort ${name}`).toBe(400);
        expectErrorShape(reply.body, 400, 'list.sort_unknown');
        expect(reply.body.params).toMatchObject({ field: name });
      }
    }
    // Nothing was left behind in shared state: every kind of list and record still answers.
    const orgs = await api.request<Array<{ id: string }>>('GET', `/organizations${listQuery({ sort: ['name', 'ASC'] })}`, { token: admin });
    expect(orgs.status).toBe(200);
    expect(orgs.body.length).toBeGreaterThan(0);
    expect((await api.request('GET', `/organizations/${orgs.body[0]?.id}`, { token: admin })).status).toBe(200);
    for (const resource of ['users', 'assignments', 'items', 'speeches', 'reports', 'notifications']) {
      expect((await api.request('GET', `/${resource}`, { token: admin })).status, resource).toBe(200);
    }
    expect(({} as Record<string, unknown>)['o.id']).toBeUndefined();
  });

  it('refuses built-in property names as filter names with 400', async () => {
    for (const name of PROTOTYPE_NAMES) {
      const reply = await api.request<ErrorReply>('GET', `/organizations?filter=${encodeURIComponent(`{"${name}":"x"}`)}`, { token: admin });
      expect(reply.status, name).toBe(400);
      expectErrorShape(reply.body, 400, 'list.filter_unknown');
    }
    expect((await api.request('GET', `/users${listQuery({ filter: { role: 'admin' } })}`, { token: admin })).status).toBe(200);
  });

  it('keeps range within safe integers', async () => {
    for (const range of ['[1e20,1e20]', '[0,1e20]', '[-1,5]', '[0.5,3]', '[3,1]', '["0","5"]', '[0]', '{}', '[0,5,9]']) {
      const reply = await api.request<ErrorReply>('GET', `/organizations?range=${encodeURIComponent(range)}`, { token: admin });
      expect(reply.status, range).toBe(400);
      expect(reply.body.params).toMatchObject({ field: 'range', reason: 'rangeShape' });
    }
    const far = await api.request<unknown[]>('GET', `/organizations${listQuery({ range: [2_000_000_000, 2_000_000_010] })}`, { token: admin });
    expect(far.status).toBe(200);
    expect(far.body).toEqual([]);
  });

  it('checks every filter value for the type its field declares', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['organizations', { parentId: 'not-a-uuid' }, 'uuidList'],
      ['organizations', { id: [1, 2] }, 'uuidList'],
      ['items', { organizationId: "1' OR '1'='1" }, 'uuidList'],
      ['users', { organizationId: { nested: true } }, 'uuidList'],
      ['assignments', { dueDate_gte: '2026-W05-3' }, 'isCalendarDate'],
      ['assignments', { dueDate_lte: '2026-035' }, 'isCalendarDate'],
      ['items', { dueDate_gte: '2026-02-30' }, 'isCalendarDate'],
      ['speeches', { date_lte: 20260101 }, 'isCalendarDate'],
      ['assignments', { overdue: 'maybe' }, 'isBoolean'],
      ['users', { active: 1 }, 'isBoolean'],
      ['organizations', { kind: 'castle' }, 'isIn'],
      ['assignments', { state: ['signed', 'valueOf'] }, 'isIn'],
      ['reports', { createdAt_gte: 'yesterday' }, 'isInstant'],
      ['organizations', { q: { $ne: 1 } }, 'isString'],
    ];
    for (const [resource, filter, reason] of cases) {
      const reply = await api.request<ErrorReply>('GET', `/${resource}${listQuery({ filter })}`, { token: admin });
      expect(reply.status, `${resource} ${JSON.stringify(filter)}`).toBe(400);
      expectErrorShape(reply.body, 400, 'validation.field_invalid');
      expect(reply.body.params).toMatchObject({ field: `filter.${Object.keys(filter)[0]}`, reason });
    }
    const fine = await api.request('GET', `/assignments${listQuery({ filter: { dueDate_gte: '2024-02-29', overdue: false, state: ['signed'] } })}`, { token: admin });
    expect(fine.status).toBe(200);
  });
});

describe('values PostgreSQL would refuse', () => {
  it('refuses a NUL character in the unauthenticated login with 400 naming the field', async () => {
    const reply = await api.request<ErrorReply>('POST', '/auth/login', { body: { username: 'adm\u0000in', password: 'x' } });
    expect(reply.status).toBe(400);
    expectErrorShape(reply.body, 400, 'validation.field_invalid');
    expect(reply.body.params).toMatchObject({ field: 'username', reason: 'nulCharacter' });
  });

  it('refuses NUL and lone surrogates in bodies, nested fields, keys and query values', async () => {
    const bodies: Array<[unknown, string]> = [
      [{ name: '坏\ud800名', kind: 'other' }, 'name'],
      [{ name: '好名', kind: 'other', aliases: ['ok', 'b\udc00ad'] }, 'aliases.1'],
      [{ name: 'x\u0000', kind: 'other' }, 'name'],
    ];
    for (const [body, field] of bodies) {
      const reply = await api.request<ErrorReply>('POST', '/organizations', { token: admin, body });
      expect(reply.status, field).toBe(400);
      expect(reply.body.params?.['field']).toBe(field);
    }
    const keyed = await raw('POST', '/organizations', {
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: '{"name":"n","kind":"other","bad\\u0000key":1}',
    });
    expect(keyed.status).toBe(400);
    expect(keyed.body.params?.['reason']).toBe('nulCharacter');
    const search = await api.request<ErrorReply>('GET', `/organizations${listQuery({ filter: { q: 'a\u0000b' } })}`, { token: admin });
    expect(search.status).toBe(400);
    expect(search.body.params).toMatchObject({ field: 'filter.q', reason: 'nulCharacter' });
    const surrogate = await api.request<ErrorReply>('GET', `/organizations${listQuery({ filter: { q: '\udfff' } })}`, { token: admin });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.params).toMatchObject({ reason: 'loneSurrogate' });
    // A well-formed pair (an emoji) is text like any other.
    expect((await api.request('GET', `/organizations${listQuery({ filter: { q: '😀' } })}`, { token: admin })).status).toBe(200);
  });

  it('accepts only real calendar dates, in every DTO', async () => {
    const token = await api.login('duban');
    for (const date of ['2026-W05-3', '2026-035', '2026-02-29', '2026-13-01', '20260301', '2026-03-01T00:00:00Z']) {
      const speech = await api.request<ErrorReply>('POST', '/speeches', { token, body: { title: '日期', text: '正文', date } });
      expect(speech.status, date).toBe(400);
      expect(speech.body.params).toMatchObject({ field: 'date', reason: 'isCalendarDate' });
      const item = await api.request<ErrorReply>('POST', '/items', { token, body: { title: '事项', text: '', kind: 'directive', organizations: [], dueDate: date } });
      expect(item.status, date).toBe(400);
      expect(item.body.params).toMatchObject({ field: 'dueDate', reason: 'isCalendarDate' });
    }
    const leap = await api.request<{ date: string }>('POST', '/speeches', { token, body: { title: '闰日讲话', text: '正文', date: '2028-02-29' } });
    expect(leap.status).toBe(201);
    expect(leap.body.date).toBe('2028-02-29');
  });

  it('refuses dates outside the calendar years wherever they come in, before a period is counted from them', async () => {
    const supervisor = await api.login('duban');
    const expectDateRefused = (reply: { status: number; body: ErrorReply }, field: string, label: string) => {
      expect(reply.status, label).toBe(400);
      expectErrorShape(reply.body, 400, 'validation.field_invalid');
      expect(reply.body.params, label).toMatchObject({ field, reason: 'isCalendarDate' });
    };
    const orgs = await api.request<Array<{ id: string }>>('GET', '/organizations', { token: admin });
    const orgId = orgs.body[0]?.id ?? '';
    // The year period of 9999-12-31 ends in the year 10000: PostgreSQL was handed '+010000-01'.
    const scorecard = await api.request<ErrorReply>('GET', `/dashboard/organizations/${orgId}/scorecard?period=year&date=9999-12-31`, { token: supervisor });
    expectDateRefused(scorecard, 'date', 'scorecard 9999');
    // The day before 0001-01-01 is the year 0, which PostgreSQL has not: the download was cut short.
    const ledger = await api.request<ErrorReply>('GET', `/exports/assignments${listQuery({ filter: { countedFrom: '0001-01-01', countedTo: '0001-01-01' } })}`, { token: admin });
    expectDateRefused(ledger, 'filter.countedFrom', 'ledger 0001');
    // Weeks stepped past 9999-12-31 sorted before every date: these requests never ended.
    const hostile: Array<[string, string, unknown, string]> = [
      ['GET', '/dashboard/trend?from=9999-12-01&to=9999-12-31', undefined, 'from'],
      ['GET', '/dashboard/summary?period=week&date=9999-12-31', undefined, 'date'],
      ['GET', '/bulletins/preview?period=week&date=9999-12-31', undefined, 'date'],
      ['POST', '/bulletins', { period: 'week', date: '9999-12-31' }, 'date'],
      ['GET', '/dashboard/ranking?from=1899-12-01&to=1899-12-31', undefined, 'from'],
      ['GET', `/assignments${listQuery({ filter: { dueDate_lte: '2201-01-01' } })}`, undefined, 'filter.dueDate_lte'],
      ['POST', '/speeches', { title: '远古讲话', text: '正文', date: '0099-03-01' }, 'date'],
    ];
    for (const [method, path, body, field] of hostile) {
      expectDateRefused(await api.request<ErrorReply>(method, path, { token: supervisor, body }), field, `${method} ${path}`);
    }
    const english = await raw('GET', '/dashboard/summary?period=week&date=9999-12-31', { headers: { authorization: `Bearer ${supervisor}`, 'accept-language': 'en' } });
    expect(english.body.message).toBe('Field date is invalid: must be a real calendar date YYYY-MM-DD in the years 1900–2200.');
    // The first and last years themselves are dates like any other, and so are instants beyond them.
    for (const query of ['period=week&date=2200-12-31', 'period=year&date=1900-01-01', 'from=2200-01-01&to=2200-12-31']) {
      expect((await api.request('GET', `/dashboard/trend?${query}`, { token: supervisor })).status, query).toBe(200);
    }
    expect((await api.request('GET', `/reports${listQuery({ filter: { createdAt_lte: '9999-12-31T00:00:00Z' } })}`, { token: admin })).status).toBe(200);
  });

  it('refuses numbers beyond the int4 columns and strings beyond the varchar columns', async () => {
    const orgs = await api.request<Array<{ id: string; name: string; kind: string }>>('GET', '/organizations', { token: admin });
    const org = orgs.body[0] as { id: string; name: string; kind: string };
    const big = await api.request<ErrorReply>('PUT', `/organizations/${org.id}`, { token: admin, body: { name: org.name, kind: org.kind, version: 1e10 } });
    expect(big.status).toBe(400);
    expect(big.body.params).toMatchObject({ field: 'version', reason: 'max', max: 2_147_483_647 });
    const long = await api.request<ErrorReply>('POST', '/organizations', { token: admin, body: { name: '长'.repeat(201), kind: 'other' } });
    expect(long.status).toBe(400);
    expect(long.body.params).toMatchObject({ field: 'name', reason: 'maxLength', max: 200 });
  });
});

describe('constraints PostgreSQL enforces', () => {
  const scheme = (name: string) => ({ name, ...DEFAULT_SCORING_RULES });
  /** PostgreSQL's English detail ("Key (name)=(…) already exists.") never reaches the caller. */
  const expectNoDatabaseDetail = (reply: { body: ErrorReply }) => {
    expect(reply.body.message).not.toMatch(/Key \(|\) already exists|referenced from table|::text/);
    expect(JSON.stringify(reply.body.params)).not.toMatch(/Key \(|lower\(|_id\b/);
  };

  it('names the field and value that already exist, in the caller language', async () => {
    const orgs = await api.request<Array<{ name: string; kind: string }>>('GET', '/organizations', { token: admin });
    const taken = orgs.body[0] as { name: string; kind: string };
    const org = await api.request<ErrorReply>('POST', '/organizations', { token: admin, body: { name: taken.name, kind: taken.kind } });
    expect(org.status).toBe(409);
    expectErrorShape(org.body, 409, 'record.duplicate');
    expect(org.body.params).toEqual({ field: 'name', value: taken.name });
    expect(org.body.message).toBe(`已存在 name 为“${taken.name}”的记录。`);
    expectNoDatabaseDetail(org);
    const user = await raw('POST', '/users', {
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'accept-language': 'en' },
      body: JSON.stringify({ username: 'ADMIN', name: '重名', password: 'Dup-Name-2026', role: 'viewer' }),
    });
    expect(user.status).toBe(409);
    expect(user.body.params).toEqual({ field: 'username', value: 'admin' });
    expect(user.body.message).toBe('A record with username "admin" already exists.');
    expectNoDatabaseDetail(user);
  });

  it('names the kind of record that still refers to one being deleted', async () => {
    const users = await api.request<Array<{ username: string; organizationId: string | null }>>('GET', '/users', { token: admin });
    const staffed = users.body.find((u) => u.username === 'nongji')?.organizationId ?? '';
    const reply = await api.request<ErrorReply>('DELETE', `/organizations/${staffed}`, { token: admin });
    expect(reply.status).toBe(409);
    expectErrorShape(reply.body, 409, 'record.still_referenced');
    expect(reply.body.params).toEqual({ resource: 'user' });
    expect(reply.body.message).toBe('该记录仍被用户引用，无法删除。');
    expectNoDatabaseDetail(reply);
    expect((await api.request('GET', `/organizations/${staffed}`, { token: admin })).status).toBe(200);
  });

  it('answers concurrent duplicates with the code a single duplicate gets', async () => {
    const schemes = await Promise.all(Array.from({ length: 6 }, () => api.request<ErrorReply>('POST', '/scoring-schemes', { token: admin, body: scheme('并发同名方案') })));
    expect(schemes.filter((r) => r.status === 201)).toHaveLength(1);
    for (const reply of schemes.filter((r) => r.status !== 201)) {
      expectErrorShape(reply.body, 409, 'scoring.scheme_name_taken');
      expect(reply.body.params).toEqual({ name: '并发同名方案' });
    }
    const days = await Promise.all(
      Array.from({ length: 6 }, () => api.request<ErrorReply>('POST', '/calendar-days', { token: admin, body: { date: '2031-05-06', working: false, name: '并发' } })),
    );
    expect(days.filter((r) => r.status === 201)).toHaveLength(1);
    for (const reply of days.filter((r) => r.status !== 201)) {
      expectErrorShape(reply.body, 409, 'reminders.calendar_day_exists');
      expect(reply.body.params).toEqual({ date: '2031-05-06' });
    }
  });
});

describe('malformed requests', () => {
  const json = () => ({ authorization: `Bearer ${admin}`, 'content-type': 'application/json' });

  it('answers a broken JSON body with 400 validation.body_malformed', async () => {
    const reply = await raw('POST', '/organizations', { headers: json(), body: '{"name": "x",' });
    expect(reply.status).toBe(400);
    expectErrorShape(reply.body, 400, 'validation.body_malformed');
    const login = await raw('POST', '/auth/login', { headers: { 'content-type': 'application/json' }, body: '{{' });
    expect(login.status).toBe(400);
    expect(login.body.code).toBe('validation.body_malformed');
    // Checked in the product's order: who asks and where before what they send.
    const anonymous = await raw('POST', '/organizations', { headers: { 'content-type': 'application/json' }, body: '{{' });
    expect(anonymous.status).toBe(401);
    const nowhere = await raw('POST', '/no-such-route', { headers: json(), body: '{{' });
    expect(nowhere.body.code).toBe('http.route_not_found');
  });

  it('answers null, a bare string, a number or an array with 400 validation.body_not_object', async () => {
    for (const body of ['null', '"a string"', '42', '[1,2]', 'true']) {
      const reply = await raw('POST', '/organizations', { headers: json(), body });
      expect(reply.status, body).toBe(400);
      expectErrorShape(reply.body, 400, 'validation.body_not_object');
      const login = await raw('POST', '/auth/login', { headers: { 'content-type': 'application/json' }, body });
      expect(login.body.code, body).toBe('validation.body_not_object');
    }
    const speech = await raw('POST', '/speeches', { headers: json(), body: 'null' });
    expect(speech.body.code).toBe('validation.body_not_object');
  });

  it('answers bodies that cannot be decoded in the error shape', async () => {
    const gzip = await raw('POST', '/auth/login', { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'not gzip at all' });
    expect(gzip.status).toBe(400);
    expectErrorShape(gzip.body, 400, 'http.body_undecodable');
    const charset = await raw('POST', '/auth/login', { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' });
    expect(charset.status).toBe(415);
    expectErrorShape(charset.body, 415, 'http.charset_unsupported');
    const deep = await raw('POST', '/organizations', { headers: json(), body: `{"name":${'['.repeat(5000)}${']'.repeat(5000)}}` });
    expect(deep.status).toBe(400);
    expect(deep.body.params).toMatchObject({ field: 'name', reason: 'tooDeep' });
  });

  it('answers a body over the limit with 413 in the error shape', async () => {
    const reply = await raw('POST', '/organizations', { headers: json(), body: JSON.stringify({ name: 'x'.repeat(9 * 1024 * 1024) }) });
    expect(reply.status).toBe(413);
    expectErrorShape(reply.body, 413, 'http.payload_too_large');
  });

  it('answers a URL over the header limit with 431 and a complete JSON body', async () => {
    const url = new URL(api.url);
    const response = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname, () => {
        socket.write(`GET /api/organizations?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\nAccept-Language: en\r\n\r\n`);
      });
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString('utf8')));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    const [head, body] = response.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/content-type: application\/json/i);
    const length = Number(/content-length: (\d+)/i.exec(head ?? '')?.[1]);
    expect(Buffer.byteLength(body ?? '')).toBe(length);
    const parsed = JSON.parse(body ?? '') as ErrorReply;
    expectErrorShape(parsed, 431, 'http.headers_too_large');
    expect(parsed.message).toMatch(/too long/);
    // Headers over the limit too, and the server keeps answering afterwards.
    const headers = await fetch(`${api.url}/api/health`, { headers: { 'x-filler': 'b'.repeat(20_000) } });
    expect(headers.status).toBe(431);
    expect(((await headers.json()) as ErrorReply).code).toBe('http.headers_too_large');
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
  });

  it('answers unknown routes with 404 and a code', async () => {
    const reply = await raw('GET', '/no-such-thing', { headers: { authorization: `Bearer ${admin}` } });
    expect(reply.status).toBe(404);
    expectErrorShape(reply.body, 404, 'http.route_not_found');
    const post = await raw('DELETE', '/organizations', { headers: json() });
    expect(post.status).toBe(404);
    expect(post.body.code).toBe('http.route_not_found');
  });
});

describe('validation messages', () => {
  const post = (body: unknown, language?: string) =>
    raw('POST', '/organizations', {
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json', ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify(body),
    });

  it('names the field and the constraint in Chinese by default and in English on request', async () => {
    const tooLong = { name: 'x', kind: 'other', shortName: 's'.repeat(101) };
    const zh = await post(tooLong);
    expect(zh.body).toMatchObject({ code: 'validation.field_invalid', params: { field: 'shortName', reason: 'maxLength', max: 100 } });
    expect(zh.body.message).toBe('字段 shortName 无效：不能超过 100 个字符。');
    const en = await post(tooLong, 'en-US,en;q=0.9');
    expect(en.body.message).toBe('Field shortName is invalid: must be at most 100 characters long.');

    const kind = await post({ name: 'x', kind: 'castle' }, 'en');
    expect(kind.body.params).toMatchObject({ field: 'kind', reason: 'isIn' });
    expect(kind.body.message).toMatch(/^Field kind is invalid: must be one of party_committee, /);
    const parent = await post({ name: 'x', kind: 'other', parentId: 'nope' });
    expect(parent.body.message).toBe('字段 parentId 无效：必须是 UUID。');
    const missing = await post({ kind: 'other' });
    expect(missing.body).toMatchObject({ code: 'validation.field_required', params: { field: 'name' } });
    expect(missing.body.message).toBe('缺少必填字段 name。');
    const unknown = await post({ name: 'x', kind: 'other', colour: 'red' }, 'en');
    expect(unknown.body).toMatchObject({ code: 'validation.field_unknown', params: { field: 'colour' } });
    expect(unknown.body.message).toBe('The field colour is not allowed.');
  });

  it('names a catalogued reason for every refused field, so no English sentence reaches a Chinese reader', async () => {
    const channelOrg = (await api.request<Array<{ id: string }>>('GET', '/organizations', { token: admin })).body[0]?.id;
    const item = (await api.request<Array<{ id: string }>>('GET', '/items', { token: admin })).body[0]?.id;
    const noAssignment = new FormData();
    noAssignment.set('file', new Blob(['进展'], { type: 'text/plain' }), '进展.txt');
    const badAssignment = new FormData();
    badAssignment.set('assignmentId', 'nope');
    const cases: Array<[string, string, { body?: unknown; form?: FormData }, string, string]> = [
      ['POST', '/calendar-days', { body: { date: '2026-02-30', working: false } }, 'date', 'isCalendarDate'],
      // The year 0 reached PostgreSQL ("字段 value 无效").
      ['POST', '/calendar-days', { body: { date: '0000-01-01', working: false } }, 'date', 'isCalendarDate'],
      ['POST', '/calendar-days', { body: { date: '9999-12-31', working: false } }, 'date', 'isCalendarDate'],
      ['GET', '/items/review-steps?speechId=nope', {}, 'speechId', 'isUUID'],
      ['DELETE', `/items/${item}?keepChildren=maybe`, {}, 'keepChildren', 'isBoolean'],
      ['POST', '/notification-channels', { body: { organizationId: channelOrg, kind: 'webhook', name: '   ', url: 'https://example.com/hook' } }, 'name', 'notBlank'],
      ['POST', '/attachments', { form: badAssignment }, 'assignmentId', 'isUUID'],
    ];
    for (const [method, path, options, field, reason] of cases) {
      const reply = await api.request<ErrorReply>(method, path, { token: admin, ...options });
      expect(reply.status, `${method} ${path}`).toBe(400);
      expectErrorShape(reply.body, 400, 'validation.field_invalid');
      expect(reply.body.params, `${method} ${path}`).toMatchObject({ field, reason });
      expect(isValidationReason(reply.body.params?.['reason'])).toBe(true);
      expect(reply.body.message, `${method} ${path}`).not.toMatch(/[a-z]{3,} [a-z]{2,}/);
    }
    const missing = await api.request<ErrorReply>('GET', '/items/review-steps', { token: admin });
    expect(missing.body).toMatchObject({ code: 'validation.field_required', params: { field: 'speechId' } });
    const unattached = await api.request<ErrorReply>('POST', '/attachments', { token: admin, form: noAssignment });
    expect(unattached.body).toMatchObject({ code: 'validation.field_required', params: { field: 'assignmentId' } });
  });

  it('renders list errors and not-found in the caller language', async () => {
    const zh = await raw('GET', `/organizations${listQuery({ sort: ['colour', 'ASC'] })}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(zh.body.message).toMatch(/^不能按 colour 排序/);
    const missing = await raw('GET', '/speeches/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${admin}` } });
    expect(missing.body).toMatchObject({ statusCode: 404, code: 'record.not_found' });
    expect(missing.body.message).toBe('找不到该讲话。');
    const missingEn = await raw('GET', '/speeches/00000000-0000-4000-8000-000000000000', { headers: { authorization: `Bearer ${admin}`, 'accept-language': 'en' } });
    expect(missingEn.body.message).toBe('No such speech.');
  });
});

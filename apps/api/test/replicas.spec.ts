import { migrateDatabase, seedScale } from '@luoshi/data';
import { createTestDatabase, dropTestDatabase, freePort, waitUntil, type TestDatabase } from '@luoshi/testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

/**
 * Two API processes and two workers (the production bundles) on one PostgreSQL and one Redis, as
 * behind a load balancer: a token from one API works on the other, a logout on one ends the session
 * on both, and when one API is killed in the middle of a load the other goes on serving; every
 * write answered 2xx is in the database afterwards, and none is applied twice.
 */
const ROOT = resolve(__dirname, '../../..');
const BUNDLES = { api: join(ROOT, 'dist/apps/api/main.js'), worker: join(ROOT, 'dist/apps/worker/main.js') };

interface Server {
  name: string;
  child: ChildProcess;
  url: string;
  output: () => string;
}

let db: TestDatabase;
let owner: Client;
let storage: string;
const servers: Server[] = [];

function spawnBundle(name: string, bundle: string, env: Record<string, string>, url = ''): Server {
  const child = spawn(process.execPath, [bundle], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NODE_ENV: 'test', LOG_LEVEL: 'warn', MIGRATE_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const server = { name, child, url, output: () => output };
  servers.push(server);
  return server;
}

async function call(server: Server, method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  const headers: Record<string, string> = {};
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const reply = await fetch(`${server.url}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await reply.text();
  return { status: reply.status, body: text ? (JSON.parse(text) as unknown) : null };
}

let apiA: Server;
let apiB: Server;

beforeAll(async () => {
  for (const project of ['api', 'worker']) {
    execFileSync('npx', ['nx', 'run', `${project}:build`, '--output-style=static'], {
      cwd: ROOT,
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
      stdio: 'ignore',
    });
  }
  for (const bundle of Object.values(BUNDLES)) if (!existsSync(bundle)) throw new Error(`no ${bundle}`);
  db = await createTestDatabase('replicas');
  await migrateDatabase(db.ownerUrl, db.appRole);
  owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  await seedScale(owner, { assignments: 400, reports: 800, today: '2026-12-01' });
  storage = mkdtempSync(join(tmpdir(), 'luoshi-replicas-'));
  const shared = {
    DATABASE_URL: db.url,
    REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `${inject('queuePrefix')}-replicas`,
    TEST_CLOCK_START: '2026-12-01T02:00:00Z',
    STORAGE_DIR: storage,
    LOGIN_RATE_LIMIT: '1000',
    LOGIN_IP_RATE_LIMIT: '1000',
  };
  const [portA, portB] = [await freePort(), await freePort()];
  apiA = spawnBundle('api A', BUNDLES.api, { ...shared, PORT: String(portA) }, `http://127.0.0.1:${portA}`);
  apiB = spawnBundle('api B', BUNDLES.api, { ...shared, PORT: String(portB) }, `http://127.0.0.1:${portB}`);
  spawnBundle('worker 1', BUNDLES.worker, shared);
  spawnBundle('worker 2', BUNDLES.worker, shared);
  for (const api of [apiA, apiB]) {
    await waitUntil(async () => (await fetch(`${api.url}/api/health`)).status === 200, `${api.name}`, 30_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${api.output()}`);
    });
  }
  await waitUntil(async () => {
    const reply = await call(apiB, 'GET', '/health/worker');
    return reply.status === 200 && (reply.body as { alive: number }).alive === 2;
  }, 'both workers beating', 30_000);
}, 400_000);

afterAll(async () => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((done) => {
          if (s.child.exitCode !== null || s.child.signalCode !== null) return done();
          s.child.once('exit', () => done());
          s.child.kill('SIGTERM');
        }),
    ),
  );
  await owner?.end();
  if (db) await dropTestDatabase(db.name);
  if (storage) rmSync(storage, { recursive: true, force: true });
});

async function login(server: Server, username: string): Promise<string> {
  const reply = await call(server, 'POST', '/auth/login', undefined, { username, password: 'scale123' });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return (reply.body as { accessToken: string }).accessToken;
}

describe('two APIs and two workers on one PostgreSQL and one Redis', () => {
  it('one token on both APIs; a logout on one ends the session on the other at once', async () => {
    const token = await login(apiA, 'scale_supervisor_2');
    for (const server of [apiA, apiB, apiA, apiB]) {
      expect((await call(server, 'GET', '/auth/me', token)).status).toBe(200);
      const list = await call(server, 'GET', '/assignments?range=[0,9]', token);
      expect(list.status).toBe(200);
      expect((list.body as unknown[]).length).toBe(10);
    }
    expect((await call(apiB, 'POST', '/auth/logout', token)).status).toBeLessThan(300);
    expect((await call(apiA, 'GET', '/health/session', token)).status).toBe(401);
    expect((await call(apiB, 'GET', '/health/session', token)).status).toBe(401);
  });

  it('actions alternate between the APIs; one API killed mid-load, the other serves on; every 2xx write is stored once', async () => {
    const token = await login(apiB, 'scale_admin_1');
    const { rows } = await owner.query<{ id: string; state: string }>(
      `SELECT a.id, a.state FROM assignments a JOIN organizations o ON o.id = a.organization_id
        WHERE a.state IN ('assigned', 'signed', 'in_progress') AND (o.name = '规模单位001' OR o.parent_id = (SELECT id FROM organizations WHERE name = '规模单位001'))
        ORDER BY a.id`,
    );
    expect(rows.length).toBeGreaterThan(10);
    const answered: Array<{ server: string; status: number; kind: 'report' | 'sign'; id: string; marker: string }> = [];
    let killed = false;
    const act = async (i: number) => {
      const a = rows[i % rows.length] as { id: string; state: string };
      const server = i % 2 === 0 ? apiA : apiB;
      const marker = `replica-write-${i}`;
      const sign = a.state === 'assigned' && i < rows.length;
      try {
        const version = sign ? (((await call(server, 'GET', `/assignments/${a.id}`, token)).body as { version?: number }).version) : undefined;
        const reply = sign
          ? await call(server, 'POST', `/assignments/${a.id}/sign`, token, { version })
          : await call(server, 'POST', `/assignments/${a.id}/report`, token, { done: marker, percent: 40 });
        answered.push({ server: server.name, status: reply.status, kind: sign ? 'sign' : 'report', id: a.id, marker });
      } catch {
        answered.push({ server: server.name, status: 0, kind: sign ? 'sign' : 'report', id: a.id, marker });
      }
    };
    const total = 90;
    let next = 0;
    const lane = async () => {
      while (next < total) {
        const i = next++;
        if (i === total / 3 && !killed) {
          killed = true;
          apiA.child.kill('SIGKILL');
        }
        await act(i);
      }
    };
    await Promise.all([lane(), lane(), lane(), lane()]);

    const afterKill = answered.filter((r) => r.server === 'api B');
    expect(afterKill.filter((r) => r.status >= 200 && r.status < 300).length).toBeGreaterThan(20);
    expect(answered.filter((r) => r.server === 'api A' && r.status === 0).length).toBeGreaterThan(0);
    expect(answered.filter((r) => r.server === 'api B' && (r.status === 0 || r.status >= 500))).toEqual([]);

    const stored = await owner.query<{ done: string; n: string }>(`SELECT done, count(*) AS n FROM progress_reports WHERE done LIKE 'replica-write-%' GROUP BY done`);
    const storedCount = new Map(stored.rows.map((r) => [r.done, Number(r.n)]));
    for (const r of answered.filter((x) => x.kind === 'report' && x.status >= 200 && x.status < 300)) {
      expect(storedCount.get(r.marker), r.marker).toBe(1);
    }
    expect([...storedCount.values()].every((n) => n === 1)).toBe(true);
    const signs = await owner.query<{ entity_id: string; n: string }>(
      `SELECT entity_id, count(*) AS n FROM audit_events WHERE action = 'assignment.sign' GROUP BY entity_id`,
    );
    expect(signs.rows.filter((r) => Number(r.n) > 1)).toEqual([]);
    for (const r of answered.filter((x) => x.kind === 'sign' && x.status >= 200 && x.status < 300)) {
      expect(signs.rows.some((s) => s.entity_id === r.id)).toBe(true);
    }
    // The surviving API still serves lists and the token.
    expect((await call(apiB, 'GET', '/assignments?range=[0,4]', token)).status).toBe(200);
  }, 60_000);
});

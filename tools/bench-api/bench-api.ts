// npm run bench:api [-- --sizes 10000:100000,100000:1000000 --duration 4 --connections 8]
// For each size: a fresh database seeded by seedScale, the built API (dist/apps/api/main.js) and a
// bare node:http server beside it, the same autocannon settings for every row. Prints one table
// per size (req/s, p50, p99, the serving process's CPU and RSS, ratios), the large/small ratios, and
// the slowest query the API logged with its plan.
import autocannon from 'autocannon';
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { migrateDatabase, seedScale } from '@luoshi/data';
import { createTestDatabase, dropTestDatabase, freePort, waitUntil } from '@luoshi/testing';

const ROOT = resolve(__dirname, '../..');
const API_BUNDLE = join(ROOT, 'dist/apps/api/main.js');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000:100000,100000:1000000' },
    duration: { type: 'string', default: '4' },
    connections: { type: 'string', default: '8' },
    build: { type: 'boolean', default: false },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const TICKS_PER_SECOND = 100;

interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  cpu: number;
  rssMb: number;
  non2xx: number;
  /** The row it is compared with: bare / trivial route / raw pg. */
  versus?: 'bare' | 'trivial' | 'rawpg';
}

function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? '';
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

interface Target {
  url: string;
  pid: number;
}

async function load(
  name: string,
  target: Target,
  request: { method?: 'GET' | 'POST'; path: string | (() => string); token?: string; body?: string },
  versus?: Row['versus'],
): Promise<Row> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.token) headers['authorization'] = `Bearer ${request.token}`;
  const pathOf = request.path;
  const ticks = cpuTicks(target.pid);
  const started = Date.now();
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: request.method ?? 'GET',
        headers,
        ...(request.body ? { body: request.body } : {}),
        setupRequest: (req) => ({ ...req, path: typeof pathOf === 'string' ? pathOf : pathOf() }),
      },
    ],
  });
  const seconds = (Date.now() - started) / 1000;
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: Math.round(((cpuTicks(target.pid) - ticks) / TICKS_PER_SECOND / seconds) * 100),
    rssMb: rssMb(target.pid),
    non2xx: result.non2xx + result.errors,
    ...(versus ? { versus } : {}),
  };
}

/** The dashboard's home page: its seven requests at once, pages loaded back to back by CONNECTIONS / 7 users. */
async function homePages(target: Target, token: string, paths: string[]): Promise<Row> {
  const ticks = cpuTicks(target.pid);
  const started = Date.now();
  const times: number[] = [];
  let failures = 0;
  const user = async () => {
    while (Date.now() - started < DURATION * 1000) {
      const t = performance.now();
      const replies = await Promise.all(paths.map((p) => fetch(`${target.url}${p}`, { headers: { authorization: `Bearer ${token}` } })));
      await Promise.all(replies.map((r) => r.arrayBuffer()));
      failures += replies.filter((r) => !r.ok).length;
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.round(CONNECTIONS / paths.length)) }, user));
  const seconds = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0);
  return {
    name: `home page (${paths.length} requests), pages/s`,
    rps: times.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    cpu: Math.round(((cpuTicks(target.pid) - ticks) / TICKS_PER_SECOND / seconds) * 100),
    rssMb: rssMb(target.pid),
    non2xx: failures,
  };
}

function listPath(resource: string, options: { sort?: [string, 'ASC' | 'DESC']; range?: [number, number]; filter?: Record<string, unknown> } = {}): string {
  const params = new URLSearchParams();
  if (options.sort) params.set('sort', JSON.stringify(options.sort));
  params.set('range', JSON.stringify(options.range ?? [0, 24]));
  if (options.filter) params.set('filter', JSON.stringify(options.filter));
  return `/api/${resource}?${params.toString()}`;
}

function startProcess(command: string[], env: Record<string, string>, log: string[]): ChildProcess {
  const child = spawn(command[0] ?? 'node', command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log.push(line);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

function roundRobin<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length] as T;
}

interface SlowQuery {
  ms: number;
  sql: string;
  parameters: unknown[];
}

function slowestLogged(log: string[]): SlowQuery | null {
  let slowest: SlowQuery | null = null;
  for (const line of log) {
    if (!line.includes('slow query')) continue;
    try {
      const entry = JSON.parse(line) as Partial<SlowQuery>;
      if (typeof entry.ms === 'number' && typeof entry.sql === 'string' && (!slowest || entry.ms > slowest.ms)) {
        slowest = { ms: entry.ms, sql: entry.sql, parameters: entry.parameters ?? [] };
      }
    } catch {
      // not a JSON line
    }
  }
  return slowest;
}

async function runSize(assignments: number, reports: number): Promise<{ rows: Row[]; slowest: string; seedSeconds: number }> {
  const db = await createTestDatabase('bench');
  const work = mkdtempSync(join(tmpdir(), 'luoshi-bench-'));
  const children: ChildProcess[] = [];
  try {
    await migrateDatabase(db.ownerUrl, db.appRole);
    const owner = new Client({ connectionString: db.ownerUrl });
    await owner.connect();
    const seedStarted = Date.now();
    const seeded = await seedScale(owner, { assignments, reports });
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    const apiPort = await freePort();
    const apiLog: string[] = [];
    const api = startProcess(['node', API_BUNDLE], {
      NODE_ENV: 'development',
      PORT: String(apiPort),
      DATABASE_URL: db.url,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `luoshi-bench-${db.name}`,
      MIGRATE_ON_START: 'false',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      DB_SLOW_QUERY_MS: '20',
      LOGIN_RATE_LIMIT: '100000',
      LOGIN_IP_RATE_LIMIT: '100000',
      STORAGE_DIR: join(work, 'files'),
    }, apiLog);
    children.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitUntil(async () => (await fetch(`${apiUrl}/api/health`)).status === 200, 'the API', 60_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${apiLog.slice(-20).join('\n')}`);
    });
    const apiTarget = { url: apiUrl, pid: api.pid ?? 0 };
    const login = async (username: string) => {
      const reply = await fetch(`${apiUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'scale123' }),
      });
      if (!reply.ok) throw new Error(`login ${username}: ${reply.status} ${await reply.text()}`);
      return ((await reply.json()) as { accessToken: string }).accessToken;
    };
    const supervisor = await login(seeded.logins.supervisor);
    const orgAdmin = await login(seeded.logins.orgAdmin);

    // The bare server serves the supervisor's first page, byte for byte.
    const page = await fetch(`${apiUrl}${listPath('assignments')}`, { headers: { authorization: `Bearer ${supervisor}` } });
    const pageBody = Buffer.from(await page.arrayBuffer());
    const bodyFile = join(work, 'page.json');
    writeFileSync(bodyFile, pageBody);
    const visibleIds = (JSON.parse(pageBody.toString()) as Array<{ id: string }>).map((a) => a.id);
    const orgAdminId = ((await (await fetch(`${apiUrl}/api/auth/me`, { headers: { authorization: `Bearer ${orgAdmin}` } })).json()) as { id: string }).id;
    const openOfOrgAdmin = (await owner.query<{ id: string }>(
      `SELECT a.id FROM assignments a JOIN organizations o ON o.id = a.organization_id
        WHERE a.state IN ('signed','in_progress') AND (o.id = $1 OR o.parent_id = $1) ORDER BY a.id LIMIT 2000`,
      [(await owner.query<{ organization_id: string }>('SELECT organization_id FROM users WHERE id = $1', [orgAdminId])).rows[0]?.organization_id],
    )).rows.map((r) => r.id);
    const barePort = await freePort();
    const bare = fork(join(ROOT, 'tools/bench-api/bare-server.mjs'), [], {
      env: {
        ...process.env,
        PORT: String(barePort),
        BODY_FILE: bodyFile,
        BODY_HEADERS: JSON.stringify({ 'content-type': page.headers.get('content-type') ?? 'application/json', 'content-range': page.headers.get('content-range') ?? '' }),
        DATABASE_URL: db.url,
        POOL_SIZE: '10',
        AUTHOR_ID: orgAdminId,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(bare);
    await new Promise<void>((done) => bare.once('message', () => done()));
    const bareTarget = { url: `http://127.0.0.1:${barePort}`, pid: bare.pid ?? 0 };

    const rows: Row[] = [];
    const add = async (row: Promise<Row>) => {
      const r = await row;
      rows.push(r);
      console.error(`  ${r.name}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms`);
    };
    await add(load('bare node:http, same bytes as the list page', bareTarget, { path: '/' }));
    await add(load('GET /api/health/session (guards only, no query of its own)', apiTarget, { path: '/api/health/session', token: supervisor }, 'bare'));
    const sorts: Array<[string, 'ASC' | 'DESC']> = [
      ['dueDate', 'DESC'],
      ['state', 'ASC'],
      ['percent', 'DESC'],
      ['createdAt', 'DESC'],
      ['updatedAt', 'DESC'],
      ['organizationId', 'ASC'],
      ['handlerId', 'ASC'],
    ];
    const today = new Date().toISOString().slice(0, 10);
    const filters: Array<[string, Record<string, unknown>]> = [
      ['overdue', { overdue: true }],
      ['state in_progress', { state: 'in_progress' }],
      ['light red', { light: 'red' }],
      ['dueDate_gte today', { dueDate_gte: today }],
      ['open states (home card)', { state: ['assigned', 'signed', 'in_progress', 'completion_requested'] }],
    ];
    await add(load('GET /assignments page 1, supervisor (default sort)', apiTarget, { path: listPath('assignments'), token: supervisor }, 'trivial'));
    for (const sort of sorts) {
      await add(load(`  … sort ${sort[0]} ${sort[1]}`, apiTarget, { path: listPath('assignments', { sort }), token: supervisor }, 'trivial'));
    }
    for (const [label, filter] of filters) {
      await add(load(`  … filter ${label}`, apiTarget, { path: listPath('assignments', { filter }), token: supervisor }, 'trivial'));
    }
    await add(load('GET /assignments page 1, org admin (default sort)', apiTarget, { path: listPath('assignments'), token: orgAdmin }, 'trivial'));
    await add(load('  … org admin, filter overdue', apiTarget, { path: listPath('assignments', { filter: { overdue: true } }), token: orgAdmin }, 'trivial'));
    await add(load('  … org admin, filter mine', apiTarget, { path: listPath('assignments', { filter: { mine: true } }), token: orgAdmin }, 'trivial'));
    await add(load('GET /reports page 1, supervisor', apiTarget, { path: listPath('reports'), token: supervisor }, 'trivial'));
    await add(load('GET /reports page 1, org admin', apiTarget, { path: listPath('reports'), token: orgAdmin }, 'trivial'));
    await add(load('GET /audit-events page 1, supervisor', apiTarget, { path: listPath('audit-events'), token: supervisor }, 'trivial'));
    const nextVisible = roundRobin(visibleIds);
    await add(load('GET /assignments/:id', apiTarget, { path: () => `/api/assignments/${nextVisible()}`, token: supervisor }, 'trivial'));
    const nextForReports = roundRobin(visibleIds);
    await add(
      load('GET /reports?filter={assignmentId} (reports of one)', apiTarget, { path: () => listPath('reports', { filter: { assignmentId: nextForReports() } }), token: supervisor }, 'trivial'),
    );
    const reportBody = JSON.stringify({ done: 'bench: 本周完成情况', percent: 50 });
    const nextRaw = roundRobin(openOfOrgAdmin);
    await add(load('raw pg: the report transaction (lock, 2 inserts, 1 update)', bareTarget, { method: 'POST', path: () => `/tx/${nextRaw()}` }));
    const nextReport = roundRobin(openOfOrgAdmin);
    await add(load('POST /assignments/:id/report', apiTarget, { method: 'POST', path: () => `/api/assignments/${nextReport()}/report`, token: orgAdmin, body: reportBody }, 'rawpg'));
    const home = [
      listPath('assignments', { sort: ['dueDate', 'ASC'], range: [0, 0], filter: { state: ['assigned', 'signed', 'in_progress', 'completion_requested'] } }),
      listPath('assignments', { sort: ['dueDate', 'ASC'], range: [0, 0], filter: { state: ['assigned'] } }),
      listPath('assignments', { sort: ['dueDate', 'ASC'], range: [0, 0], filter: { overdue: true } }),
      listPath('assignments', { sort: ['dueDate', 'ASC'], range: [0, 0], filter: { state: ['completion_requested'] } }),
      listPath('assignments', { sort: ['dueDate', 'ASC'], range: [0, 0], filter: { state: ['completed'] } }),
      listPath('assignments', { sort: ['dueDate', 'ASC'], range: [0, 0], filter: { state: 'completion_requested' } }),
      '/api/notifications/unread-count',
    ];
    await add(homePages(apiTarget, supervisor, home));

    const slow = slowestLogged(apiLog);
    let slowest = 'no query over 20 ms was logged';
    if (slow) {
      const plan = await owner.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slow.sql}`, slow.parameters);
      slowest = `${slow.ms} ms under load:\n${slow.sql}\n-- parameters: ${JSON.stringify(slow.parameters)}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`;
    }
    await owner.end();
    return { rows, slowest, seedSeconds };
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(work, { recursive: true, force: true });
    await dropTestDatabase(db.name);
  }
}

const fixed = (n: number, digits = 0) => n.toFixed(digits);

function table(rows: Row[]): string {
  const bare = rows[0]?.rps ?? 1;
  const trivial = rows[1]?.rps ?? 1;
  const rawpg = rows.find((r) => r.name.startsWith('raw pg'))?.rps ?? 1;
  const lines = ['| request | req/s | p50 ms | p99 ms | CPU % | RSS MB | × bare | × trivial / raw pg | non-2xx |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    const versus = r.versus === 'rawpg' ? `${fixed(r.rps / rawpg, 2)} (raw pg)` : r.versus === 'trivial' ? fixed(r.rps / trivial, 2) : '';
    lines.push(`| ${r.name} | ${fixed(r.rps)} | ${r.p50} | ${r.p99} | ${r.cpu} | ${r.rssMb} | ${fixed(r.rps / bare, 3)} | ${versus} | ${r.non2xx} |`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (values.build || !existsSync(API_BUNDLE)) execFileSync('npx', ['nx', 'build', 'api'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
  const sizes = values.sizes.split(',').map((s) => s.split(':').map(Number) as [number, number]);
  const results: Array<{ size: [number, number]; rows: Row[] }> = [];
  for (const size of sizes) {
    console.error(`seeding ${size[0]} assignments / ${size[1]} reports …`);
    const { rows, slowest, seedSeconds } = await runSize(size[0], size[1]);
    results.push({ size, rows });
    console.log(`\n### ${size[0].toLocaleString('en')} assignments / ${size[1].toLocaleString('en')} reports (seeded in ${fixed(seedSeconds, 1)} s; autocannon ${CONNECTIONS} connections × ${DURATION} s per row)\n`);
    console.log(table(rows));
    console.log(`\nSlowest query the API logged (DB_SLOW_QUERY_MS=20), re-run with EXPLAIN ANALYZE:\n\n\`\`\`\n${slowest}\n\`\`\``);
  }
  if (results.length === 2) {
    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    console.log(`\n### req/s at ${large.size[0].toLocaleString('en')} ÷ req/s at ${small.size[0].toLocaleString('en')} (1.00: cost does not grow with the table)\n`);
    console.log('| request | small req/s | large req/s | large ÷ small |\n|---|---:|---:|---:|');
    for (const row of large.rows) {
      const other = small.rows.find((r) => r.name === row.name);
      if (other) console.log(`| ${row.name} | ${fixed(other.rps)} | ${fixed(row.rps)} | ${fixed(row.rps / other.rps, 2)} |`);
    }
  }
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// npm run bench:api [-- --sizes 10000:100000,100000:1000000 --duration 4 --warmup 1 --connections 8 --only 'report|sort']
// For each size: a fresh database seeded by seedScale, the built API (dist/apps/api/main.js) and a
// bare node:http server beside it, the same autocannon settings for every row. Prints one table
// per size (req/s, p50, p99, the serving process's CPU and RSS, ratios), the large/small ratios, and
// the slowest query the API logged with its plan.
import autocannon from 'autocannon';
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '@luoshi/testing';
import { cpuPercent, cpuTicks, ensureApiBundle, explainLogged, fixed, parseSizes, ROOT, rssMb, slowestLogged, withSeededApi, type Target } from '../bench-shared/seeded-api';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000:100000,100000:1000000' },
    duration: { type: 'string', default: '4' },
    /** Seconds of the same load before each row is measured (unrecorded): the first rows otherwise pay for V8's warm-up. */
    warmup: { type: 'string', default: '1' },
    connections: { type: 'string', default: '8' },
    build: { type: 'boolean', default: false },
    /** Only the rows whose name matches this regular expression, beside the reference rows. */
    only: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const WARMUP = Number(values.warmup);
const CONNECTIONS = Number(values.connections);
const ONLY = values.only ? new RegExp(values.only, 'i') : null;
/** The rows the others are compared with: they run whatever --only says. */
const REFERENCE = /^(bare node:http|GET \/api\/health\/session|raw pg)/;
const skipped = (name: string) => ONLY !== null && !REFERENCE.test(name) && !ONLY.test(name);
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

async function load(
  name: string,
  target: Target,
  request: { method?: 'GET' | 'POST'; path: string | (() => string); token?: string; body?: string },
  versus?: Row['versus'],
): Promise<Row | null> {
  if (skipped(name)) return null;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (request.token) headers['authorization'] = `Bearer ${request.token}`;
  const pathOf = request.path;
  const run = (duration: number) =>
    autocannon({
      url: target.url,
      connections: CONNECTIONS,
      duration,
      requests: [
        {
          method: request.method ?? 'GET',
          headers,
          ...(request.body ? { body: request.body } : {}),
          setupRequest: (req) => ({ ...req, path: typeof pathOf === 'string' ? pathOf : pathOf() }),
        },
      ],
    });
  if (WARMUP > 0) await run(WARMUP);
  const ticks = cpuTicks(target.pid);
  const started = Date.now();
  const result = await run(DURATION);
  const seconds = (Date.now() - started) / 1000;
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: cpuPercent(target.pid, ticks, seconds),
    rssMb: rssMb(target.pid),
    non2xx: result.non2xx + result.errors,
    ...(versus ? { versus } : {}),
  };
}

/** The dashboard's home page: its seven requests at once, pages loaded back to back by CONNECTIONS / 7 users. */
async function homePages(target: Target, token: string, paths: string[]): Promise<Row | null> {
  const name = `home page (${paths.length} requests), pages/s`;
  if (skipped(name)) return null;
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
    name,
    rps: times.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    cpu: cpuPercent(target.pid, ticks, seconds),
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

function roundRobin<T>(items: readonly T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length] as T;
}

async function runSize(assignments: number, reports: number): Promise<{ rows: Row[]; slowest: string; seedSeconds: number }> {
  return withSeededApi(assignments, reports, async ({ owner, seeded, seedSeconds, api: apiTarget, apiLog, work, children, login, dbUrl }) => {
    const apiUrl = apiTarget.url;
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
        DATABASE_URL: dbUrl,
        POOL_SIZE: '10',
        AUTHOR_ID: orgAdminId,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.push(bare);
    await new Promise<void>((done) => bare.once('message', () => done()));
    const bareTarget = { url: `http://127.0.0.1:${barePort}`, pid: bare.pid ?? 0 };

    const rows: Row[] = [];
    const add = async (row: Promise<Row | null>) => {
      const r = await row;
      if (!r) return;
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

    const slowest = await explainLogged(owner, slowestLogged(apiLog));
    return { rows, slowest, seedSeconds };
  });
}


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
  ensureApiBundle(values.build);
  const sizes = parseSizes(values.sizes);
  const results: Array<{ size: [number, number]; rows: Row[] }> = [];
  for (const size of sizes) {
    console.error(`seeding ${size[0]} assignments / ${size[1]} reports …`);
    const { rows, slowest, seedSeconds } = await runSize(size[0], size[1]);
    results.push({ size, rows });
    console.log(`\n### ${size[0].toLocaleString('en')} assignments / ${size[1].toLocaleString('en')} reports (seeded in ${fixed(seedSeconds, 1)} s; autocannon ${CONNECTIONS} connections × ${DURATION} s per row after ${WARMUP} s unrecorded)\n`);
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

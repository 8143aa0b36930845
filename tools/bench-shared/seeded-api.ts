// What bench:api and bench:dashboard share: a fresh database seeded by seedScale with the built API
// (dist/apps/api/main.js) started over it, logins, the serving process's CPU and RSS from /proc,
// the API's slow-query log, percentiles and markdown tables.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { migrateDatabase, seedScale, type SeedScaleOptions } from '@luoshi/data';
import { createTestDatabase, dropTestDatabase, freePort, waitUntil } from '@luoshi/testing';

export const ROOT = resolve(__dirname, '../..');
export const API_BUNDLE = join(ROOT, 'dist/apps/api/main.js');
const TICKS_PER_SECOND = 100;

/** The CPU ticks (user + system) a process has used. */
export function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU % of one core a process used since `ticks` were read `seconds` ago. */
export function cpuPercent(pid: number, ticks: number, seconds: number): number {
  return Math.round(((cpuTicks(pid) - ticks) / TICKS_PER_SECOND / seconds) * 100);
}

export function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:')) ?? '';
  return Math.round(Number(line.replace(/\D+/g, '')) / 1024);
}

export interface Target {
  url: string;
  pid: number;
}

/** `--sizes 10000:100000,100000:1000000` → [[10000, 100000], [100000, 1000000]]. */
export function parseSizes(text: string): Array<[number, number]> {
  return text.split(',').map((s) => s.split(':').map(Number) as [number, number]);
}

/** Builds the API bundle when asked or when there is none. */
export function ensureApiBundle(rebuild: boolean): void {
  if (rebuild || !existsSync(API_BUNDLE)) execFileSync('npx', ['nx', 'build', 'api'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
}

export function startProcess(command: string[], env: Record<string, string>, log: string[]): ChildProcess {
  const child = spawn(command[0] ?? 'node', command.slice(1), { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) log.push(line);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return child;
}

export interface SeededApi {
  dbName: string;
  dbUrl: string;
  /** A connection as the database owner (the bench's own queries, EXPLAIN), with JIT off like the API's pool, so a plan's times are the API's. */
  owner: Client;
  seeded: Awaited<ReturnType<typeof seedScale>>;
  seedSeconds: number;
  api: Target;
  /** The API's stdout and stderr, line by line. */
  apiLog: string[];
  /** Scratch directory, removed at the end. */
  work: string;
  /** Children the bench starts beside the API; stopped at the end. */
  children: ChildProcess[];
  login(username: string): Promise<string>;
}

/** A fresh database of `assignments` / `reports` and the API over it, for the duration of `body`. */
export async function withSeededApi<T>(
  assignments: number,
  reports: number,
  body: (s: SeededApi) => Promise<T>,
  seedOptions: Pick<SeedScaleOptions, 'perYear'> = {},
): Promise<T> {
  const db = await createTestDatabase('bench');
  const work = mkdtempSync(join(tmpdir(), 'luoshi-bench-'));
  const children: ChildProcess[] = [];
  const owner = new Client({ connectionString: db.ownerUrl, options: '-c jit=off' });
  try {
    await migrateDatabase(db.ownerUrl, db.appRole);
    await owner.connect();
    const seedStarted = Date.now();
    const seeded = await seedScale(owner, { assignments, reports, ...seedOptions });
    const seedSeconds = (Date.now() - seedStarted) / 1000;

    const apiPort = await freePort();
    const apiLog: string[] = [];
    // BENCH_API_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the API under the load (written when it stops).
    const nodeArgs = (process.env['BENCH_API_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
    const api = startProcess(['node', ...nodeArgs, API_BUNDLE], {
      NODE_ENV: 'development',
      PORT: String(apiPort),
      DATABASE_URL: db.url,
      REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `luoshi-bench-${db.name}`,
      MIGRATE_ON_START: 'false',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      // BENCH_SLOW_QUERY_MS=1 logs nearly every statement with its time (to see where a request's time goes).
      DB_SLOW_QUERY_MS: process.env['BENCH_SLOW_QUERY_MS'] ?? '20',
      LOGIN_RATE_LIMIT: '100000',
      LOGIN_IP_RATE_LIMIT: '100000',
      STORAGE_DIR: join(work, 'files'),
    }, apiLog);
    children.push(api);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitUntil(async () => (await fetch(`${apiUrl}/api/health`)).status === 200, 'the API', 60_000).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${apiLog.slice(-20).join('\n')}`);
    });
    const login = async (username: string) => {
      const reply = await fetch(`${apiUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: 'scale123' }),
      });
      if (!reply.ok) throw new Error(`login ${username}: ${reply.status} ${await reply.text()}`);
      return ((await reply.json()) as { accessToken: string }).accessToken;
    };
    return await body({ dbName: db.name, dbUrl: db.url, owner, seeded, seedSeconds, api: { url: apiUrl, pid: api.pid ?? 0 }, apiLog, work, children, login });
  } finally {
    await owner.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    rmSync(work, { recursive: true, force: true });
    await dropTestDatabase(db.name);
  }
}

export interface SlowQuery {
  ms: number;
  sql: string;
  parameters: unknown[];
}

/**
 * The slowest query in the API's slow-query log lines (from line `from` on). Only SELECT and WITH
 * statements: BEGIN or COMMIT (slow while waiting on a lock or the disk) have no plan, and a plain
 * write would be applied again by EXPLAIN ANALYZE (a WITH is explained in a transaction rolled back).
 */
export function slowestLogged(log: string[], from = 0): SlowQuery | null {
  let slowest: SlowQuery | null = null;
  for (const line of log.slice(from)) {
    if (!line.includes('slow query')) continue;
    try {
      const entry = JSON.parse(line) as Partial<SlowQuery>;
      if (typeof entry.ms === 'number' && typeof entry.sql === 'string' && /^\s*(SELECT|WITH)\b/i.test(entry.sql) && (!slowest || entry.ms > slowest.ms)) {
        slowest = { ms: entry.ms, sql: entry.sql, parameters: entry.parameters ?? [] };
      }
    } catch {
      // not a JSON line
    }
  }
  return slowest;
}

/**
 * `EXPLAIN (ANALYZE, BUFFERS)` of a logged statement, as text, in a transaction rolled back: a
 * `WITH` may hold a data-modifying CTE (the progress report's), which EXPLAIN ANALYZE runs. When
 * running it again fails (the report's id is taken by then), its plan without running it.
 */
export async function explainLogged(owner: Client, slow: SlowQuery | null, threshold = 20): Promise<string> {
  if (!slow) return `no query over ${threshold} ms was logged`;
  const explain = async (options: string) => {
    await owner.query('BEGIN');
    try {
      return await owner.query<{ 'QUERY PLAN': string }>(`EXPLAIN (${options}) ${slow.sql}`, slow.parameters);
    } finally {
      await owner.query('ROLLBACK');
    }
  };
  let note = '';
  const plan = await explain('ANALYZE, BUFFERS').catch((error: unknown) => {
    note = `-- not run again (${String(error)}): the plan only\n`;
    return explain('COSTS');
  });
  return `${slow.ms} ms in the API:\n${slow.sql}\n-- parameters: ${JSON.stringify(slow.parameters)}\n${note}${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`;
}

/** The q-quantile (0..1) of sorted milliseconds, rounded to 0.1 ms. */
export function quantile(sorted: number[], q: number): number {
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
}

export const fixed = (n: number, digits = 0) => n.toFixed(digits);

/** A markdown table; numbers right-aligned. */
export function markdownTable(headers: string[], rows: Array<Array<string | number>>): string {
  const align = headers.map((_, i) => (rows.every((r) => typeof r[i] === 'number') && rows.length ? '---:' : '---'));
  return [`| ${headers.join(' | ')} |`, `|${align.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

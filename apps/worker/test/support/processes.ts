import { freePort, waitUntil } from '@luoshi/testing';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
const WORKER_BUNDLE = join(WORKSPACE_ROOT, 'dist/apps/worker/main.js');

/** Builds the worker bundle once per run (nx skips it when the sources did not change). */
export function buildWorker(): void {
  execFileSync('npx', ['nx', 'run', 'worker:build', '--output-style=static'], {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    stdio: 'ignore',
  });
  if (!existsSync(WORKER_BUNDLE)) throw new Error(`worker build left no ${WORKER_BUNDLE}`);
}

export interface PrivateRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A redis-server of the test's own on a free port: tests that flush or kill Redis never touch the shared one. */
export async function startRedis(policy = 'noeviction'): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-redis-'));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--maxmemory-policy', policy], {
    stdio: 'ignore',
  });
  await waitUntil(async () => {
    try {
      execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'pipe' });
      return true;
    } catch {
      return false;
    }
  }, 'redis-server');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    child.once('exit', () => ok());
    child.kill(signal);
  });
}

/** A real worker process (the production bundle) with its own environment and clock. */
export function startWorker(env: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, [WORKER_BUNDLE], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'test', LOG_LEVEL: 'warn', MIGRATE_ON_START: 'false', TZ: 'UTC', CHANNEL_PRIVATE_HOSTS: 'allow', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  return {
    child,
    output: () => output,
    exited,
    kill9: () => stopChild(child, 'SIGKILL'),
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

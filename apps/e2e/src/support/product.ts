import { freePort } from '@luoshi/testing';
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');

export interface RunningProduct {
  url: string;
  dataDir: string;
  output: () => string;
  /**
   * SIGTERM to the start command's process group, as Ctrl-C would; resolves once every process of
   * the group (npm, the start script, PostgreSQL, Redis, API, worker) is gone, rejects if any survives.
   */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  process: ChildProcess;
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Runs the README's start command (`npm start`) with its own data folder and port. */
export async function startProduct(options: { dataDir?: string; port?: number; env?: Record<string, string> } = {}): Promise<RunningProduct> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'luoshi-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = options.port ?? (await freePort());
  const child = spawn('npm', ['start'], {
    cwd: WORKSPACE_ROOT,
    // CHANNEL_PRIVATE_HOSTS: the tests' fake robots listen on 127.0.0.1. LOGIN_*RATE_LIMIT: every
    // browser and API login of the suite comes from 127.0.0.1, more than 30 a minute on a fast
    // machine (the throttle itself is tested in apps/api/test/auth.spec.ts).
    env: { ...process.env, PORT: String(port), LUOSHI_DATA_DIR: dataDir, DATABASE_URL: '', REDIS_URL: '', CHANNEL_PRIVATE_HOSTS: 'allow', LOGIN_RATE_LIMIT: '1000', LOGIN_IP_RATE_LIMIT: '1000', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );

  await new Promise<void>((ok, fail) => {
    const timer = setInterval(() => {
      if (output.includes('Luoshi is running')) {
        clearInterval(timer);
        ok();
      }
    }, 200);
    void exited.then(({ code, signal }) => {
      clearInterval(timer);
      fail(new Error(`npm start exited (${signal ?? code}) before the product was up:\n${output.slice(-4000)}`));
    });
  });

  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    process: child,
    stop: async () => {
      const group = child.pid as number;
      if (child.exitCode === null) process.kill(-group, 'SIGTERM');
      const result = await exited;
      const deadline = Date.now() + 30_000;
      while (groupAlive(group)) {
        if (Date.now() > deadline) throw new Error(`processes of the product survived SIGTERM:\n${execSync(`ps -o pid,cmd -g ${group} || true`, { encoding: 'utf8' })}`);
        await new Promise((r) => setTimeout(r, 200));
      }
      return result;
    },
  };
}

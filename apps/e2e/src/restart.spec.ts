import { waitUntil } from '@luoshi/testing';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startProduct, type RunningProduct } from './support/product';

function processesUsing(dataDir: string): string {
  try {
    // No shell: pgrep leaves itself out, a shell running it would match.
    return execFileSync('pgrep', ['-af', '--', dataDir], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** The pid the start script last reported for `name` ("[luoshi] worker started (pid 123)" / "restarted"). */
function lastPid(product: RunningProduct, name: string): number | null {
  const all = [...product.output().matchAll(new RegExp(`\\[luoshi\\] ${name} (?:started|restarted) \\(pid (\\d+)\\)`, 'g'))];
  const last = all.at(-1);
  return last ? Number(last[1]) : null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** kill -9 of `name`; resolves with the pid of the process the start script started in its place. */
async function crash(product: RunningProduct, name: string): Promise<number> {
  const before = lastPid(product, name);
  expect(before).not.toBeNull();
  process.kill(before as number, 'SIGKILL');
  await waitUntil(async () => (lastPid(product, name) ?? before) !== before, `a new ${name} process`, 60_000);
  expect(product.output()).toContain(`[luoshi] ${name} stopped unexpectedly (SIGKILL); restarting it in`);
  const after = lastPid(product, name) as number;
  expect(alive(after)).toBe(true);
  return after;
}

describe('start and stop', () => {
  it('survives kill -9 of the worker and of the API, runs them as the app’s database role, stops every child on SIGTERM and keeps the data', async () => {
    const first = await startProduct();
    // A failed assertion must not leave the product running.
    onTestFinished(async () => {
      if (first.process.exitCode === null && first.process.signalCode === null) await first.stop();
    });
    const token = (
      (await (
        await fetch(`${first.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'duban', password: 'duban123' }),
        })
      ).json()) as { accessToken: string }
    ).accessToken;
    const created = await fetch(`${first.url}/api/organizations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: '重启测试单位', kind: 'other' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };

    expect(processesUsing(first.dataDir)).not.toBe('');
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

    // API and worker run as the app's database role: the owner's credentials are not in their environment.
    const ownerPassword = (JSON.parse(readFileSync(join(first.dataDir, 'database-roles.json'), 'utf8')) as { owner: string }).owner;
    const environmentOf = (name: string) => readFileSync(`/proc/${lastPid(first, name)}/environ`, 'utf8').split('\0');
    for (const name of ['api', 'worker']) {
      const environment = environmentOf(name);
      expect(environment.some((v) => v.startsWith('MIGRATION_DATABASE_URL=')), name).toBe(false);
      expect(environment.some((v) => v.includes(ownerPassword)), name).toBe(false);
      expect(environment.find((v) => v.startsWith('DATABASE_URL=')), name).toMatch(/^DATABASE_URL=postgres:\/\/luoshi_app:/);
    }
    const apiEnvironment = environmentOf('api');

    // kill -9 of the worker: a new worker appears, beats, and processes a job (an urge's delivery).
    await waitUntil(async () => (await fetch(`${first.url}/api/health/worker`)).ok, 'the first worker’s heartbeat', 30_000);
    await crash(first, 'worker');
    const assignments = (await (await fetch(`${first.url}/api/assignments?filter=${encodeURIComponent(JSON.stringify({ state: 'in_progress' }))}`, { headers: auth })).json()) as Array<{ id: string; organizationId: string }>;
    const urged = await fetch(`${first.url}/api/assignments/${assignments[0]?.id}/urge`, { method: 'POST', headers: auth, body: JSON.stringify({ message: '请加快进度' }) });
    expect(urged.status).toBe(200);
    const { notificationIds } = (await urged.json()) as { notificationIds: string[] };
    expect(notificationIds.length).toBeGreaterThan(0);
    const database = new Client({ connectionString: apiEnvironment.find((v) => v.startsWith('DATABASE_URL='))?.slice('DATABASE_URL='.length) });
    await database.connect();
    try {
      await waitUntil(
        async () => {
          const { rows } = await database.query<{ delivered: boolean }>('SELECT delivered_at IS NOT NULL AS delivered FROM notifications WHERE id = $1', [notificationIds[0]]);
          return rows[0]?.delivered === true;
        },
        'the restarted worker to deliver the urge',
        60_000,
      );
    } finally {
      await database.end();
    }
    await waitUntil(async () => (await fetch(`${first.url}/api/health/worker`)).ok, 'the new worker’s heartbeat', 30_000);

    // kill -9 of the API: it comes back, and the data is all there.
    await crash(first, 'api');
    await waitUntil(async () => (await fetch(`${first.url}/api/health`)).ok, 'the restarted API', 120_000);
    const kept = await fetch(`${first.url}/api/organizations/${id}`, { headers: auth });
    expect(kept.status).toBe(200);
    expect(await kept.json()).toMatchObject({ name: '重启测试单位' });

    const stopped = await first.stop();
    // npm re-raises the signal it was stopped with; the start script itself shuts down in order.
    expect(stopped.code === 0 || stopped.signal === 'SIGTERM').toBe(true);
    expect(first.output()).toContain('[luoshi] Stopping');
    expect(processesUsing(first.dataDir)).toBe('');
    await expect(fetch(`${first.url}/api/health`)).rejects.toThrow();

    const second = await startProduct({ dataDir: first.dataDir });
    try {
      expect(second.output()).not.toContain('Creating the embedded database');
      const again = await fetch(`${second.url}/api/organizations/${id}`, { headers: { authorization: `Bearer ${token}` } });
      expect(again.status).toBe(200);
      expect(await again.json()).toMatchObject({ name: '重启测试单位' });
    } finally {
      await second.stop();
    }
    expect(processesUsing(first.dataDir)).toBe('');
  });
});

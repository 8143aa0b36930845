import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startProduct } from './support/product';

function processesUsing(dataDir: string): string {
  try {
    // No shell: pgrep leaves itself out, a shell running it would match.
    return execFileSync('pgrep', ['-af', '--', dataDir], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

describe('start and stop', () => {
  it('stops every child on SIGTERM and keeps the data for the next start', async () => {
    const first = await startProduct();
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

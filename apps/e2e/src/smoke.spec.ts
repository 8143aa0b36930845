import { describe, expect, inject, it } from 'vitest';
import { DEMO_USERS as demoUsers } from '@luoshi/data';

const url = () => inject('productUrl');

async function login(username: string, password: string): Promise<Response> {
  return fetch(`${url()}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

describe('the product started by npm start', () => {
  it('is healthy', async () => {
    const res = await fetch(`${url()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it.each(demoUsers.map((u) => [u.username, u.password]))('lets demo user %s sign in and see work', async (username, password) => {
    const res = await login(username, password);
    expect(res.status).toBe(200);
    const { accessToken } = (await res.json()) as { accessToken: string };
    const assignments = await fetch(`${url()}/api/assignments`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(assignments.status).toBe(200);
    // Everyone but the admin-less viewer of nothing has work to look at in the demo.
    expect(((await assignments.json()) as unknown[]).length).toBeGreaterThan(0);
  });

  it('serves the dashboard and the API at one URL', async () => {
    const page = await fetch(`${url()}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="root">/);
    expect((await fetch(`${url()}/api/docs-json`)).status).toBe(200);
  });
});

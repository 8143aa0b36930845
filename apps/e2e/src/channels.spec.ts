import type { BrowserContext } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './support/browser';
import { startProduct, type RunningProduct } from './support/product';

/**
 * The channel screens on the product as started by `npm start`: a robot configured on the
 * notification-channels screen, a webhook that always answers 500 recorded as failed in the
 * delivery log and retried from there, 通知设置, and Bull Board opened from the menu by an admin.
 */
describe('notification channels, the delivery log, 通知设置 and the queue board in the dashboard', () => {
  let product: RunningProduct;
  let browser: BrowserContext;
  let broken: Server;
  let brokenUrl = '';
  let hits = 0;

  const api = async <T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${product.url}/api${path}`, {
      method: init.method ?? 'GET',
      headers: { ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const login = async (username: string) => (await api<{ accessToken: string }>('/auth/login', { method: 'POST', body: { username, password: `${username}123` } })).accessToken;
  const query = (filter: Record<string, unknown>) => `?filter=${encodeURIComponent(JSON.stringify(filter))}`;

  beforeAll(async () => {
    broken = createServer((_req, res) => {
      hits++;
      res.writeHead(500).end('down for maintenance');
    });
    await new Promise<void>((ok) => broken.listen(0, '127.0.0.1', ok));
    const address = broken.address();
    brokenUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
    // Two quick tries, so the webhook is recorded as failed within the test.
    product = await startProduct({ env: { DELIVERY_ATTEMPTS: '2', DELIVERY_BACKOFF_MS: '200' } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await product?.stop();
    await new Promise((ok) => broken?.close(ok));
  });

  it('a failing webhook shows as failed in the delivery log and is retried from there', async () => {
    const admin = await login('admin');
    const supervisor = await login('duban');
    const orgs = await api<Array<{ id: string }>>(`/organizations${query({ q: '县农技推广中心' })}`, { token: admin });
    const orgId = orgs[0]?.id ?? '';
    await api('/notification-channels', { method: 'POST', token: admin, body: { organizationId: orgId, kind: 'webhook', name: '农技中心办公系统', url: `${brokenUrl}?token=abcdef123456`, secret: 'hook-secret-xyz' } });
    await api('/notification-channels', {
      method: 'POST',
      token: admin,
      body: { organizationId: orgId, kind: 'dingtalk', name: '农技中心钉钉群', url: 'https://oapi.dingtalk.com/robot/send?access_token=7c1d9e0f2a3b4c5d', secret: 'SECabcdef', enabled: false },
    });

    const page = await browser.newPage();
    await signIn(page, product.url, 'admin', 'admin123');
    await page.goto(`${product.url}/#/notification-channels`);
    await expect.poll(() => page.getByText('农技中心钉钉群').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const channels = await page.locator('body').innerText();
    expect(channels).toContain('通知渠道');
    expect(channels).toContain('https://oapi.dingtalk.com/robot/send?access_token=7c1d****');
    expect(channels).not.toContain('7c1d9e0f2a3b');
    await screenshot(page, 'channels-notification-channels');

    const open = await api<Array<{ id: string; version: number }>>(`/assignments${query({ organizationId: orgId, state: ['signed', 'in_progress', 'assigned'] })}`, { token: supervisor });
    const target = open[0];
    expect(target).toBeDefined();
    await api(`/assignments/${target?.id}/urge`, { method: 'POST', token: supervisor, body: { version: target?.version, message: '请尽快报送进展' } });
    await expect
      .poll(async () => (await api<unknown[]>(`/deliveries${query({ state: 'failed', channel: 'webhook' })}`, { token: admin })).length, { timeout: 60_000 })
      .toBe(1);
    expect(hits).toBe(2);

    await page.goto(`${product.url}/#/deliveries`);
    await expect.poll(() => page.getByText('发送失败').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const log = await page.locator('body').innerText();
    expect(log).toContain('发送记录');
    expect(log).toContain('农技中心办公系统');
    expect(log).toContain('HTTP 500');
    await screenshot(page, 'channels-delivery-log');
    await page.getByRole('button', { name: '重发' }).first().click();
    await expect.poll(() => page.getByText('已重新加入发送队列').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // Retried: two more tries against the broken webhook, then failed again.
    await expect.poll(() => hits, { timeout: 30_000 }).toBe(4);
  });

  it('通知设置: an organization user turns e-mail off', async () => {
    const page = await browser.newPage();
    await signIn(page, product.url, 'nongji', 'nongji123');
    await page.getByText('通知设置').first().click();
    await page.waitForURL((url) => url.hash.includes('notification-preferences'));
    const toggle = page.locator('input[name="emailEnabled"]');
    await expect.poll(() => toggle.count(), { timeout: 30_000 }).toBe(1);
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await page.getByRole('button', { name: '保存' }).click();
    const token = await login('nongji');
    await expect.poll(async () => (await api<{ emailEnabled: boolean }>('/notification-preferences/me', { token })).emailEnabled, { timeout: 15_000 }).toBe(false);
    const settings = await page.locator('body').innerText();
    expect(settings).toContain('升级督办邮件仍会发送');
    // Preferences are saved, never deleted.
    expect(settings).not.toContain('删除');
    await screenshot(page, 'channels-preferences');
    // No queue board for an organization user, and the board refuses a browser without the admin cookie.
    expect(await page.getByText('任务队列').count()).toBe(0);
    const board = await page.goto(`${product.url}/api/admin/queues`);
    expect(board?.status()).toBe(401);
  });

  it('an admin opens Bull Board from the menu', async () => {
    const page = await browser.newPage();
    await signIn(page, product.url, 'admin', 'admin123');
    const [tab] = await Promise.all([browser.waitForEvent('page'), page.getByText('任务队列').first().click()]);
    await expect.poll(() => tab.url(), { timeout: 30_000 }).toContain('/api/admin/queues');
    await expect.poll(() => tab.getByText('deliveries').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await tab.getByText('reminders').count()).toBeGreaterThan(0);
    await screenshot(tab, 'channels-queue-board');
  });
});

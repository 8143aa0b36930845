import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot, signIn } from './support/browser';

describe('dashboard', () => {
  let browser: BrowserContext;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('signs in and shows the organization registry in Chinese', async () => {
    const page = await browser.newPage();
    await signIn(page, inject('productUrl'), 'admin', 'admin123');
    await page.goto(`${inject('productUrl')}/#/organizations`);
    await expect.poll(() => page.getByText('县农技推广中心').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    expect(text).toContain('组织机构');
    expect(text).toContain('县总工会');
    await screenshot(page, 'dashboard-organizations');
  });

  it('hides the user admin from an organization user', async () => {
    const page = await browser.newPage();
    await signIn(page, inject('productUrl'), 'nongji', 'nongji123');
    await page.goto(`${inject('productUrl')}/#/assignments`);
    await expect.poll(() => page.getByText('组织农技人员进村入户').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('县总工会');
    expect(await page.locator('a[href="#/users"]').count()).toBe(0);
    await screenshot(page, 'dashboard-org-user-assignments');
  });

  it('makes a user with an initial password change it first, then lets them in', async () => {
    const url = inject('productUrl');
    const post = async (path: string, body: unknown, token?: string) =>
      fetch(`${url}/api${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
    const { accessToken } = (await (await post('/auth/login', { username: 'admin', password: 'admin123' })).json()) as { accessToken: string };
    const created = await post('/users', { username: 'e2e_initial', password: 'Initial-Pass1', name: '新来的同志', role: 'viewer' }, accessToken);
    expect(created.status).toBe(201);

    const page = await browser.newPage();
    await signIn(page, url, 'e2e_initial', 'Initial-Pass1');
    await page.waitForURL((u) => u.hash.includes('change-password'), { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('password-change-required').count(), { timeout: 30_000 }).toBe(1);
    await page.locator('input[name="oldPassword"]').fill('Initial-Pass1');
    await page.locator('input[name="newPassword"]').fill('Chosen-Pass2');
    await page.locator('input[name="confirmPassword"]').fill('Chosen-Pass2');
    await screenshot(page, 'dashboard-change-initial-password');
    await page.locator('button[type="submit"]').click();
    await expect.poll(() => page.getByText('密码已修改').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForURL((u) => !u.hash.includes('change-password'), { timeout: 30_000 });
    expect((await post('/auth/login', { username: 'e2e_initial', password: 'Chosen-Pass2' })).status).toBe(200);
  });

  it('offers 修改密码 in the account menu', async () => {
    const page = await browser.newPage();
    await signIn(page, inject('productUrl'), 'mishu', 'mishu123');
    await page.getByRole('button', { name: /王秘书|Profile|个人/ }).first().click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.waitForURL((u) => u.hash.includes('change-password'), { timeout: 30_000 });
    await expect.poll(() => page.locator('input[name="newPassword"]').count(), { timeout: 30_000 }).toBe(1);
  });
});

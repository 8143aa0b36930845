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
});

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, login } from './support/product-api';
import { launchBrowser, screenshot, signIn } from './support/browser';

interface Organization {
  id: string;
  name: string;
}

/** The number on the app bar's bell (empty badge: 0). */
async function bellCount(page: Page): Promise<number> {
  const text = await page.getByTestId('notification-count').locator('.MuiBadge-badge').innerText();
  return Number(text.trim() || '0');
}

describe('the inbox bell', () => {
  let browser: BrowserContext;
  let assignmentId: string;
  const title = `组织青年参与社区环境整治（消息测试 ${Date.now()}）`;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The supervision office publishes a task to 团县委 and urges it: two notices for 孙干事.
    const supervisor = await login('duban', 'duban123');
    const organizations = await api<Organization[]>(`/organizations?range=${encodeURIComponent('[0,999]')}`, { token: supervisor });
    const tuanwei = organizations.find((o) => o.name === '团县委');
    if (!tuanwei) throw new Error('demo organization 团县委 is missing');
    const due = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await api('/items', {
      method: 'POST',
      token: supervisor,
      body: { title, text: '团县委组织青年志愿者参与社区环境整治。', kind: 'directive', dueDate: due, organizations: [{ organizationId: tuanwei.id, role: 'lead' }], publish: true },
    });
    const found = await api<Array<{ id: string }>>(`/assignments?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`, { token: supervisor });
    assignmentId = (found[0] as { id: string }).id;
    await api(`/assignments/${assignmentId}/urge`, { method: 'POST', token: supervisor, body: { message: '请本周内签收。' } });
  });
  afterAll(() => browser?.close());

  it('shows the unread count, opens a notification on its assignment, and the count drops', async () => {
    const url = inject('productUrl');
    const page = await browser.newPage();
    const token = await login('tuanwei', 'tuanwei123');
    const unread = async () => (await api<{ count: number }>('/notifications/unread-count', { token })).count;
    const before = await unread();
    expect(before).toBeGreaterThanOrEqual(2);

    await signIn(page, url, 'tuanwei', 'tuanwei123');
    await expect.poll(() => bellCount(page), { timeout: 30_000 }).toBe(before);

    await page.getByTestId('notification-bell').click();
    await page.waitForURL((u) => u.hash.includes('/notifications'));
    await expect.poll(() => page.getByText(`新交办：${title}`).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.getByText(`催办：${title}`).count()).toBeGreaterThan(0);
    await screenshot(page, 'notifications-inbox');

    await page.getByText(`新交办：${title}`).first().click();
    await page.waitForURL((u) => u.hash.includes(`/assignments/${assignmentId}/show`), { timeout: 30_000 });
    // Kept current without a reload: the bell's own poll and the read mark bring it down by one.
    await expect.poll(() => bellCount(page), { timeout: 30_000 }).toBe(before - 1);
    expect(await unread()).toBe(before - 1);
  });

  it('shows the reminder rules and the working calendar to an admin', async () => {
    const url = inject('productUrl');
    const page = await browser.newPage();
    await signIn(page, url, 'admin', 'admin123');
    await page.goto(`${url}/#/reminder-rules`);
    await expect.poll(() => page.getByText('默认规则').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.locator('body').innerText()).toContain('09:00');
    await screenshot(page, 'reminder-rules');

    const filter = encodeURIComponent(JSON.stringify({ date_gte: '2026-09-01', date_lte: '2026-10-31' }));
    await page.goto(`${url}/#/calendar-days?filter=${filter}`);
    await expect.poll(() => page.getByText('国庆节').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const calendar = await page.locator('body').innerText();
    expect(calendar).toContain('调休上班'); // 10 Oct 2026, a working Saturday
    expect(calendar).toContain('星期六');
    await screenshot(page, 'working-calendar');
  });
});

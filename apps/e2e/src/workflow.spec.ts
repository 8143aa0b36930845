import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, login } from './support/product-api';
import { launchBrowser, screenshot, signIn } from './support/browser';

interface Organization {
  id: string;
  name: string;
}

interface Assignment {
  id: string;
  itemTitle: string;
  state: string;
}

/** The state chip in the detail page's heading, e.g. 已签收. */
async function stateShown(page: Page): Promise<string> {
  return page.getByTestId('assignment-heading').innerText();
}

/** Fills and submits the 进展反馈 form of the open detail page. */
async function report(page: Page, texts: { done: string; nextSteps: string; problems: string; helpNeeded: string }, percent: number, file?: { name: string; content: string }) {
  await page.locator('[data-action="report"]').click();
  const dialog = page.locator('[data-dialog="report"]');
  await dialog.locator('textarea[name="done"]').fill(texts.done);
  await dialog.locator('textarea[name="nextSteps"]').fill(texts.nextSteps);
  await dialog.locator('textarea[name="problems"]').fill(texts.problems);
  await dialog.locator('textarea[name="helpNeeded"]').fill(texts.helpNeeded);
  await dialog.getByTestId('percent-number').fill(String(percent));
  if (file) {
    await dialog.getByTestId('attachments-file').setInputFiles({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.content) });
    await expect.poll(() => dialog.getByText(file.name, { exact: false }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await screenshot(page, 'workflow-report-dialog');
  }
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(0);
}

/** Fills the one-text dialog of an action (申请办结, 退回) and submits it. */
async function submitText(page: Page, source: string, text: string) {
  const dialog = page.locator(`[data-dialog="${source}"]`);
  await dialog.locator(`textarea[name="${source}"]`).fill(text);
  await dialog.getByRole('button', { name: '提交' }).click();
  await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(0);
}

describe('supervision workflow in the dashboard', () => {
  let browser: BrowserContext;
  let supervisorToken: string;
  let assignment: Assignment;
  const title = `开展青年志愿服务进社区活动（流程测试 ${Date.now()}）`;

  beforeAll(async () => {
    browser = await launchBrowser();
    // A fresh assignment of 团县委 (tuanwei's organization), assigned by hand as the supervision office does.
    supervisorToken = await login('duban', 'duban123');
    const organizations = await api<Organization[]>(`/organizations?range=${encodeURIComponent('[0,999]')}`, { token: supervisorToken });
    const tuanwei = organizations.find((o) => o.name === '团县委');
    if (!tuanwei) throw new Error('demo organization 团县委 is missing');
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await api('/items', {
      method: 'POST',
      token: supervisorToken,
      body: {
        title,
        text: '团县委要组织青年志愿者深入社区，开展志愿服务活动，年底前形成长效机制。',
        kind: 'directive',
        dueDate: due,
        organizations: [{ organizationId: tuanwei.id, role: 'lead' }],
        publish: true,
      },
    });
    const found = await api<Assignment[]>(`/assignments?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`, { token: supervisorToken });
    expect(found).toHaveLength(1);
    assignment = found[0] as Assignment;
    expect(assignment.state).toBe('assigned');
  });
  afterAll(() => browser?.close());

  it('takes an assignment from 已交办 through a return to 已办结', async () => {
    const url = inject('productUrl');
    const page = await browser.newPage();

    // The organization user lands on 我的任务 and finds the new task there.
    await signIn(page, url, 'tuanwei', 'tuanwei123');
    await page.waitForURL((u) => u.hash.includes('/my-tasks'), { timeout: 30_000 });
    await expect.poll(() => page.getByText(title).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const myTasks = await page.locator('body').innerText();
    expect(myTasks).toContain('我的任务');
    expect(myTasks).toContain('已交办');
    await screenshot(page, 'workflow-my-tasks');

    // 签收
    await page.getByText(title).first().click();
    await page.waitForURL((u) => u.hash.includes(`/assignments/${assignment.id}/show`));
    await expect.poll(() => page.locator('[data-action="sign"]').count(), { timeout: 30_000 }).toBe(1);
    // Before signing, the organization has nothing else to do but ask for more time.
    expect(await page.locator('[data-action="report"]').count()).toBe(0);
    await page.locator('[data-action="sign"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect.poll(() => stateShown(page), { timeout: 15_000 }).toContain('已签收');

    // 进展反馈 with a file, then 申请办结.
    await report(
      page,
      { done: '已在城东、城西两个社区开展志愿服务3次，参与青年志愿者86人次。', nextSteps: '扩大到全县各社区。', problems: '部分社区场地不足。', helpNeeded: '请民政部门协调社区活动场地。' },
      60,
      { name: '志愿服务台账.txt', content: '社区,日期,人数\n城东,2026-03-20,40\n城西,2026-03-27,46\n' },
    );
    await expect.poll(() => stateShown(page), { timeout: 15_000 }).toContain('办理中');
    await expect.poll(() => page.getByTestId('assignment-timeline').innerText(), { timeout: 15_000 }).toContain('部分社区场地不足');
    // The files come from their own request, refreshed beside the reports': wait for it too.
    await expect.poll(() => page.locator('[data-attachment="志愿服务台账.txt"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.locator('[data-action="request_completion"]').click();
    await submitText(page, 'summary', '志愿服务活动已在试点社区开展，请审核。');
    await expect.poll(() => stateShown(page), { timeout: 15_000 }).toContain('申请办结');
    // Waiting for review: no more work buttons.
    expect(await page.locator('[data-action="report"]').count()).toBe(0);
    expect(await page.locator('[data-action="approve"]').count()).toBe(0);

    // The supervisor returns it from 待审核, with a reason (required).
    await signIn(page, url, 'duban', 'duban123');
    await page.locator('a[href="#/review"]').click();
    const completions = page.getByTestId('review-completions');
    const row = completions.locator('tr', { hasText: title });
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => row.innerText(), { timeout: 15_000 }).toContain('团县委');
    expect(await page.locator('body').innerText()).toContain('待审核');
    await screenshot(page, 'workflow-review-queue');
    await row.locator('[data-action="return"]').click();
    const returnDialog = page.locator('[data-dialog="reason"]');
    // A return needs a reason: no submitting an empty one, and a cleared one is flagged.
    const submit = returnDialog.getByRole('button', { name: '提交' });
    expect(await submit.isDisabled()).toBe(true);
    await returnDialog.locator('textarea[name="reason"]').fill('x');
    await returnDialog.locator('textarea[name="reason"]').fill('');
    await submit.click();
    await expect.poll(() => returnDialog.innerText(), { timeout: 5_000 }).toContain('必填');
    await submitText(page, 'reason', '尚未覆盖全县社区，请继续推进后再申请办结。');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    // The organization user sees why, reports again and asks again.
    await signIn(page, url, 'tuanwei', 'tuanwei123');
    await page.goto(`${url}/#/assignments/${assignment.id}/show`);
    await expect.poll(() => stateShown(page), { timeout: 30_000 }).toContain('办理中');
    await expect.poll(() => page.getByTestId('review-notes').innerText(), { timeout: 15_000 }).toContain('尚未覆盖全县社区');
    await expect.poll(() => page.getByTestId('assignment-timeline').innerText(), { timeout: 15_000 }).toContain('志愿服务台账.txt');
    // Its own history, return and reason included, though it may not read the whole audit trail
    // (its own request: it may come after the reports and files).
    for (const step of ['申请办结', '退回继续办理', '尚未覆盖全县社区']) {
      await expect.poll(() => page.getByTestId('assignment-timeline').innerText(), { timeout: 15_000 }).toContain(step);
    }
    await screenshot(page, 'workflow-assignment-detail-org');
    await report(page, { done: '志愿服务已覆盖全县12个社区，建立每月服务日制度。', nextSteps: '常态化开展。', problems: '', helpNeeded: '' }, 100);
    await expect.poll(() => page.getByTestId('assignment-timeline').innerText(), { timeout: 15_000 }).toContain('覆盖全县12个社区');
    await page.locator('[data-action="request_completion"]').click();
    await submitText(page, 'summary', '已覆盖全县社区并建立长效机制。');
    await expect.poll(() => stateShown(page), { timeout: 15_000 }).toContain('申请办结');

    // The supervisor approves it.
    await signIn(page, url, 'duban', 'duban123');
    await page.goto(`${url}/#/review`);
    await expect.poll(() => row.count(), { timeout: 30_000 }).toBe(1);
    await row.locator('[data-action="approve"]').click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    // 已办结, with the whole history from the audit trail.
    await page.goto(`${url}/#/assignments/${assignment.id}/show`);
    await expect.poll(() => stateShown(page), { timeout: 30_000 }).toContain('已办结');
    const timeline = page.getByTestId('assignment-timeline');
    await expect.poll(() => timeline.innerText(), { timeout: 15_000 }).toContain('审核通过，办结销号');
    // The reports, the files and the audit trail are three requests: each step once all have come.
    for (const step of ['交办', '签收', '申请办结', '退回继续办理', '尚未覆盖全县社区', '报送进展（60%）', '报送进展（100%）']) {
      await expect.poll(() => timeline.innerText(), { timeout: 15_000 }).toContain(step);
    }
    expect(await page.locator('[data-workflow-actions]').count()).toBe(0);
    await screenshot(page, 'workflow-assignment-detail');

    const final = await api<Assignment>(`/assignments/${assignment.id}`, { token: supervisorToken });
    expect(final.state).toBe('completed');
  });
});

import JSZip from 'jszip';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, signIn } from './support/browser';
import { WORKSPACE_ROOT } from './support/product';
import { api, login } from './support/product-api';

/** The screens of the leaders' view, saved where the issue asks (tmp/screenshots). */
const SHOTS = join(WORKSPACE_ROOT, 'tmp/screenshots');

/** The whole page on a desktop; on a phone the screen as the user sees it. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

const url = () => inject('productUrl');

/** The rows the assignments list shows after a drill-down: its total, and the rows on its first page. */
async function listed(page: Page): Promise<{ total: number; rows: number }> {
  await page.waitForURL((u) => u.hash.startsWith('#/assignments?'), { timeout: 30_000 });
  const banner = page.getByTestId('drill-down');
  await expect.poll(() => banner.getAttribute('data-total'), { timeout: 30_000 }).toMatch(/^\d+$/);
  const total = Number(await banner.getAttribute('data-total'));
  // The first page holds min(total, 10) rows, or says the list is empty.
  await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 15_000 }).toBe(Math.min(total, 10));
  return { total, rows: await page.locator('table tbody tr').count() };
}

/** What a chart holds: its series' data points, and how many pixels of its canvas are painted. */
async function chartState(page: Page, chart: string): Promise<{ points: number; painted: number }> {
  return page.locator(`[data-chart="${chart}"]`).evaluate((el) => {
    type Instance = { getOption(): { series?: Array<{ data?: unknown[] }> } };
    const instance = (el as HTMLElement & { echartsInstance?: Instance }).echartsInstance;
    const points = (instance?.getOption().series ?? []).reduce((n, s) => n + (s.data?.length ?? 0), 0);
    const canvas = el.querySelector('canvas');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return { points, painted: 0 };
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted++;
    return { points, painted };
  });
}

async function zipEntries(download: Download): Promise<string[]> {
  const path = await download.path();
  const bytes = readFileSync(path);
  // Both .xlsx and .docx are zip packages: "PK\x03\x04".
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

describe('the leaders’ view (督办看板) with the demo data', () => {
  let browser: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, url(), 'duban', 'duban123');
  });
  afterAll(() => browser?.close());

  const openBoard = async () => {
    await page.goto(`${url()}/#/`);
    await expect.poll(() => page.locator('[data-kpi="total"]').count(), { timeout: 30_000 }).toBe(1);
  };

  it('is the supervisor’s home and draws every chart from data (no empty canvas)', async () => {
    await openBoard();
    await expect.poll(() => page.locator('[data-testid="ranking"] tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(6);
    for (const chart of ['trend', 'progress', 'heatmap']) {
      await expect.poll(async () => (await chartState(page, chart)).points, { timeout: 30_000, message: `${chart} has data` }).toBeGreaterThan(0);
      await expect.poll(async () => (await chartState(page, chart)).painted, { timeout: 30_000, message: `${chart} is painted` }).toBeGreaterThan(5_000);
    }
    // The demo's history shows in the figures: overdue work, late completions, top and bottom of the ranking.
    expect(Number(await page.locator('[data-kpi="overdue"]').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(Number(await page.locator('[data-kpi="averageDaysLate"]').getAttribute('data-count'))).toBeGreaterThan(0);
    expect(await page.locator('[data-highlight="top"]').count()).toBe(3);
    expect(await page.locator('[data-highlight="bottom"]').count()).toBe(3);
    await page.waitForTimeout(500); // chart animations settle before the screenshot
    await shot(page, 'board-1440');
  });

  it('a KPI card opens a list with as many rows as the card counts', async () => {
    await openBoard();
    const card = page.locator('[data-kpi="overdue"]');
    const count = Number(await card.getAttribute('data-count'));
    await card.locator('a').click();
    const { total } = await listed(page);
    expect(total).toBe(count);
    await shot(page, 'drill-down-overdue-1440');
  });

  it('a ranking row opens the organization’s counted assignments', async () => {
    await openBoard();
    const row = page.locator('[data-testid="ranking"] tbody tr').nth(1);
    const count = Number(await row.getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    await row.locator('td').nth(2).click();
    expect((await listed(page)).total).toBe(count);
  });

  it('a heatmap cell opens the assignments it counts', async () => {
    await openBoard();
    const heatmap = page.locator('[data-chart="heatmap"]');
    await expect.poll(async () => (await chartState(page, 'heatmap')).points, { timeout: 30_000 }).toBeGreaterThan(0);
    // The mouse clicks in the viewport: bring the chart into it first.
    await heatmap.scrollIntoViewIfNeeded();
    const target = await heatmap.evaluate((el) => {
      type Instance = { getOption(): { series: Array<{ data: number[][] }> }; convertToPixel(finder: object, value: number[]): number[] };
      const instance = (el as HTMLElement & { echartsInstance?: Instance }).echartsInstance as Instance;
      // The cell with the most assignments: a real click on its centre.
      const [cell = []] = [...(instance.getOption().series[0]?.data ?? [])].sort((a, b) => (b[3] ?? 0) - (a[3] ?? 0));
      const [x, y] = instance.convertToPixel({ seriesIndex: 0 }, [cell[0] ?? 0, cell[1] ?? 0]);
      return { x: x ?? 0, y: y ?? 0, count: cell[3] ?? 0 };
    });
    const box = await heatmap.locator('canvas').first().boundingBox();
    if (!box) throw new Error('the heatmap has no canvas');
    await page.mouse.click(box.x + target.x, box.y + target.y);
    expect((await listed(page)).total).toBe(target.count);
  });

  it('downloads the Excel 台账 from the 看板 and from the list, and the Word 通报 of an issued bulletin', async () => {
    await openBoard();
    const [fromBoard] = await Promise.all([page.waitForEvent('download'), page.getByTestId('board-export-ledger').click()]);
    expect(fromBoard.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await zipEntries(fromBoard)).toContain('xl/workbook.xml');

    await page.locator('[data-kpi="overdue"] a').click();
    await listed(page);
    const [fromList] = await Promise.all([page.waitForEvent('download'), page.getByTestId('list-export-ledger').click()]);
    expect(await zipEntries(fromList)).toContain('xl/workbook.xml');

    await page.goto(`${url()}/#/bulletins`);
    await page.getByTestId('issue-bulletin').click();
    await page.getByTestId('issue-bulletin-confirm').click();
    await page.waitForURL((u) => /#\/bulletins\/[0-9a-f-]+\/show/.test(u.hash), { timeout: 30_000 });
    await expect.poll(() => page.getByTestId('bulletin').innerText(), { timeout: 30_000 }).toMatch(/督查通报〔\d{4}〕第\d+期/);
    expect(await page.locator('[data-testid="bulletin"] h2').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^一、/), expect.stringMatching(/^四、/)]));
    await shot(page, 'bulletin-print-view-1440');
    const [word] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bulletin-export-word').click()]);
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    expect(await zipEntries(word)).toContain('word/document.xml');
    await page.goto(`${url()}/#/bulletins`);
    await expect.poll(() => page.locator('table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await shot(page, 'bulletins-1440');
  });

  it('the speech picker searches the speeches on the server as one types, and the choice scopes the board', async () => {
    const token = await login('duban', 'duban123');
    // The oldest of the speeches with work this quarter (the board's default period).
    const progress = await api<{ speeches: Array<{ speechId: string; title: string }> }>('/dashboard/progress?period=quarter', { token });
    const last = progress.speeches.at(-1);
    if (!last) throw new Error('the demo has no speech with work this quarter');
    const oldest = { id: last.speechId, title: last.title };
    const expected = await api<{ total: { value: number } }>(`/dashboard/summary?period=quarter&speechId=${oldest.id}`, { token });
    expect(expected.total.value).toBeGreaterThan(0);
    await openBoard();
    const typed = oldest.title.slice(0, 4);
    const searched = page.waitForRequest((r) => r.url().includes('/api/speeches?') && decodeURIComponent(r.url()).includes(`"q":"${typed}"`), { timeout: 30_000 });
    await page.getByTestId('board-speech').locator('input').fill(typed);
    await searched;
    await page.getByRole('option', { name: oldest.title }).click();
    await expect.poll(() => page.getByTestId('board-speech').locator('input').inputValue(), { timeout: 30_000 }).toBe(oldest.title);
    await expect.poll(() => page.locator('[data-kpi="total"]').getAttribute('data-count'), { timeout: 30_000 }).toBe(String(expected.total.value));
    // Back to every speech (the choice is kept for the next visit): the tests after this one see the whole board.
    await page.getByTestId('board-speech').locator('input').hover();
    await page.getByTestId('board-speech').locator('.MuiAutocomplete-clearIndicator').click();
    await expect.poll(() => page.getByTestId('board-speech').locator('input').inputValue(), { timeout: 30_000 }).toBe('');
  });

  it('shows a speech’s outline with each item’s light, progress and organizations', async () => {
    await openBoard();
    await page.locator('[data-speech-board]').first().click();
    await expect.poll(() => page.locator('[data-testid="speech-board-tree"] tbody tr[data-kind="directive"]').count(), { timeout: 30_000 }).toBeGreaterThan(3);
    expect(await page.locator('[data-testid="speech-board-tree"] [data-light]').count()).toBeGreaterThan(0);
    await shot(page, 'speech-board-1440');
  });

  it('shows the office an organization’s scorecard, its score explained term by term', async () => {
    const token = await login('duban', 'duban123');
    const orgs = await api<Array<{ id: string; name: string }>>(`/organizations?range=${encodeURIComponent('[0,999]')}`, { token });
    const farm = orgs.find((o) => o.name === '县农业农村局')?.id;
    await page.goto(`${url()}/#/scorecard/${farm}`);
    await expect.poll(() => page.getByTestId('scorecard-name').innerText(), { timeout: 30_000 }).toContain('县农业农村局');
    expect(await page.locator('[data-testid="score-components"] [data-component]').count()).toBeGreaterThan(1);
    await shot(page, 'scorecard-1440');
  });

  describe('as an organization user', () => {
    let orgPage: Page;
    let orgs: Array<{ id: string; name: string }>;
    beforeAll(async () => {
      const token = await login('duban', 'duban123');
      orgs = await api<Array<{ id: string; name: string }>>(`/organizations?range=${encodeURIComponent('[0,999]')}`, { token });
      orgPage = await browser.newPage();
      await orgPage.setViewportSize({ width: 1440, height: 900 });
      await signIn(orgPage, url(), 'nongye', 'nongye123');
    });
    const id = (name: string) => orgs.find((o) => o.name === name)?.id ?? '';

    it('lands on 我的任务 with its own scorecard one click away', async () => {
      await orgPage.goto(`${url()}/#/`);
      await orgPage.waitForURL((u) => u.hash.includes('/my-tasks'), { timeout: 30_000 });
      await orgPage.getByTestId('my-scorecard').click();
      await orgPage.waitForURL((u) => u.hash.includes(`/scorecard/${id('县农业农村局')}`), { timeout: 30_000 });
      await expect.poll(() => orgPage.getByTestId('scorecard-name').innerText(), { timeout: 30_000 }).toContain('县农业农村局');
      // Its subtree: the 农技推广中心 is below it.
      await expect.poll(() => orgPage.getByTestId('scorecard-organizations').innerText(), { timeout: 30_000 }).toContain('县农技推广中心');
      await shot(orgPage, 'scorecard-org-user-1440');
    });

    it('cannot open another organization’s scorecard', async () => {
      await orgPage.goto(`${url()}/#/scorecard/${id('县总工会')}`);
      await expect.poll(() => orgPage.getByTestId('scorecard-error').count(), { timeout: 30_000 }).toBe(1);
      expect(await orgPage.getByTestId('scorecard').innerText()).not.toContain('县总工会');
    });
  });

  describe('on a phone (390×844)', () => {
    let phone: Page;
    beforeAll(async () => {
      phone = await browser.newPage();
      await phone.setViewportSize({ width: 390, height: 844 });
      await signIn(phone, url(), 'nongji', 'nongji123');
    });

    it('我的任务 fits the screen: cards, no sideways scrolling', async () => {
      await phone.goto(`${url()}/#/my-tasks`);
      await expect.poll(() => phone.locator('[data-testid="my-tasks"] [data-assignment-card]').count(), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(phone, 'my-tasks-390', false);
    });

    it('the report form takes the whole screen and fits it', async () => {
      await phone.locator('[data-testid="my-tasks"] [data-assignment-card] a').first().click();
      await phone.waitForURL((u) => /#\/assignments\/[0-9a-f-]+\/show/.test(u.hash), { timeout: 30_000 });
      await phone.locator('[data-action="report"]').first().click();
      const dialog = phone.locator('[data-dialog="report"] .MuiDialog-paper');
      await expect.poll(() => dialog.count(), { timeout: 15_000 }).toBe(1);
      // The dialog fades in: measure and photograph it once it stands still.
      await phone.waitForTimeout(600);
      const box = await dialog.boundingBox();
      expect(box?.width).toBe(390);
      // The percent box and the send button are on the screen, not off its edge.
      for (const control of [dialog.getByTestId('percent-number'), dialog.locator('button[type="submit"]')]) {
        const b = await control.boundingBox();
        expect((b?.x ?? 999) + (b?.width ?? 999)).toBeLessThanOrEqual(390);
      }
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shot(phone, 'report-form-390', false);
    });
  });

  describe('as the admin: 考评方案', () => {
    interface Scheme { id: string; name: string; active: boolean; version: number }
    interface Ranking { rows: Array<{ name: string; score: { components: Array<{ key: string; points: number; count: number }> } }> }
    let admin: Page;
    let token = '';
    let original: Scheme | undefined;
    beforeAll(async () => {
      token = await login('admin', 'admin123');
      original = (await api<Scheme[]>('/scoring-schemes', { token })).find((s) => s.active);
      admin = await browser.newPage();
      await admin.setViewportSize({ width: 1440, height: 900 });
      await signIn(admin, url(), 'admin', 'admin123');
    });
    afterAll(async () => {
      // Leave the demo as it was for whatever runs next.
      if (original) await api(`/scoring-schemes/${original.id}/activate`, { method: 'POST', token, body: {} });
    });

    it('writes a stricter scheme on its screen and puts it in force; the ranking scores by it', async () => {
      const before = await api<Ranking>('/dashboard/ranking?period=quarter', { token });
      await admin.goto(`${url()}/#/scoring-schemes/create`);
      await admin.locator('input[name="name"]').fill('从严考评方案');
      await admin.locator('input[name="overduePenalty"]').fill('5');
      await admin.locator('button[type="submit"]').click();
      await admin.waitForURL((u) => u.hash === '#/scoring-schemes', { timeout: 30_000 });
      await admin.getByTestId('activate-从严考评方案').click();
      await expect
        .poll(async () => (await api<Scheme[]>('/scoring-schemes', { token })).find((s) => s.active)?.name, { timeout: 15_000 })
        .toBe('从严考评方案');
      await shot(admin, 'scoring-schemes-1440');
      // Each overdue assignment now costs 5 instead of 2: the overdue term of an organization with n overdue falls by 3n.
      const after = await api<Ranking>('/dashboard/ranking?period=quarter', { token });
      const overdueTerm = (r: Ranking['rows'][number] | undefined) => r?.score.components.find((c) => c.key === 'overdue');
      const behind = before.rows.filter((r) => (overdueTerm(r)?.count ?? 0) > 0);
      expect(behind.length).toBeGreaterThan(0);
      for (const row of behind) {
        const was = overdueTerm(row);
        const now = overdueTerm(after.rows.find((r) => r.name === row.name));
        expect(now?.points, row.name).toBeCloseTo((was?.points ?? 0) - 3 * (was?.count ?? 0), 5);
      }
    });
  });
});

import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, login } from './support/product-api';
import { launchBrowser, screenshot, signIn } from './support/browser';

interface Organization {
  id: string;
  name: string;
}
interface Item {
  id: string;
  title: string;
}
interface Assignment {
  id: string;
  itemId: string;
  role: string;
  state: string;
  organizationId: string;
}

const loginDemo = (username: string) => login(username, `${username}123`);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;

/** Waits for react-admin to settle: no progress bar, no pending skeleton. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Lists show skeletons while loading; a page may keep an indeterminate bar, so this only waits.
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await page.locator('.MuiSkeleton-root').count()) > 0) await page.waitForTimeout(250);
}

async function useLocale(page: Page, locale: 'zh-CN' | 'en'): Promise<void> {
  await page.evaluate((l) => window.localStorage.setItem('RaStore.locale', JSON.stringify(l)), locale);
}

describe('day one in a real office (browser)', () => {
  let browser: BrowserContext;
  let page: Page;
  let supervisor: string;
  let orgs: Map<string, string>;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage();
    supervisor = await loginDemo('duban');
    const list = await api<Organization[]>(`/organizations?range=${encodeURIComponent('[0,999]')}`, { token: supervisor });
    orgs = new Map(list.map((o) => [o.name, o.id]));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const orgId = (name: string) => {
    const id = orgs.get(name);
    if (!id) throw new Error(`demo organization ${name} is missing`);
    return id;
  };

  /** A hand-made task published at once, with a lead and optionally a supporter. */
  async function publishedTask(title: string, lead: string, support?: string): Promise<Assignment[]> {
    const item = await api<Item>('/items', {
      method: 'POST',
      token: supervisor,
      body: {
        title,
        text: `${title}：请按期完成。`,
        kind: 'directive',
        dueDate: inDays(30),
        organizations: [{ organizationId: orgId(lead), role: 'lead' }, ...(support ? [{ organizationId: orgId(support), role: 'support' }] : [])],
        publish: true,
      },
    });
    return api<Assignment[]>(`/assignments?filter=${encodeURIComponent(JSON.stringify({ itemId: item.id }))}`, { token: supervisor });
  }

  it('the delete dialog names the children and offers to keep them; undo brings a deleted branch back', async () => {
    const speech = await api<{ id: string }>('/speeches', { method: 'POST', token: supervisor, body: { title: `撤销演练 ${stamp()}`, text: '同志们：\n一、抓好冬季安全。\n要做好排查。' } });
    const section = await api<Item>('/items', { method: 'POST', token: supervisor, body: { title: '一、抓好冬季安全', text: '抓好冬季安全', kind: 'section', speechId: speech.id, organizations: [] } });
    for (const title of ['排查燃气隐患', '检查消防通道']) {
      await api('/items', { method: 'POST', token: supervisor, body: { title, text: title, kind: 'directive', speechId: speech.id, parentId: section.id, organizations: [{ organizationId: orgId('团县委'), role: 'lead' }] } });
    }
    await signIn(page, inject('productUrl'), 'duban', 'duban123');
    await page.goto(`${inject('productUrl')}/#/speeches/${speech.id}/review`);
    await page.locator(`[data-row-id="${section.id}"]`).click();
    await page.getByTestId('item-editor').getByRole('button', { name: '删除' }).click();
    const dialog = page.getByTestId('delete-dialog');
    expect(await dialog.innerText()).toContain('确定删除“一、抓好冬季安全”及其下 2 项吗？');
    expect(await dialog.innerText()).toContain('保留下级事项（移到上一级）');
    await screenshot(page, 'day-one-delete-dialog');
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.locator('[data-row-id]').count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.locator('[data-row-id]').count(), { timeout: 15_000 }).toBe(3);
    await expect.poll(() => page.locator('body').innerText()).toContain('已撤销：删除“一、抓好冬季安全”');
    await screenshot(page, 'day-one-undo');

    // Keeping the children: only the section goes.
    await page.locator(`[data-row-id="${section.id}"]`).click();
    await page.getByTestId('item-editor').getByRole('button', { name: '删除' }).click();
    await page.getByTestId('delete-dialog').locator('input[name="keepChildren"]').check();
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.locator('[data-row-id]').count(), { timeout: 15_000 }).toBe(2);
  });

  it('a task is made by hand from a pasted instruction, its fields proposed by the extractor, and assigned at once', async () => {
    await signIn(page, inject('productUrl'), 'duban', 'duban123');
    await page.goto(`${inject('productUrl')}/#/items/create`);
    const form = page.getByTestId('task-form');
    const text = `关于做好农民工工资支付工作的批示（${stamp()}）\n请县农业农村局牵头，县总工会配合，于${inDays(40).replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}前完成全面排查，每月报告一次进展。`;
    await form.locator('textarea[name="text"]').fill(text);
    await page.getByTestId('propose').click();
    await expect.poll(() => form.locator('input[name="dueDate"]').inputValue(), { timeout: 15_000 }).toBe(inDays(40));
    expect(await form.locator('input[name="title"]').inputValue()).not.toBe('');
    expect(await form.innerText()).toContain('县总工会');
    const values = await form.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(values).toContain('县农业农村局');
    await screenshot(page, 'day-one-task-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL((url) => /#\/items\/[0-9a-f-]+\/show/.test(url.hash), { timeout: 30_000 });
    const itemId = /#\/items\/([0-9a-f-]+)\/show/.exec(page.url())?.[1] as string;
    const assignments = await api<Assignment[]>(`/assignments?filter=${encodeURIComponent(JSON.stringify({ itemId }))}`, { token: supervisor });
    expect(assignments.map((a) => [a.organizationId, a.role]).sort()).toEqual([[orgId('县农业农村局'), 'lead'], [orgId('县总工会'), 'support']].sort());
  });

  it('the org admin hands a task to a member of staff (分派), who finds it under 交给我的 first', async () => {
    const title = `分派测试 ${stamp()}`;
    const [lead] = await publishedTask(title, '县农业农村局');
    await signIn(page, inject('productUrl'), 'nongye', 'nongye123');
    await page.goto(`${inject('productUrl')}/#/assignments/${lead?.id}/show`);
    await page.locator('[data-action="handler"]').click();
    const dialog = page.locator('[data-dialog="handler"]');
    await dialog.locator('[data-candidate="赵技术员"]').click();
    await screenshot(page, 'day-one-handler-dialog');
    await dialog.getByTestId('handler-save').click();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 15_000 }).toContain('赵技术员');
    await expect.poll(() => page.getByTestId('assignment-timeline').innerText(), { timeout: 15_000 }).toContain('指定经办人：赵技术员');

    await signIn(page, inject('productUrl'), 'nongji', 'nongji123');
    await page.goto(`${inject('productUrl')}/#/my-tasks`);
    const mine = page.getByTestId('handed-to-me');
    await expect.poll(() => mine.innerText(), { timeout: 20_000 }).toContain(title);
    // 交给我的 comes before the organization's list.
    const [mineTop, allTop] = await Promise.all([mine.boundingBox(), page.getByTestId('my-tasks').boundingBox()]);
    expect((mineTop?.y ?? 0) < (allTop?.y ?? 0)).toBe(true);
    await screenshot(page, 'day-one-assigned-to-me');
  });

  it('a second upload of the same speech is named as a duplicate; the user may keep both', async () => {
    const text = `同志们：\n今天召开全县冬季防火工作会议（${stamp()}）。\n一、压实责任。县应急管理局要牵头，年底前完成隐患排查。`;
    const first = await api<{ id: string; title: string }>('/speeches', { method: 'POST', token: supervisor, body: { title: '冬季防火工作会议讲话', text } });
    await signIn(page, inject('productUrl'), 'duban', 'duban123');
    await page.goto(`${inject('productUrl')}/#/speeches/create`);
    await page.getByRole('tab', { name: '粘贴文本' }).click();
    // Re-typed with other spacing and half-width punctuation, and no title: it is taken from the text.
    await page.locator('textarea[name="text"]').fill(text.replace(/。/g, '. ').replace(/，/g, ', '));
    await page.getByRole('button', { name: '提交并解析' }).click();
    const warning = page.getByTestId('speech-duplicate');
    await warning.waitFor({ timeout: 20_000 });
    expect(await warning.innerText()).toContain('与已有的“冬季防火工作会议讲话”');
    await screenshot(page, 'day-one-duplicate');
    await page.getByTestId('duplicate-keep').click();
    await page.waitForURL((url) => url.hash.includes('/review'), { timeout: 30_000 });
    expect(page.url()).not.toContain(first.id);
  });

  it('a pending extension request shows instead of the button', async () => {
    const [lead] = await publishedTask(`延期测试 ${stamp()}`, '团县委');
    const tuanwei = await loginDemo('tuanwei');
    await api('/extension-requests', { method: 'POST', token: tuanwei, body: { assignmentId: lead?.id, newDueDate: inDays(60), reason: '需等待上级批复' } });
    await signIn(page, inject('productUrl'), 'tuanwei', 'tuanwei123');
    await page.goto(`${inject('productUrl')}/#/assignments/${lead?.id}/show`);
    const pending = page.getByTestId('extension-pending');
    await pending.waitFor({ timeout: 20_000 });
    const day = inDays(60).split('-').map(Number);
    expect(await pending.innerText()).toContain(`延期申请审核中：申请延至 ${day[0]}年${day[1]}月${day[2]}日`);
    expect(await page.locator('[data-action="request_extension"]').count()).toBe(0);
    await screenshot(page, 'day-one-extension-pending');
  });

  it('forms say what is wrong: progress over 100, a lower progress, a past due date in review and in the publish preview', async () => {
    const [lead] = await publishedTask(`进度校验 ${stamp()}`, '团县委');
    const tuanwei = await loginDemo('tuanwei');
    await api(`/assignments/${lead?.id}/sign`, { method: 'POST', token: tuanwei, body: {} });
    await api(`/assignments/${lead?.id}/report`, { method: 'POST', token: tuanwei, body: { done: '已启动', percent: 60 } });
    await signIn(page, inject('productUrl'), 'tuanwei', 'tuanwei123');
    await page.goto(`${inject('productUrl')}/#/assignments/${lead?.id}/show`);
    await page.locator('[data-action="report"]').click();
    const dialog = page.locator('[data-dialog="report"]');
    await dialog.locator('textarea[name="done"]').fill('继续推进');
    await dialog.getByTestId('percent-number').fill('150');
    await dialog.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => dialog.getByTestId('percent-error').innerText(), { timeout: 10_000 }).toBe('进度须是 0 到 100 之间的整数');
    expect(await dialog.getByTestId('percent-number').inputValue()).toBe('150');
    await screenshot(page, 'day-one-percent-over-100');
    await dialog.getByTestId('percent-number').fill('40');
    await dialog.getByRole('button', { name: '提交' }).click();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('本次填写的进度 40% 低于当前进度 60%，确定降低吗？');
    await screenshot(page, 'day-one-lower-percent');
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(async () => (await api<{ percent: number }>(`/assignments/${lead?.id}`, { token: tuanwei })).percent, { timeout: 15_000 }).toBe(40);

    // Review: a past due date is flagged where it is typed and listed before publishing.
    const speech = await api<{ id: string }>('/speeches', { method: 'POST', token: supervisor, body: { title: `时限检查 ${stamp()}`, text: '同志们：要抓好落实。' } });
    const item = await api<Item>('/items', {
      method: 'POST',
      token: supervisor,
      body: { title: '补齐台账', text: '补齐台账', kind: 'directive', speechId: speech.id, organizations: [{ organizationId: orgId('团县委'), role: 'lead' }] },
    });
    await signIn(page, inject('productUrl'), 'duban', 'duban123');
    await page.goto(`${inject('productUrl')}/#/speeches/${speech.id}/review`);
    await page.locator(`[data-row-id="${item.id}"]`).click();
    const editor = page.getByTestId('item-editor');
    await editor.locator('input[name="dueDate"]').fill('2020-01-31');
    expect(await editor.innerText()).toContain('完成时限 2020-01-31 早于今天，请确认');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('body').innerText(), { timeout: 10_000 }).toContain('已保存');
    await page.getByRole('button', { name: '发布交办' }).click();
    const pastDue = page.getByTestId('publish-past-due');
    await pastDue.waitFor({ timeout: 15_000 });
    expect(await pastDue.innerText()).toContain('补齐台账（2020年1月31日）');
    await screenshot(page, 'day-one-publish-past-due');
  });

  describe('every screen in both languages', () => {
    /** The interface's own words: labels, buttons, headings, messages, table headers, dates in fields. */
    const INTERFACE = [
      'button',
      'label',
      'th',
      'h1',
      'h2',
      'h6',
      '[role="tab"]',
      '[role="menuitem"]',
      '.MuiFormHelperText-root',
      '.MuiAlert-message',
      '.MuiSnackbarContent-message',
      '.MuiTablePagination-root',
      '.MuiChip-label',
      '.RaLabeled-label',
      'legend',
    ].join(',');
    // User data that may sit inside those elements (names of demo organizations, people and speeches).
    // The language switch names each language in itself (简体中文 / English), as language menus do.
    const DATA_WORDS = /落实|简体中文|县[\u4e00-\u9fff]{1,12}|团县委|督查室|李督查|王秘书|陈局长|赵技术员|刘主席|孙干事|系统管理员/g;
    const CJK = /[\u4e00-\u9fff]/;
    // English words an interface in Chinese may still show: formats and file types.
    const ALLOWED_LATIN = new Set(['YYYY', 'MM', 'DD', 'KB', 'MB', 'txt', 'docx', 'UTF', 'GBK', 'Word', 'CSV', 'English']);

    async function interfaceTexts(p: Page): Promise<string[]> {
      return p.locator(INTERFACE).evaluateAll((nodes) =>
        nodes
          .filter((n) => (n as HTMLElement).offsetParent !== null)
          // The speech text and item titles are user data, whatever element they sit in.
          .filter((n) => !n.closest('[data-testid="speech-text"],[data-row-id],table tbody,[data-testid="assignment-timeline"],.RaReferenceField-link,[data-user-data]'))
          .map((n) => (n as HTMLElement).innerText.trim())
          .filter(Boolean),
      );
    }

    /** The record a path shows (`/speeches/:id/review`): its own strings are user data wherever they appear. */
    async function recordStrings(path: string, token: string): Promise<string[]> {
      const match = /^\/([a-z-]+)\/([0-9a-f-]{36})/.exec(path);
      if (!match) return [];
      const record = await api<Record<string, unknown>>(`/${match[1]}/${match[2]}`, { token });
      return Object.values(record)
        .flatMap((v) => (Array.isArray(v) ? v : [v]))
        .filter((v): v is string => typeof v === 'string' && v.length >= 2 && v.length <= 300)
        .sort((x, y) => y.length - x.length);
    }

    function foreignIn(texts: string[], locale: 'zh-CN' | 'en', userData: readonly string[]): string[] {
      return texts.filter((t) => {
        const cleaned = userData.reduce((text, data) => text.split(data).join(''), t).replace(DATA_WORDS, '');
        if (locale === 'en') return CJK.test(cleaned);
        const words = cleaned.match(/[A-Za-z]{2,}/g) ?? [];
        return words.some((w) => !ALLOWED_LATIN.has(w));
      });
    }

    // Seven users' screens and the login page, in two languages: longer than one ordinary browser test.
    it('finds no word of the other language in the interface, for each role’s screens', async () => {
      const speeches = await api<Array<{ id: string }>>(`/speeches?range=${encodeURIComponent('[0,0]')}`, { token: supervisor });
      const assignments = await api<Array<{ id: string }>>(`/assignments?range=${encodeURIComponent('[0,0]')}`, { token: supervisor });
      const items = await api<Array<{ id: string }>>(`/items?range=${encodeURIComponent('[0,0]')}`, { token: supervisor });
      const orgList = [...orgs.values()];
      // Staff screens show their own organizations' work: one task, led by 团县委 (tuanwei) and
      // supported by 县农技推广中心 (nongji).
      const staffTask = await publishedTask(`语言检查 ${stamp()}`, '团县委', '县农技推广中心');
      const staffAssignment = (role: string) => staffTask.find((a) => a.role === role)?.id;
      const screens: Array<[string, string[]]> = [
        ['admin', ['/', '/users', '/users/create', '/organizations', `/organizations/${orgList[0]}/show`, '/organizations/create', '/not-a-page']],
        [
          'duban',
          [
            '/',
            '/review',
            '/assignments',
            `/assignments/${assignments[0]?.id}/show`,
            '/items',
            '/items/create',
            `/items/${items[0]?.id}/show`,
            '/speeches',
            '/speeches/create',
            `/speeches/${speeches[0]?.id}/show`,
            `/speeches/${speeches[0]?.id}/review`,
          ],
        ],
        ['nongye', ['/', '/my-tasks']],
        ['nongji', ['/', '/my-tasks', '/assignments', `/assignments/${staffAssignment('support')}/show`]],
        ['tuanwei', ['/', '/my-tasks', '/assignments', `/assignments/${staffAssignment('lead')}/show`]],
      ];
      const problems: string[] = [];
      const check = async (where: string, userData: readonly string[]) => {
        const foreign = foreignIn(await interfaceTexts(page), where.startsWith('en') ? 'en' : 'zh-CN', userData);
        // One sentence, one full stop: never “。.” or “..”.
        const body = await page.locator('body').innerText();
        if (/[。.]\s*[。.](?!\.)/.test(body.replace(/\.\.\./g, ''))) problems.push(`${where}: double punctuation`);
        if (foreign.length) problems.push(`${where}: ${foreign.slice(0, 5).join(' | ')}`);
      };
      for (const locale of ['zh-CN', 'en'] as const) {
        // The login page, before anyone signs in, and its error for a failed sign-in.
        await page.goto(`${inject('productUrl')}/#/login`);
        await page.evaluate(() => window.localStorage.clear());
        await useLocale(page, locale);
        await page.reload();
        await settled(page);
        // The first frame is already in the stored language: no Chinese flash before English.
        expect(await page.locator('button[type="submit"]').innerText()).toMatch(locale === 'en' ? /Sign in/i : /登录/);
        await check(`${locale} #/login`, []);
        await page.locator('input[name="username"]').fill(`nobody${stamp()}`);
        await page.locator('input[name="password"]').fill('not-a-password');
        await page.locator('button[type="submit"]').click();
        const notice = page.locator('.MuiSnackbarContent-message');
        await notice.waitFor({ timeout: 15_000 });
        expect(await notice.innerText()).toContain(locale === 'en' ? 'Authentication failed' : '登录失败');
        await check(`${locale} #/login (failed sign-in)`, []);
        await screenshot(page, `day-one-language-${locale}-login`);
        for (const [user, paths] of screens) {
          await signIn(page, inject('productUrl'), user, user === 'admin' ? 'admin123' : `${user}123`);
          const token = await loginDemo(user);
          await useLocale(page, locale);
          for (const [index, path] of paths.entries()) {
            await page.goto(`${inject('productUrl')}/#${path}`);
            // One load per user applies the stored locale; the next screens are the app's own navigation.
            if (index === 0) await page.reload();
            await settled(page);
            await check(`${locale} ${user} #${path}`, await recordStrings(path, token));
          }
          await screenshot(page, `day-one-language-${locale}-${user}`);
        }
      }
      expect(problems).toEqual([]);
    }, 360_000);
  });
});

import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '@luoshi/testing';
import { WORKSPACE_ROOT } from './product';

export const ARTIFACTS = join(WORKSPACE_ROOT, 'test-artifacts');

/**
 * Debian's Chromium, headless, with a fresh profile (user data dir) and no calls home. Playwright
 * takes the profile folder through launchPersistentContext rather than the --user-data-dir flag.
 */
export async function launchBrowser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'luoshi-chromium-')), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1400, height: 900 },
    args: [...CHROMIUM_ARGS],
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the dashboard's login page. */
export async function signIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  // One profile serves several users in a test: forget whoever signed in before.
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.hash.includes('login'), { timeout: 30_000 });
}

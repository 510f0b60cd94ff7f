/**
 * Opening the viewer in a new page, the same way in every end-to-end test: page errors are collected,
 * `window.waslOptions` can be set before the app starts, and by default the call returns once
 * `window.wasl.ready` has resolved (the graph is loaded and the viewer drawn).
 */
import type { Browser, Page } from 'playwright-core';

export interface OpenOptions {
  viewport?: { width: number; height: number };
  acceptDownloads?: boolean;
  /** Set as `window.waslOptions` before the app's scripts run. */
  waslOptions?: Window['waslOptions'];
  /** Wait for `window.wasl.ready` (default true); false when the page must first answer a dialog. */
  ready?: boolean;
}

export async function openViewer(browser: Browser, url: string, options: OpenOptions = {}): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 860 }, acceptDownloads: options.acceptDownloads });
  if (options.waslOptions) await page.addInitScript((o) => (window.waslOptions = o), options.waslOptions);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  if (options.ready !== false) {
    await page.waitForFunction(() => window.wasl !== undefined);
    await page.evaluate(() => window.wasl.ready);
  }
  return { page, errors };
}

/**
 * The Share / Embed dialog: its link and its iframe snippet reproduce the view on screen. The snippet is
 * pasted into a fresh page of another origin and must show the same nodes and edges.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pixelStats } from './support/pixels.ts';
import { FIXTURE_TEXT, JSON_TYPE, viewerFrame } from './support/embed.ts';

let browser: Browser;
let viewer: StaticServer;
let host: StaticServer;

beforeAll(async () => {
  viewer = await serveStatic('dist', { routes: { '/fixtures/embed.json': { body: FIXTURE_TEXT, type: JSON_TYPE } } });
  host = await serveStatic('tests/fixtures', {
    routes: { '/blank.html': { body: '<!doctype html><meta charset="utf-8"><title>article</title><body><p>An article.</p></body>', type: 'text/html; charset=utf-8' } },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([viewer?.close(), host?.close()]);
});

const visible = (page: { evaluate: Page['evaluate'] }) =>
  page.evaluate(() => ({ nodes: window.wasl.visibleNodes(), edges: window.wasl.visibleEdges(), state: window.wasl.state }));

async function openViewer(query: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${viewer.url}${query}`);
  await page.waitForFunction(() => window.wasl !== undefined);
  await page.evaluate(() => window.wasl.ready);
  return { page, errors };
}

describe('Share / Embed dialog', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`gives a snippet that, pasted into a fresh page, shows the same view (${lang})`, async () => {
      const { page, errors } = await openViewer(`?data=/fixtures/embed.json&lang=${lang}`);
      // The view the reader made: filters, time range and focus, set through the app state.
      await page.evaluate(() => window.wasl.setState({ relations: ['met', 'visited', 'sent_envoy', 'urged'], from: '2023-01', to: '2024-03', kinds: ['person', 'place', 'country', 'organization'], focus: 'bashar-al-assad' }));
      const original = await visible(page);
      expect(original.edges.length).toBeGreaterThan(2);

      await page.getByTestId('share-open').click();
      expect(await page.getByTestId('share-dialog').isVisible()).toBe(true);
      await page.getByTestId('share-width').fill('640');
      await page.getByTestId('share-height').fill('420');
      await page.getByTestId('share-title').fill('Who met whom "in 2023"');
      const snippet = await page.getByTestId('share-snippet').inputValue();
      expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?[^"]*embed=1[^"]*" width="640" height="420" title="Who met whom &quot;in 2023&quot;" loading="lazy"/);

      // Copy puts the snippet on the clipboard; the live preview shows the same view.
      await page.getByTestId('copy-snippet').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
      const preview = await viewerFrame(page, `${viewer.url}?`);
      expect(await visible(preview)).toMatchObject({ nodes: original.nodes, edges: original.edges });
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `tests/e2e/.screenshots/share-dialog-${lang}.png` });

      const link = await page.getByTestId('share-link').inputValue();
      await page.getByTestId('share-close').click();
      expect(await page.getByTestId('share-dialog').isVisible()).toBe(false);

      // Paste the snippet into an article page on another origin.
      const article = await page.context().newPage();
      await article.goto(`${host.url}blank.html`);
      await article.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), snippet);
      const frame = await viewerFrame(article, viewer.url);
      const embedded = await visible(frame);
      expect(embedded.nodes).toEqual(original.nodes);
      expect(embedded.edges).toEqual(original.edges);
      expect(embedded.state).toEqual({ ...original.state, embed: true, parentOrigin: null });
      await article.waitForTimeout(800);
      expect((await pixelStats(article, 'iframe')).coloured).toBeGreaterThan(150);

      // The link opens the same view in the full viewer.
      const full = await page.context().newPage();
      await full.goto(link);
      await full.evaluate(() => window.wasl.ready);
      expect(await visible(full)).toEqual({ ...original, state: { ...original.state, embed: false } });
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('restricts the snippet to a host origin when one is given', async () => {
    const { page } = await openViewer('?data=/fixtures/embed.json');
    await page.getByTestId('share-open').click();
    await page.getByTestId('share-origin').fill('https://news.example/some/article');
    const src = new URL((await page.getByTestId('share-snippet').inputValue()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&'));
    expect(src.searchParams.get('parentOrigin')).toBe('https://news.example');
    await page.getByTestId('share-origin').fill('not an origin');
    expect(await page.getByTestId('share-snippet').inputValue()).not.toContain('parentOrigin');
    await page.context().close();
  });
});

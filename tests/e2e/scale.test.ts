/**
 * Scale: a synthetic graph of 20,000 nodes and 100,000 edges loads, lays out and draws in headless
 * Chromium, and a time range dragged on the time line shows exactly the edges dated inside it.
 * No timings here: those are in `npm run bench -- explore`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { openViewer } from './support/open.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pixelStats } from './support/pixels.ts';
import { syntheticGraphFile } from '../../scripts/lib/synthetic-graph.ts';
import { dateInRange } from '../../src/lib/view/visibility.ts';

const BODY = syntheticGraphFile(100_000);
const file = JSON.parse(BODY) as { nodes: unknown[]; edges: { key: string; attributes: { date: string } }[] };

let browser: Browser;
let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic('dist', { routes: { '/big.json': { body: BODY, type: 'application/json' } } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('scale', () => {
  it('draws 20k nodes and 100k edges and filters them by time', { timeout: 600_000 }, async () => {
    expect(file.nodes.length).toBe(20_000);
    const { page, errors } = await openViewer(browser, `${server.url}?data=/big.json`, { viewport: { width: 1400, height: 850 }, ready: false });
    page.setDefaultTimeout(300_000);
    await page.waitForFunction(() => window.wasl !== undefined);
    await page.evaluate(() => window.wasl.ready);
    await expect.poll(() => page.getByTestId('edge-count').textContent(), { timeout: 300_000, interval: 1000 }).toBe('100000');
    // The layout runs in a worker and stops by itself.
    await expect.poll(() => page.getByTestId('layout-toggle').getAttribute('aria-pressed'), { timeout: 300_000, interval: 1000 }).toBe('false');
    const px = await pixelStats(page, '[data-testid="sigma-container"]');
    expect(px.coloured).toBeGreaterThan(5000);
    // Hiding every node kind leaves an empty canvas (no edge of a hidden node is drawn; what remains is the
    // blue "Graph" tab over it, ~1,800 pixels), and reset brings everything back.
    for (const kind of ['person', 'organization', 'armed_group', 'country', 'place']) await page.getByTestId(`kind-${kind}`).click();
    await expect.poll(() => page.getByTestId('edge-count').textContent(), { timeout: 300_000, interval: 1000 }).toBe('0');
    await page.waitForTimeout(500);
    expect((await pixelStats(page, '[data-testid="sigma-container"]')).coloured).toBeLessThan(Math.min(5000, px.coloured / 10));
    await page.getByTestId('reset-filters').click();
    await expect.poll(() => page.getByTestId('edge-count').textContent(), { timeout: 300_000, interval: 1000 }).toBe('100000');
    await page.waitForTimeout(500);
    expect((await pixelStats(page, '[data-testid="sigma-container"]')).coloured).toBeGreaterThan(px.coloured * 0.8);
    await page.getByTestId('range-from').fill('2021-03');
    await page.getByTestId('range-from').press('Enter');
    await page.getByTestId('range-to').fill('2021-04');
    await page.getByTestId('range-to').press('Enter');
    const expected = file.edges.filter((e) => dateInRange(e.attributes.date, '2021-03', '2021-04')).length;
    expect(expected).toBeGreaterThan(1000);
    await expect.poll(() => page.getByTestId('edge-count').textContent(), { timeout: 300_000, interval: 1000 }).toBe(String(expected));
    expect(await page.evaluate(() => window.wasl.visibleEdges().length)).toBe(expected);
    await page.screenshot({ path: 'tests/e2e/.screenshots/scale-100k.png' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

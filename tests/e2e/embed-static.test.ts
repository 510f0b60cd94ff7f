/**
 * The static build (dist/) served under a sub-path, as a static host would: the app, its default graph,
 * the host helper wasl-embed.js and the demo page all work with relative URLs. Loading data by URL:
 * a CORS-enabled URL loads, a URL without CORS says so plainly.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pixelStats } from './support/pixels.ts';
import { FIXTURE, FIXTURE_TEXT, JSON_TYPE, viewerFrame } from './support/embed.ts';

const BASE = '/news/2023/graph/';
/** A second graph, for wasl:load: the fixture's people and the edges between them. */
const PEOPLE = (() => {
  const g = structuredClone(FIXTURE) as typeof FIXTURE & Record<string, unknown>;
  g.nodes = g.nodes.filter((n) => n.attributes.kind === 'person');
  const keep = new Set(g.nodes.map((n) => n.key));
  g.edges = g.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  return g;
})();

let browser: Browser;
let site: StaticServer;
let cors: StaticServer;
let noCors: StaticServer;

beforeAll(async () => {
  site = await serveStatic('dist', {
    base: BASE,
    routes: {
      // The default graph of this test build: a fixture, so the test does not depend on extraction.
      [`${BASE}graph.json`]: { body: FIXTURE_TEXT, type: JSON_TYPE },
      [`${BASE}people.json`]: { body: JSON.stringify(PEOPLE), type: JSON_TYPE },
    },
  });
  const routes = { '/data/people.json': { body: JSON.stringify(PEOPLE), type: JSON_TYPE } };
  cors = await serveStatic('tests/fixtures', { routes, headers: { 'access-control-allow-origin': '*' } });
  noCors = await serveStatic('tests/fixtures', { routes });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), cors?.close(), noCors?.close()]);
});

async function open(path: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${site.url}${path}`);
  return { page, errors, requests };
}

describe('static build under a sub-path', () => {
  it('refers to its assets with relative URLs', () => {
    const html = readFileSync('dist/index.html', 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(/^\.\//);
    expect(readFileSync('dist/wasl-embed.js', 'utf8')).toMatch(/^var Wasl=/);
  });

  it('shows the default graph, fetching nothing outside the sub-path', async () => {
    const { page, errors, requests } = await open('');
    await page.evaluate(() => window.wasl.ready);
    expect(await page.evaluate(() => window.wasl.visibleNodes())).toEqual(FIXTURE.nodes.map((n) => n.key).sort());
    await page.waitForTimeout(800);
    expect((await pixelStats(page, '[data-testid="sigma-container"]')).coloured).toBeGreaterThan(300);
    const own = new URL(site.url).origin + BASE;
    expect(requests.filter((u) => !u.startsWith(own) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs the demo page: buttons drive the embedded viewer, the log shows its messages', async () => {
    const { page, errors } = await open('embed-demo.html');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 30_000 }).toBe('Connected: protocol version 1.');
    const frame = await viewerFrame(page, `${site.url}index.html?`);
    expect(new URL(frame.url()).searchParams.get('parentOrigin')).toBe(new URL(site.url).origin);

    await page.locator('#node').fill('vladimir-putin');
    await page.locator('#focus').click();
    await expect.poll(() => page.locator('#status').textContent()).toBe('Selected: vladimir-putin');
    expect(await page.locator('#log li').first().textContent()).toMatch(/^wasl:state .*"focus":"vladimir-putin"/);
    expect(await page.locator('#log li', { hasText: 'wasl:select {"node":"vladimir-putin"}' }).count()).toBe(1);

    const before = await frame.evaluate(() => window.wasl.visibleEdges());
    await page.locator('#range').click(); // 2023-01 … 2023-12
    await expect.poll(() => frame.evaluate(() => window.wasl.visibleEdges().length)).toBeLessThan(before.length);
    await page.locator('#filter').click(); // met, visited, sent_envoy
    await expect.poll(() => frame.evaluate(() => window.wasl.state.relations)).toEqual(['met', 'visited', 'sent_envoy']);

    await page.locator('#url').fill('./people.json');
    await page.locator('#load').click();
    await expect.poll(() => frame.evaluate(() => window.wasl.graph?.order)).toBe(PEOPLE.nodes.length);
    expect(await frame.evaluate(() => window.wasl.state.data)).toBe('./people.json');
    await page.waitForTimeout(1000);
    await page.screenshot({ path: 'tests/e2e/.screenshots/embed-demo.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads data from a CORS-enabled URL, and says plainly when CORS blocks it', async () => {
    const ok = await open(`?data=${encodeURIComponent(`${cors.url}data/people.json`)}`);
    await ok.page.evaluate(() => window.wasl.ready);
    expect(await ok.page.evaluate(() => window.wasl.graph?.order)).toBe(PEOPLE.nodes.length);
    await ok.page.close();

    for (const lang of ['en', 'ar'] as const) {
      const blocked = await open(`?lang=${lang}&data=${encodeURIComponent(`${noCors.url}data/people.json`)}`);
      await blocked.page.evaluate(() => window.wasl.ready);
      const text = await blocked.page.getByTestId('message').textContent();
      expect(text).toContain(`${noCors.url}data/people.json`);
      expect(text).toContain('CORS');
      expect(await blocked.page.getByTestId('message').getAttribute('role')).toBe('alert');
      expect(blocked.errors).toEqual([]);
      await blocked.page.close();
    }
  });
});

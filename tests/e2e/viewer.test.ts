/**
 * The walking skeleton in a real browser: the built app (dist/) served statically shows the graph that
 * build:graph wrote, with the counts of graph.json and coloured pixels on the canvas.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { openViewer } from './support/open.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pixelStats } from './support/pixels.ts';

const EMPTY_GRAPH = JSON.stringify({
  attributes: { schema: 1, title: 'empty', articles: [], relations: [] },
  options: { type: 'directed', multi: true, allowSelfLoops: false },
  nodes: [],
  edges: [],
});

let browser: Browser;
let server: StaticServer;
const graphFile = JSON.parse(readFileSync('dist/graph.json', 'utf8'));

beforeAll(async () => {
  server = await serveStatic('dist', { routes: { '/empty.json': { body: EMPTY_GRAPH, type: 'application/json' } } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (query = '') => openViewer(browser, `${server.url}${query}`, { viewport: { width: 1200, height: 800 } });

describe('viewer', () => {
  it('shows the counts of graph.json and draws coloured nodes', async () => {
    expect(graphFile.nodes.length).toBeGreaterThan(5);
    const { page, errors } = await open();
    await expect.poll(() => page.getByTestId('node-count').textContent()).toBe(String(graphFile.nodes.length));
    expect(await page.getByTestId('edge-count').textContent()).toBe(String(graphFile.edges.length));
    const visible = await page.evaluate(() => ({ nodes: window.wasl.visibleNodes(), edges: window.wasl.visibleEdges() }));
    expect(visible.nodes).toEqual(graphFile.nodes.map((n: { key: string }) => n.key).sort());
    expect(visible.edges).toEqual(graphFile.edges.map((e: { key: string }) => e.key).sort());
    expect(await page.evaluate(() => window.wasl.graph?.order)).toBe(graphFile.nodes.length);
    await page.waitForTimeout(500);
    const px = await pixelStats(page, '[data-testid="sigma-container"]');
    expect(px.coloured).toBeGreaterThan(500);
    expect(px.colours).toBeGreaterThan(2);
    await page.screenshot({ path: 'tests/e2e/.screenshots/viewer-en.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('turns the UI right-to-left with Arabic labels when lang=ar', async () => {
    const { page, errors } = await open('?lang=ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    // The Sigma container stays ltr, so sigma 3 draws labels to the right of their nodes.
    expect(await page.getByTestId('sigma-container').getAttribute('dir')).toBe('ltr');
    await expect.poll(() => page.locator('h1').textContent()).toBe('وصل');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: 'tests/e2e/.screenshots/viewer-ar.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the graph file is missing, without throwing', async () => {
    const { page, errors } = await open('?data=./no-such-graph.json');
    await expect.poll(() => page.getByTestId('message').textContent()).toContain('No graph file could be loaded');
    expect(await page.getByTestId('node-count').textContent()).toBe('0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the graph is empty, without throwing', async () => {
    const { page, errors } = await open('?data=/empty.json');
    await expect.poll(() => page.getByTestId('message').textContent()).toContain('The graph is empty');
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Exploring the graph as a person does: clicks on filters, typing in search, dragging the time range,
 * play, reload, Arabic. Checks what `window.wasl` reports and what the canvas shows. The graph is a small
 * hand-made fixture (tests/fixtures/graphs/explore.json), so the tests do not depend on extraction.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { openViewer } from './support/open.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { colourPixels } from './support/colour.ts';
import { dateInRange } from '../../src/lib/view/visibility.ts';

const FIXTURE = readFileSync('tests/fixtures/graphs/explore.json', 'utf8');
const graphFile = JSON.parse(FIXTURE) as {
  nodes: { key: string; attributes: { kind: string } }[];
  edges: { key: string; source: string; target: string; attributes: { relation: string; date?: string } }[];
};
const allNodes = graphFile.nodes.map((n) => n.key).sort();
const allEdges = graphFile.edges.map((e) => e.key).sort();
const PLACE_PINK = '#CC79A7';
const REQUEST_BLUE = '#56B4E9';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('dist', { routes: { '/explore.json': { body: FIXTURE, type: 'application/json' } } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the viewer on the fixture; `waslOptions` is set before the app starts. */
const open = (query = '', waslOptions?: Window['waslOptions']) =>
  openViewer(browser, `${server.url}?data=/explore.json${query ? `&${query}` : ''}`, { viewport: { width: 1400, height: 850 }, waslOptions });

const visible = (page: Page) => page.evaluate(() => ({ nodes: window.wasl.visibleNodes(), edges: window.wasl.visibleEdges() }));
const settle = (page: Page) => page.waitForTimeout(300);
/**
 * A still picture: the layout finished (it stops by itself after a second or two; a click to stop it
 * raced with that on a loaded machine and started it again) and the nodes on a circle in key order, so
 * that what the canvas shows does not depend on how far ForceAtlas2 got (a pixel count once failed that
 * way: the one request edge was 8 pixels long instead of 20).
 */
async function stillPicture(page: Page): Promise<void> {
  const toggle = page.getByTestId('layout-toggle');
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 30_000, interval: 200 }).toBe('false');
  await page.evaluate(() => {
    const graph = window.wasl.graph!;
    const keys = graph.nodes().sort();
    keys.forEach((key, i) => {
      const a = (2 * Math.PI * i) / keys.length;
      graph.mergeNodeAttributes(key, { x: 100 * Math.cos(a), y: 100 * Math.sin(a) });
    });
  });
  await settle(page);
}

describe('explore', () => {
  it('a kind filter removes exactly the nodes of that kind, from the canvas too', async () => {
    const { page, errors } = await open();
    await stillPicture(page);
    expect(await colourPixels(page, '[data-testid="sigma-container"]', PLACE_PINK)).toBeGreaterThan(20);
    await page.getByTestId('kind-place').click();
    await settle(page);
    const places = graphFile.nodes.filter((n) => n.attributes.kind === 'place').map((n) => n.key);
    const { nodes, edges } = await visible(page);
    expect(nodes).toEqual(allNodes.filter((n) => !places.includes(n)));
    expect(edges).toEqual(graphFile.edges.filter((e) => !places.includes(e.source) && !places.includes(e.target)).map((e) => e.key).sort());
    expect(await page.getByTestId('kind-count-place').textContent()).toBe('0/2');
    expect(await page.getByTestId('node-count').textContent()).toBe(String(nodes.length));
    expect(await colourPixels(page, '[data-testid="sigma-container"]', PLACE_PINK)).toBeLessThan(5);
    expect(await page.evaluate(() => window.wasl.state.kinds)).toEqual(['person', 'organization', 'armed_group', 'country']);
    await page.getByTestId('reset-filters').click();
    expect((await visible(page)).nodes).toEqual(allNodes);
    // The edges of hidden nodes leave the canvas and come back at once: the one sky-blue edge (a request)
    // joins two countries (tight tolerance: antialiased blue edges pass for sky blue otherwise).
    await settle(page);
    const skyBlue = () => colourPixels(page, '[data-testid="sigma-container"]', REQUEST_BLUE, 12);
    const before = await skyBlue();
    expect(before).toBeGreaterThan(10);
    await page.getByTestId('kind-country').click();
    await settle(page);
    expect(await skyBlue()).toBeLessThan(3);
    await page.getByTestId('kind-country').click();
    await settle(page);
    expect(await skyBlue()).toBeGreaterThan(5); // the edge (its label comes back with the next full refresh)
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on huge graphs (1-pixel lines) the edges of hidden nodes leave the canvas too', async () => {
    // The thin-line drawing normally starts above 200k edges; the option lowers the threshold for this test.
    const { page, errors } = await open('', { thinEdgesAbove: 0 });
    await stillPicture(page);
    const skyBlue = () => colourPixels(page, '[data-testid="sigma-container"]', REQUEST_BLUE, 12);
    expect(await skyBlue()).toBeGreaterThan(10);
    await page.getByTestId('kind-country').click();
    await settle(page);
    expect(await skyBlue()).toBeLessThan(3);
    await page.getByTestId('kind-country').click();
    await settle(page);
    expect(await skyBlue()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a relation filter removes exactly the edges of that relation, a family box all of its relations', async () => {
    const { page, errors } = await open();
    await page.getByTestId('relation-accused').click();
    expect((await visible(page)).edges).toEqual(graphFile.edges.filter((e) => e.attributes.relation !== 'accused').map((e) => e.key).sort());
    expect((await visible(page)).nodes).toEqual(allNodes);
    await page.getByTestId('family-consult').click();
    const consult = ['sent_envoy', 'visited', 'met', 'accused'];
    expect((await visible(page)).edges).toEqual(graphFile.edges.filter((e) => !consult.includes(e.attributes.relation)).map((e) => e.key).sort());
    expect(await page.getByTestId('relation-count-met').textContent()).toBe('0/1');
    // Selecting a node redraws everything (dimming); a filter change right after, before the next frame,
    // redraws only what changed, including edges of another type (`met` has no arrow).
    await page.evaluate(async () => {
      window.wasl.setState({ focus: 'syr' });
      await new Promise((ok) => setTimeout(ok, 0));
      window.wasl.setState({ relations: null });
    });
    await settle(page);
    expect((await visible(page)).edges).toEqual(allEdges);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search in English and in Arabic focuses the node and opens its relations', async () => {
    const { page, errors } = await open();
    const search = page.getByTestId('search');
    await search.fill('assad');
    await expect.poll(() => page.locator('#search-list [role=option]').first().getAttribute('data-node')).toBe('bashar-al-assad');
    await search.press('Enter');
    expect(await page.evaluate(() => window.wasl.state.focus)).toBe('bashar-al-assad');
    expect(await page.getByTestId('details-title').textContent()).toContain('Bashar al-Assad');
    await search.fill('الاسد');
    await search.press('ArrowDown');
    await search.press('Enter');
    expect(await page.evaluate(() => window.wasl.state.focus)).toBe('bashar-al-assad');
    await search.fill('لافرنتييف');
    await expect.poll(() => page.locator('#search-list [role=option]').first().getAttribute('data-node')).toBe('alexander-lavrentiev');
    await search.press('Enter');
    expect(await page.evaluate(() => window.wasl.state.focus)).toBe('alexander-lavrentiev');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('alexander-lavrentiev');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the evidence panel shows the sentence with the source and target spans marked', async () => {
    const { page, errors } = await open('focus=bashar-al-assad');
    const ev = page.getByTestId('evidence').first();
    await expect.poll(() => ev.locator('blockquote').textContent()).toContain('التقى لافرنتييف الرئيس بشار الأسد في دمشق.');
    expect(await ev.locator('mark[data-role=source]').textContent()).toBe('لافرنتييف');
    expect(await ev.locator('mark[data-role=target]').textContent()).toBe('بشار الأسد');
    expect(await ev.locator('a').getAttribute('href')).toBe('https://example.org/a2');
    expect(await ev.textContent()).toContain('Enab Baladi');
    // An edge: both of its evidence sentences; an unsafe article URL is not a link.
    await page.evaluate(() => window.wasl.setState({ focus: null, edge: 'rus|supported|syr|2023-01-20' }));
    await expect.poll(() => page.getByTestId('evidence').count()).toBe(2);
    expect(await page.getByTestId('evidence').nth(0).locator('mark[data-role=source]').textContent()).toBe('Russia');
    await page.evaluate(() => window.wasl.setState({ edge: 'irn|supported|syr|2022' }));
    await expect.poll(() => page.getByTestId('evidence').first().textContent()).toContain('Turkey and Syria');
    expect(await page.getByTestId('evidence').first().locator('a').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the shortest path between two actors, with each hop', async () => {
    const { page, errors } = await open();
    await page.getByTestId('path-from-search').fill('iran');
    await page.getByTestId('path-from-search').press('Enter');
    await page.getByTestId('path-to-search').fill('syrian democratic');
    await page.getByTestId('path-to-search').press('Enter');
    expect(await page.evaluate(() => window.wasl.state.path)).toEqual(['irn', 'sdf']);
    await expect.poll(() => page.getByTestId('path').count()).toBe(1);
    const text = await page.getByTestId('path').textContent();
    for (const s of ['Iran', 'supported', 'Syria', 'accused', 'Turkey', 'attacked', 'Syrian Democratic Forces']) expect(text).toContain(s);
    // Without the "attacked" edge the SDF is cut off.
    await page.getByTestId('relation-attacked').click();
    await expect.poll(() => page.getByTestId('no-path').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('dragging a range on the time line shows exactly the edges dated inside it', async () => {
    const { page, errors } = await open();
    await page.getByTestId('undated').click();
    const box = (await page.getByTestId('histogram').boundingBox())!;
    const bins = await page.locator('[data-testid=histogram] rect.total').count();
    const x = (bin: number) => box.x + ((bin + 0.5) / bins) * box.width;
    await page.mouse.move(x(12), box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(x(14), box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const state = await page.evaluate(() => window.wasl.state);
    expect([state.from, state.to]).toEqual(['2023-01', '2023-03']);
    expect(await page.getByTestId('range-label').textContent()).toBe('2023-01 – 2023-03');
    const expected = graphFile.edges.filter((e) => dateInRange(e.attributes.date, '2023-01', '2023-03')).map((e) => e.key).sort();
    expect(expected.length).toBeGreaterThan(2);
    expect((await visible(page)).edges).toEqual(expected);
    const ends = new Set(graphFile.edges.filter((e) => expected.includes(e.key)).flatMap((e) => [e.source, e.target]));
    expect((await visible(page)).nodes).toEqual([...ends].sort());
    // Typed dates do the same.
    await page.getByTestId('range-from').fill('2022-11-20');
    await page.getByTestId('range-from').press('Enter');
    await page.getByTestId('range-to').fill('2022-12');
    await page.getByTestId('range-to').press('Enter');
    expect((await visible(page)).edges).toEqual(graphFile.edges.filter((e) => dateInRange(e.attributes.date, '2022-11-20', '2022-12')).map((e) => e.key).sort());
    expect(errors).toEqual([]);
    await page.close();
  });

  it('play moves the range through time', async () => {
    const { page, errors } = await open();
    await page.getByTestId('play-speed').selectOption('8');
    await page.getByTestId('play-window').fill('2');
    await page.getByTestId('play').click();
    await expect.poll(() => page.evaluate(() => window.wasl.state.from)).toBeTruthy();
    const first = await page.evaluate(() => window.wasl.state.from!);
    await expect.poll(() => page.evaluate(() => window.wasl.state.from), { timeout: 5000 }).not.toBe(first);
    await page.getByTestId('play').click(); // pause
    const second = await page.evaluate(() => ({ ...window.wasl.state }));
    expect(second.from! > first).toBe(true);
    await expect.poll(() => page.getByTestId('range-label').textContent()).toBe(`${second.from} – ${second.to}`);
    expect((await visible(page)).edges).toEqual(graphFile.edges.filter((e) => dateInRange(e.attributes.date, second.from, second.to) || !e.attributes.date).map((e) => e.key).sort());
    // Resumed, it stops by itself at the end, with the last month in range.
    await page.getByTestId('play').click();
    await expect.poll(() => page.evaluate(() => window.wasl.state.to), { timeout: 15000 }).toBe('2023-05');
    expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the URL restores the view after reload, and back/forward step through views', async () => {
    const { page, errors } = await open();
    await page.getByTestId('kind-place').click();
    await page.getByTestId('relation-met').click();
    await page.getByTestId('range-from').fill('2022-12');
    await page.getByTestId('range-from').press('Enter');
    await page.getByTestId('search').fill('syria');
    await page.getByTestId('search').press('Enter');
    const before = { ...(await visible(page)), state: await page.evaluate(() => window.wasl.state) };
    expect(before.state.focus).toBe('syr');
    await page.reload();
    await page.evaluate(() => window.wasl.ready);
    const after = { ...(await visible(page)), state: await page.evaluate(() => window.wasl.state) };
    expect(after).toEqual(before);
    expect(await page.getByTestId('kind-place').isChecked()).toBe(false);
    expect(await page.getByTestId('details-title').textContent()).toContain('Syria');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.wasl.state.focus)).toBeNull();
    expect(await page.evaluate(() => window.wasl.state.from)).toBe('2022-12');
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.wasl.state.from)).toBeNull();
    await page.goForward();
    await expect.poll(() => page.evaluate(() => window.wasl.state.from)).toBe('2022-12');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lang=ar shows a right-to-left UI with Arabic labels', async () => {
    const { page, errors } = await open('lang=ar&focus=alexander-lavrentiev');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByTestId('sigma-container').getAttribute('dir')).toBe('ltr');
    expect(await page.getByTestId('details-title').textContent()).toContain('ألكسندر لافرنتييف');
    expect(await page.getByTestId('relation-met').locator('..').textContent()).toContain('التقى');
    const filters = (await page.locator('aside.filters').boundingBox())!;
    expect(filters.x).toBeGreaterThan(700); // the filter panel is on the right
    await page.waitForTimeout(2500);
    await page.screenshot({ path: 'tests/e2e/.screenshots/explore-ar.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the table lists the shown edges, sortable; PNG export downloads an image', async () => {
    const { page, errors } = await open('relations=accused,attacked,supported');
    await page.getByTestId('tab-table').click();
    const rows = page.locator('[data-testid=edge-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.first().locator('td').nth(3).textContent()).toBe('2022');
    await page.getByTestId('sort-date').click();
    expect(await rows.first().locator('td').nth(3).textContent()).toBe('2023-03-02');
    await page.getByTestId('sort-date').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('sort-date');
    await page.getByTestId('tab-graph').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-png').click();
    expect((await download).suggestedFilename()).toBe('wasl-view.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard, with a visible focus', async () => {
    const { page, errors } = await open();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'search'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('putin');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.wasl.state.focus)).toBe('vladimir-putin');
    // Tab on to the kind filters; Space toggles one; the focus ring shows.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'kind-person'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('kind-person');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => window.wasl.state.kinds)).not.toContain('person');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes screenshots of the main views for the README', async () => {
    const { page } = await open('focus=alexander-lavrentiev');
    await page.waitForTimeout(2500);
    await page.screenshot({ path: 'tests/e2e/.screenshots/explore-en.png' });
    await page.evaluate(() => window.wasl.setState({ focus: null, path: ['irn', 'sdf'], from: '2022-11', to: '2023-01' }));
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'tests/e2e/.screenshots/explore-path.png' });
    await page.close();
  });
});

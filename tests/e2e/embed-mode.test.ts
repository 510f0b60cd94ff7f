/**
 * Embed mode itself (embed=1): graph and compact controls only, the compact timeline driving the view,
 * `controls=`, resizing with its iframe, touch (tap to select), Arabic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pixelStats } from './support/pixels.ts';
import { FIXTURE, FIXTURE_TEXT, JSON_TYPE, hostPage, viewerFrame } from './support/embed.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic('dist', {
    routes: {
      '/fixtures/embed.json': { body: FIXTURE_TEXT, type: JSON_TYPE },
      '/host.html': { body: hostPage('./wasl-embed.js'), type: 'text/html; charset=utf-8' },
    },
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function colouredBox(page: Page, box: { x: number; y: number; width: number; height: number }) {
  const png = await page.screenshot({ clip: box });
  return page.evaluate(async (b64: string) => {
    const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
    const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, bmp.width, bmp.height);
    const out = { left: width, top: height, right: 0, bottom: 0 };
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) {
          out.left = Math.min(out.left, x);
          out.top = Math.min(out.top, y);
          out.right = Math.max(out.right, x);
          out.bottom = Math.max(out.bottom, y);
        }
      }
    return out;
  }, png.toString('base64'));
}

async function open(query: string, context?: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await (context ?? browser).newPage({ viewport: { width: 900, height: 560 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}?data=/fixtures/embed.json&embed=1${query}`);
  await page.waitForFunction(() => window.wasl !== undefined);
  await page.evaluate(() => window.wasl.ready);
  return { page, errors };
}

const visibleEdges = (page: Page) => page.evaluate(() => window.wasl.visibleEdges());

describe('embed mode', () => {
  it('moves the time range with the compact timeline', async () => {
    const { page, errors } = await open('');
    expect(await page.locator('.layout > aside').isVisible()).toBe(false);
    // Compact controls: the camera buttons stay, the layout and export buttons go.
    expect(await page.getByTestId('fit').isVisible()).toBe(true);
    expect(await page.getByTestId('layout-toggle').count()).toBe(0);
    expect(await page.getByTestId('export-png').count()).toBe(0);
    const label = page.getByTestId('embed-range-label');
    expect(await label.textContent()).toBe('Nov 2022 – Jun 2024');
    const all = await visibleEdges(page);
    expect(all).toHaveLength(FIXTURE.edges.length);

    await page.getByTestId('embed-range-from').focus();
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.wasl.state.from)).toBe('2023-01');
    await page.getByTestId('embed-range-to').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => window.wasl.state.to)).toBe('2024-02');
    expect(await label.textContent()).toBe('Jan 2023 – Feb 2024');
    const shown = await visibleEdges(page);
    expect(shown.length).toBeLessThan(all.length);
    const dates = FIXTURE.edges.filter((e) => shown.includes(e.key)).map((e) => e.attributes.date!);
    expect(dates.every((d) => d >= '2023-01' && d <= '2024-02-31')).toBe(true);
    await page.screenshot({ path: 'tests/e2e/.screenshots/embed-mode-en.png' });

    await page.getByRole('button', { name: 'All dates' }).click();
    await expect.poll(() => visibleEdges(page)).toEqual(all);
    expect(await page.evaluate(() => window.wasl.state)).toMatchObject({ from: null, to: null });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('links to the full view of the same state', async () => {
    const { page } = await open('&relations=met,visited&from=2023&parentOrigin=https://news.example');
    const href = await page.getByTestId('open-full').getAttribute('href');
    const url = new URL(href!);
    expect(url.origin + url.pathname).toBe(server.url.replace(/\/$/, '/'));
    expect(Object.fromEntries(url.searchParams)).toEqual({ data: '/fixtures/embed.json', relations: 'met,visited', from: '2023' });
    expect(await page.getByTestId('open-full').getAttribute('target')).toBe('_blank');
    await page.close();
  });

  it('shows the controls chosen with controls=', async () => {
    const cases: [string, string[]][] = [
      ['', ['embed-timeline', 'open-full']],
      ['&controls=legend', ['compact-legend']],
      ['&controls=none', []],
      ['&controls=timeline,legend,link', ['embed-timeline', 'compact-legend', 'open-full']],
    ];
    for (const [query, shown] of cases) {
      const { page } = await open(query);
      for (const id of ['embed-timeline', 'compact-legend', 'open-full']) {
        expect(await page.getByTestId(id).isVisible(), `${query} ${id}`).toBe(shown.includes(id));
      }
      await page.close();
    }
  });

  it('is right-to-left in Arabic, with the graph container left-to-right', async () => {
    const { page, errors } = await open('&lang=ar&controls=timeline,legend,link');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.getByTestId('sigma-container').getAttribute('dir')).toBe('ltr');
    expect(await page.getByTestId('open-full').textContent()).toContain('فتح العرض الكامل');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'tests/e2e/.screenshots/embed-mode-ar.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits its iframe when the iframe is resized', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    const src = `${server.url}?data=/fixtures/embed.json&embed=1`;
    await page.goto(`${server.url}host.html?src=${encodeURIComponent(src)}`);
    const frame = await viewerFrame(page, src);
    const canvasSize = () => frame.evaluate(() => {
      const c = document.querySelector('[data-testid="sigma-container"] canvas') as HTMLCanvasElement;
      return [c.clientWidth, c.clientHeight];
    });
    expect((await canvasSize())[0]).toBe(800);
    for (const [w, h] of [[360, 260], [960, 640]] as const) {
      await page.evaluate(([w, h]) => Object.assign(document.getElementById('viewer')!, { width: String(w), height: String(h) }), [w, h]);
      const bar = await frame.getByTestId('embed-timeline').evaluate((el) => el.closest('.bar')!.getBoundingClientRect().height);
      await expect.poll(canvasSize).toEqual([w, Math.round(h - bar)]);
      await page.waitForTimeout(300);
      expect((await pixelStats(page, '#viewer')).coloured).toBeGreaterThan(150);
      await page.locator('#viewer').screenshot({ path: `tests/e2e/.screenshots/embed-${w}x${h}.png` });
    }
    await page.close();
  });

  it('selects a node with a tap on a touch screen', async () => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 900, height: 560 } });
    const { page, errors } = await open('', context);
    await page.waitForTimeout(2500); // the layout settles
    const box = (await page.getByTestId('sigma-container').boundingBox())!;
    const png = await page.screenshot({ clip: box });
    // The centre of a node drawn in the person colour (#E69F00): a pixel whose 7×7 neighbourhood is all that colour.
    const spot = await page.evaluate(async (b64: string) => {
      const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bmp.width, bmp.height);
      const orange = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return Math.abs(data[i]! - 230) < 20 && Math.abs(data[i + 1]! - 159) < 20 && data[i + 2]! < 30;
      };
      for (let y = 3; y < height - 3; y++)
        for (let x = 3; x < width - 3; x++) {
          let all = true;
          for (let dy = -3; dy <= 3 && all; dy++) for (let dx = -3; dx <= 3 && all; dx++) all = orange(x + dx, y + dy);
          if (all) return { x, y };
        }
      return null;
    }, png.toString('base64'));
    expect(spot).not.toBeNull();
    await page.touchscreen.tap(box.x + spot!.x, box.y + spot!.y);
    await expect.poll(() => page.evaluate(() => window.wasl.state.focus)).not.toBeNull();
    const focus = await page.evaluate(() => window.wasl.state.focus);
    expect(FIXTURE.nodes.find((n) => n.key === focus)?.attributes.kind).toBe('person');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pans with one finger and zooms out with a pinch', async () => {
    const context = await browser.newContext({ hasTouch: true, viewport: { width: 900, height: 560 } });
    const { page, errors } = await open('&controls=none', context);
    await page.waitForTimeout(2500); // the layout settles
    const box = (await page.getByTestId('sigma-container').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await context.newCDPSession(page);
    const touch = async (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    /** Bounding box of the coloured pixels (nodes) drawn in the container. */
    const drawn = () => colouredBox(page, box);

    const before = await drawn();
    await touch('touchStart', [[cx, cy]]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [[cx + 12 * i, cy + 6 * i]]);
    await touch('touchEnd', []);
    await page.waitForTimeout(600);
    const panned = await drawn();
    expect(panned.left - before.left).toBeGreaterThan(60);
    expect(panned.top - before.top).toBeGreaterThan(30);

    await touch('touchStart', [[cx - 200, cy], [cx + 200, cy]]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [[cx - 200 + 15 * i, cy], [cx + 200 - 15 * i, cy]]);
    await touch('touchEnd', []);
    await page.waitForTimeout(600);
    const pinched = await drawn();
    expect(pinched.right - pinched.left).toBeLessThan(0.8 * (panned.right - panned.left));
    expect(await page.evaluate(() => window.wasl.state.focus)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * The viewer embedded in a page of another origin (issue 6): the viewer (dist/) and the host page are
 * served on two localhost ports; a third port plays a page that should have no say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { dateInRange } from '../../src/lib/view/visibility.ts';
import { launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from './support/server.ts';
import { pixelStats } from './support/pixels.ts';
import { FIXTURE, FIXTURE_TEXT, INTRUDER_PAGE, JSON_TYPE, hostPage, received, viewerFrame, watchErrors } from './support/embed.ts';

let browser: Browser;
let viewer: StaticServer;
let host: StaticServer;
let third: StaticServer;
const origin = (s: StaticServer) => new URL(s.url).origin;

beforeAll(async () => {
  viewer = await serveStatic('dist', { routes: { '/fixtures/embed.json': { body: FIXTURE_TEXT, type: JSON_TYPE } } });
  const routes = (helper: string) => ({
    '/host.html': { body: hostPage(helper), type: 'text/html; charset=utf-8' },
    '/intruder.html': { body: INTRUDER_PAGE, type: 'text/html; charset=utf-8' },
  });
  host = await serveStatic('tests/fixtures', { routes: routes(`${viewer.url}wasl-embed.js`) });
  third = await serveStatic('tests/fixtures', { routes: routes(`${viewer.url}wasl-embed.js`) });
  expect(new Set([origin(viewer), origin(host), origin(third)]).size).toBe(3);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([viewer?.close(), host?.close(), third?.close()]);
});

/** The viewer's URL in embed mode with the fixture graph. */
function embedSrc(extra: Record<string, string> = {}): string {
  return `${viewer.url}?${new URLSearchParams({ embed: '1', data: '/fixtures/embed.json', ...extra })}`;
}

async function openHost(server: StaticServer, src: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}host.html?src=${encodeURIComponent(src)}`);
  return { page, errors };
}

const post = (page: Page, message: unknown, target: string) =>
  page.evaluate(([m, t]) => (document.getElementById('viewer') as HTMLIFrameElement).contentWindow!.postMessage(m, t as string), [message, target] as const);

describe('embedded on another origin', () => {
  it('renders in the iframe, says wasl:ready with a version, and obeys wasl:focus, wasl:setRange and wasl:setFilters', async () => {
    const { page, errors } = await openHost(host, embedSrc({ parentOrigin: origin(host) }));
    const frame = await viewerFrame(page, viewer.url);
    const frameErrors = await watchErrors(frame);

    await expect.poll(() => received(page, 'wasl:ready')).toHaveLength(1);
    const [ready] = await received(page, 'wasl:ready');
    expect(ready!.origin).toBe(origin(viewer));
    expect(ready!.data).toMatchObject({ version: 1, embed: true, parentOrigin: origin(host), data: '/fixtures/embed.json' });

    // Embed mode: graph only, no side panels.
    expect(await frame.locator('.layout > aside').isVisible()).toBe(false);
    expect(await frame.locator('.layout > header').isVisible()).toBe(false);
    expect(await frame.getByTestId('open-full').isVisible()).toBe(true);
    await page.waitForTimeout(1500);
    const px = await pixelStats(page, '#viewer');
    expect(px.coloured).toBeGreaterThan(300);
    expect(px.colours).toBeGreaterThan(2);
    await page.screenshot({ path: 'tests/e2e/.screenshots/embed-host.png' });

    const historyBefore = await page.evaluate(() => history.length);
    await post(page, { type: 'wasl:focus', node: 'bashar-al-assad' }, origin(viewer));
    await expect.poll(() => received(page, 'wasl:select')).toEqual([{ origin: origin(viewer), data: { type: 'wasl:select', node: 'bashar-al-assad' } }]);
    expect((await received(page, 'wasl:state')).at(-1)!.data.focus).toBe('bashar-al-assad');
    expect(await frame.evaluate(() => window.wasl.state.focus)).toBe('bashar-al-assad');

    const all = FIXTURE.edges.map((e) => e.key).sort();
    expect(await frame.evaluate(() => window.wasl.visibleEdges())).toEqual(all);
    await post(page, { type: 'wasl:setRange', from: '2023', to: '2023' }, origin(viewer));
    const in2023 = FIXTURE.edges.filter((e) => dateInRange(e.attributes.date, '2023', '2023')).map((e) => e.key).sort();
    expect(in2023.length).toBeGreaterThan(2);
    expect(in2023.length).toBeLessThan(all.length);
    await expect.poll(() => frame.evaluate(() => window.wasl.visibleEdges())).toEqual(in2023);
    await expect.poll(async () => (await received(page, 'wasl:state')).at(-1)!.data).toMatchObject({ from: '2023', to: '2023' });

    await post(page, { type: 'wasl:setFilters', relations: ['met'] }, origin(viewer));
    const met2023 = FIXTURE.edges.filter((e) => in2023.includes(e.key) && e.attributes.relation === 'met').map((e) => e.key).sort();
    await expect.poll(() => frame.evaluate(() => window.wasl.visibleEdges())).toEqual(met2023);
    await post(page, { type: 'wasl:setFilters', relations: null, kinds: ['person'] }, origin(viewer));
    await post(page, { type: 'wasl:setRange', from: null, to: null }, origin(viewer));
    const people = new Set(FIXTURE.nodes.filter((n) => n.attributes.kind === 'person').map((n) => n.key));
    await expect.poll(() => frame.evaluate(() => window.wasl.visibleNodes())).toEqual([...people].sort());

    // The embedded viewer's changes do not become entries of the host page's history (its back button).
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(new URL(frame.url()).searchParams.get('kinds')).toBe('person');

    expect(await frameErrors()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores malformed messages without errors, and keeps working', async () => {
    const { page, errors } = await openHost(host, embedSrc({ parentOrigin: origin(host) }));
    const frame = await viewerFrame(page, viewer.url);
    const frameErrors = await watchErrors(frame);
    const before = await frame.evaluate(() => window.wasl.state);
    const junk: unknown[] = [
      null, 42, 'wasl:focus', [], {}, { type: 'wasl:focus' }, { type: 'wasl:focus', node: 42 }, { type: 'wasl:focus', node: { toString: 'x' } },
      { type: 'wasl:setRange', from: 'last week' }, { type: 'wasl:setRange', from: ['2023'] }, { type: 'wasl:setFilters', relations: 'met' },
      { type: 'wasl:setFilters', kinds: [null] }, { type: 'wasl:load' }, { type: 'wasl:load', url: 7 }, { type: 'wasl:nonsense' }, { type: 'wasl:ready', version: 1 },
      { type: 'wasl:focus', node: 'x'.repeat(5000) }, new ArrayBuffer(8), { type: 'wasl:focus', node: 'no-such-node' },
    ];
    for (const m of junk) await post(page, m, origin(viewer));
    await post(page, { type: 'wasl:focus', node: 'syr' }, origin(viewer));
    await expect.poll(() => received(page, 'wasl:select')).toHaveLength(1);
    const after = await frame.evaluate(() => window.wasl.state);
    expect(after).toEqual({ ...before, focus: 'syr' });
    expect(await frameErrors()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ignores a message from a third origin', async () => {
    for (const parentOrigin of [origin(host), null]) {
      const { page } = await openHost(host, embedSrc(parentOrigin ? { parentOrigin } : {}));
      const frame = await viewerFrame(page, viewer.url);
      await frame.evaluate(() => {
        const w = window as unknown as { seen: string[] };
        w.seen = [];
        addEventListener('message', (e) => w.seen.push(e.origin));
      });
      await page.evaluate((url) => (window as unknown as { addFrame: (u: string) => void }).addFrame(url), `${third.url}intruder.html`);
      // The messages did arrive in the viewer's window…
      await expect.poll(() => frame.evaluate(() => (window as unknown as { seen: string[] }).seen.filter((o) => o !== location.origin))).toEqual([origin(third), origin(third)]);
      await page.waitForTimeout(200);
      // …and changed nothing.
      expect(await frame.evaluate(() => window.wasl.state)).toMatchObject({ focus: null, from: null, to: null });
      expect(await received(page, 'wasl:select')).toEqual([]);
      expect(await received(page, 'wasl:state')).toEqual([]);
      await page.close();
    }
  });

  it('with parentOrigin set, a host page of another origin can neither drive the viewer nor hear it', async () => {
    const { page } = await openHost(third, embedSrc({ parentOrigin: origin(host) }));
    const frame = await viewerFrame(page, viewer.url);
    await post(page, { type: 'wasl:focus', node: 'syr' }, origin(viewer));
    await post(page, { type: 'wasl:hello' }, origin(viewer));
    await page.waitForTimeout(500);
    expect(await frame.evaluate(() => window.wasl.state.focus)).toBeNull();
    expect(await received(page)).toEqual([]);
    await page.close();
  });

  it('Wasl.connect from wasl-embed.js drives the viewer and hears clicks', async () => {
    const { page, errors } = await openHost(host, embedSrc({ parentOrigin: origin(host) }));
    await viewerFrame(page, viewer.url);
    // Connecting after the viewer is ready works too: the helper asks with wasl:hello.
    const result = await page.evaluate(async () => {
      const w = window as unknown as { Wasl: typeof import('../../src/embed/client.ts').Wasl; selected: (string | null)[] };
      const v = await w.Wasl.connect(document.getElementById('viewer') as HTMLIFrameElement);
      w.selected = [];
      v.on('select', (node) => w.selected.push(node));
      const states: string[] = [];
      const done = new Promise<void>((resolve) => v.on('state', (s) => { states.push(`${s.focus}|${s.from}|${s.to}`); if (s.to === '2023-06') resolve(); }));
      v.focus('vladimir-putin');
      v.setRange('2023-01', '2023-06');
      await done;
      const first = { version: v.version, state: v.state, states };
      // A reloaded viewer announces itself again: 'ready' fires with its new state.
      const again = new Promise<string | null>((resolve) => v.on('ready', (s) => resolve(s.focus)));
      const iframe = document.getElementById('viewer') as HTMLIFrameElement;
      iframe.src = `${iframe.src}&focus=syr`;
      return { ...first, reloaded: await again };
    });
    expect(result.version).toBe(1);
    expect(result.state).toMatchObject({ focus: 'vladimir-putin', from: '2023-01', to: '2023-06', embed: true });
    expect(result.states).toEqual(['vladimir-putin|null|null', 'vladimir-putin|2023-01|2023-06']);
    expect(result.reloaded).toBe('syr');
    expect(await page.evaluate(() => (window as unknown as { selected: string[] }).selected)).toEqual(['vladimir-putin']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

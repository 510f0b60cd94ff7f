/**
 * Helpers of the embedding tests: a host page that frames the viewer and records what it receives,
 * and access to the viewer's frame (Playwright reaches into cross-origin frames).
 */
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

export const FIXTURE_PATH = 'tests/fixtures/graphs/embed.json';
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');
export const FIXTURE = JSON.parse(FIXTURE_TEXT) as {
  nodes: { key: string; attributes: { kind: string } }[];
  edges: { key: string; source: string; target: string; attributes: { relation: string; date?: string } }[];
};
export const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * A host page: `?src=` is the iframe's URL. It records every message it receives in `window.received`
 * and can add more frames (`addFrame(url)`).
 */
export function hostPage(helperUrl: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head>
<body style="margin:0">
<iframe id="viewer" title="Wasl graph" width="800" height="500" style="border:0;display:block"></iframe>
<script src="${helperUrl}"></script>
<script>
  window.received = [];
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
  window.addFrame = (url) => { const f = document.createElement('iframe'); f.src = url; f.width = 200; f.height = 50; document.body.append(f); };
  const src = new URLSearchParams(location.search).get('src');
  if (src) document.getElementById('viewer').src = src;
</script></body></html>`;
}

/**
 * A page of a third origin, framed beside the viewer: it posts messages to its sibling frame 0 (the viewer).
 */
export const INTRUDER_PAGE = `<!doctype html><meta charset="utf-8"><script>
  parent.frames[0].postMessage({ type: 'wasl:focus', node: 'vladimir-putin' }, '*');
  parent.frames[0].postMessage({ type: 'wasl:setRange', from: '2024', to: '2024' }, '*');
  document.title = 'sent';
</script>`;

/** The frame whose URL starts with `prefix`, once its viewer is ready. */
export async function viewerFrame(page: Page, prefix: string): Promise<Frame> {
  let frame: Frame | undefined;
  for (let i = 0; i < 200 && !frame; i++) {
    frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (!frame) await page.waitForTimeout(50);
  }
  if (!frame) throw new Error(`no frame at ${prefix}; frames: ${page.frames().map((f) => f.url()).join(', ')}`);
  await frame.waitForFunction(() => window.wasl !== undefined);
  await frame.evaluate(() => window.wasl.ready);
  return frame;
}

/** Records errors thrown inside a frame (uncaught errors and rejections). */
export async function watchErrors(frame: Frame): Promise<() => Promise<string[]>> {
  await frame.evaluate(() => {
    const w = window as unknown as { __errors: string[] };
    w.__errors = [];
    addEventListener('error', (e) => w.__errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => w.__errors.push(String(e.reason)));
  });
  return () => frame.evaluate(() => (window as unknown as { __errors: string[] }).__errors);
}

export interface Received {
  origin: string;
  data: { type?: string; [key: string]: unknown };
}

/** Messages the host page received so far, of one type (or all). */
export function received(page: Page, type?: string): Promise<Received[]> {
  return page.evaluate((t) => {
    const all = (window as unknown as { received: Received[] }).received;
    return t ? all.filter((m) => m.data && m.data.type === t) : all;
  }, type);
}

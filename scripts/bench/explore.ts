/**
 * Viewer benchmark in headless Chromium: for synthetic graphs of 2k, 20k and 100k edges, the time to
 * load and to draw the first frame, and the cost of one filter change and one time-line step: JavaScript
 * from the change until sigma's refresh returns (median), and until the next frame is drawn (software
 * GPU here), plus the JS heap. Filter changes: hiding one node kind (and showing it again), and hiding
 * two relations (and back). Builds the app into a temporary folder first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/support/browser.ts';
import { serveStatic } from '../../tests/e2e/support/server.ts';
import { syntheticGraphFile } from '../lib/synthetic-graph.ts';
import { printTable } from '../lib/table.ts';

const SIZES = [2_000, 20_000, 100_000];
const REPEAT = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measureChanges(page: Page, changes: Record<string, unknown>[]): Promise<{ js: number; total: number; items: number }> {
  const js: number[] = [];
  const total: number[] = [];
  const items: number[] = [];
  for (const change of changes) {
    const t = await page.evaluate(async (c) => {
      window.wasl.setState(c);
      for (let i = 0; i < 3; i++) await new Promise((ok) => requestAnimationFrame(ok));
      return window.wasl.timings.update;
    }, change);
    if (!t) continue;
    js.push(t.js);
    total.push(t.total);
    items.push(t.nodes + t.edges);
  }
  return { js: median(js), total: median(total), items: median(items) };
}

export default async function bench(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'wasl-bench-'));
  await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const browser = await launchBrowser();
  const rows = [];
  try {
    for (const edges of SIZES) {
      const body = syntheticGraphFile(edges);
      const server = await serveStatic(outDir, { routes: { '/synthetic.json': { body, type: 'application/json' } } });
      const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
      await page.goto(`${server.url}?data=/synthetic.json`);
      await page.waitForFunction(() => window.wasl !== undefined);
      await page.evaluate(() => window.wasl.ready);
      const { load, firstFrame } = await page.evaluate(() => window.wasl.timings);
      // Measure a still graph: stop the layout.
      if ((await page.getByTestId('layout-toggle').getAttribute('aria-pressed')) === 'true') await page.getByTestId('layout-toggle').click();
      await page.waitForTimeout(500);
      const kinds = ['person', 'organization', 'armed_group', 'country', 'place'];
      const filter = await measureChanges(page, Array.from({ length: REPEAT }, (_, i) => ({ kinds: i % 2 ? null : kinds.filter((_k, j) => j !== i % 5) })));
      await page.evaluate(() => window.wasl.setState({ kinds: null }));
      // A relation filter hides edges themselves (two of the 16 relations, ~1/8 of the edges, and back).
      const relations = (await page.evaluate(() => window.wasl.graph!.getAttribute('relations').map((r: { id: string }) => r.id))) as string[];
      const relation = await measureChanges(page, Array.from({ length: REPEAT }, (_, i) => ({ relations: i % 2 ? null : relations.filter((_r, j) => j !== i % 8 && j !== 8 + (i % 8)) })));
      await page.evaluate(() => window.wasl.setState({ relations: null }));
      const months = Array.from({ length: REPEAT }, (_, i) => {
        const m = (k: number) => `${2021 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
        return { from: m(i), to: m(i + 2) };
      });
      const step = await measureChanges(page, months);
      // For scale: one full re-reduction of everything (what a plain refresh() costs on this machine now).
      const full = await page.evaluate(async () => {
        window.wasl.setState({ size: 'mentions' });
        await new Promise((ok) => requestAnimationFrame(ok));
        return window.wasl.timings.fullRefresh;
      });
      const cdp = await page.context().newCDPSession(page);
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      rows.push({
        edges,
        nodes: Math.round(edges / 5),
        'file MB': body.length / 1e6,
        'load ms': load ?? NaN,
        'first frame ms': firstFrame ?? NaN,
        'kind filter JS ms': filter.js,
        'kind filter total ms': filter.total,
        'kind filter items': filter.items,
        'relation filter JS ms': relation.js,
        'relation filter items': relation.items,
        'step JS ms': step.js,
        'step total ms': step.total,
        'step items': step.items,
        'full refresh ms': full ?? NaN,
        'heap MB': heap.usedSize / 1e6,
      });
      await page.close();
      await server.close();
    }
  } finally {
    await browser.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  printTable(rows);
  console.log(`\nmedians of ${REPEAT} changes (hide, show again, …); "JS" = from the change until sigma's refresh returns; "total" = until the next frame is drawn (software GPU); "items" = nodes + edges redrawn per change (edges of hidden nodes are hidden on the GPU: a kind filter redraws nodes only); "full refresh" = one plain refresh() re-reducing everything, for scale. Load average now: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs.`);
}

/**
 * Import benchmark: CSV edge lists of 10k, 100k and 1M rows chosen as a user does (the import button,
 * then the file chooser) in the built app in headless Chromium. Reports, from the file chosen, the
 * time until the graph is built (parsed in the worker, added on the UI thread in slices) and rows/s, the
 * time until it is drawn, the browser's CPU seconds for both (all its processes: robust to the load of a
 * shared machine), the longest task on the UI thread while importing and while displaying (Svelte +
 * Sigma + layout: the viewer's part), and the peak JS heap of the page (the CSV worker's own heap is not
 * included). The machine's load average is printed too: on a shared machine wall times move with it.
 * BENCH_IMPORT_SIZES=10000,100000 picks sizes; BENCH_VERBOSE=1 prints the split and every long task;
 * BENCH_PROFILE=1 writes a CPU profile of the page and prints its hottest functions.
 */
import { printTable } from '../lib/table.ts';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/support/browser.ts';
import { serveStatic } from '../../tests/e2e/support/server.ts';

export interface ImportBenchRow {
  rows: number;
  mb: number;
  edges: number;
  nodes: number;
  importSeconds: number;
  /** CPU seconds of the whole browser (all threads and processes) until built, and until drawn. */
  importCpuSeconds: number;
  rowsPerSecond: number;
  displayedSeconds: number;
  displayedCpuSeconds: number;
  longestTaskImportMs: number;
  longestTaskDisplayMs: number;
  peakHeapMb: number;
}

/**
 * CPU seconds used so far by the descendants of a process (Linux /proc; 0 elsewhere): the browser's
 * own work (UI thread, CSV worker, GPU process), which unlike wall time does not grow with the load of
 * a shared machine.
 */
export function cpuSecondsOfDescendants(root: number): number {
  if (!existsSync('/proc/self/stat')) return 0;
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        // Fields after the command name (which may hold spaces): state ppid … utime(14) stime(15).
        const f = readFileSync(`/proc/${d}/stat`, 'utf8').split(') ').pop()!.split(' ');
        return { pid: Number(d), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) };
      } catch {
        return null;
      }
    })
    .filter((x) => x !== null);
  const children = new Map<number, typeof stats>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let ticks = 0;
  const todo = [root];
  while (todo.length) for (const c of children.get(todo.pop()!) ?? []) {
    ticks += c.ticks;
    todo.push(c.pid);
  }
  return ticks / 100;
}

const RELATIONS = ['met', 'visited', 'phoned', 'urged', 'supported', 'criticized'];

/** A CSV edge list of `rows` rows, about 40 bytes a row, among rows/50 nodes (at least 100). */
export function writeEdgeList(path: string, rows: number): void {
  const nodes = Math.max(100, Math.floor(rows / 50));
  let seed = 42;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const parts: string[] = ['Source,Target,Weight,Date,Relation\n'];
  for (let i = 0; i < rows; i++) {
    const s = Math.floor(rnd() * nodes);
    let t = Math.floor(rnd() * nodes);
    if (t === s) t = (t + 1) % nodes;
    const d = `20${10 + Math.floor(rnd() * 14)}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
    parts.push(`actor-${s},actor-${t},${1 + (i % 5)},${d},${RELATIONS[i % RELATIONS.length]}\n`);
  }
  writeFileSync(path, parts.join(''));
}

export async function benchImport(sizes: number[] = [10_000, 100_000, 1_000_000]): Promise<ImportBenchRow[]> {
  if (!existsSync('dist/index.html')) execSync('npx vite build', { stdio: 'ignore' });
  const dir = 'node_modules/.cache/wasl-bench';
  mkdirSync(dir, { recursive: true });
  const start = JSON.stringify({
    attributes: { schema: 1, title: 'bench', articles: [], relations: [] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [{ key: 'a', attributes: { label: 'a', label_en: 'a', label_ar: '', kind: 'person', mentions: 1, articles: [] } }],
    edges: [],
  });
  const server = await serveStatic('dist', { routes: { '/graph.json': { body: start, type: 'application/json' } } });
  const browser = await chromium.launch({ executablePath: await findChromium(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'], headless: true });
  const out: ImportBenchRow[] = [];
  console.error(`  load average: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
  try {
    for (const rows of sizes) {
      const file = join(dir, `edges-${rows}.csv`);
      if (!existsSync(file)) writeEdgeList(file, rows);
      const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
      await page.addInitScript(() => {
        const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
        w.__longtasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url);
      await page.waitForFunction(() => window.wasl !== undefined);
      await page.evaluate(() => window.wasl.ready);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      let peak = 0;
      let sampling = true;
      // The browser's CPU time, sampled with the heap: [epoch ms, CPU s].
      const cpu: [number, number][] = [];
      const cpuAt = (epoch: number) => (cpu.find(([at]) => at >= epoch) ?? cpu.at(-1) ?? [0, 0])[1];
      // Its own timer: the heap sampler below waits while the page is busy.
      const cpuTimer = setInterval(() => cpu.push([Date.now(), cpuSecondsOfDescendants(process.pid)]), 100);
      const sampler = (async () => {
        while (sampling) {
          const res = await cdp.send('Performance.getMetrics').catch(() => null);
          if (!res) break;
          peak = Math.max(peak, res.metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      try {
        const profiling = Boolean(process.env.BENCH_PROFILE);
        if (profiling) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
          await cdp.send('Profiler.start');
        }
        // The browser is a child of this process (and only it: the static server runs in this process).
        const clicked = await page.evaluate(() => performance.now());
        // As a user does: click the import button and choose the file in the file chooser.
        const chooser = page.waitForEvent('filechooser', { timeout: 60_000 });
        await page.getByTestId('import-button').click({ timeout: 60_000 });
        await (await chooser).setFiles(file, { timeout: 120_000 });
        await page.waitForSelector('[data-testid="import-summary"], [data-testid="import-error"]', { timeout: 600_000 });
        // Drawn: the viewer has a renderer for the new graph, and the browser has painted a frame since.
        await page.waitForFunction(() => (window.wasl.timings.firstFrame ?? 0) > (performance.getEntriesByName('wasl:import-start').at(-1)?.startTime ?? 0), undefined, { timeout: 600_000, polling: 500 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const t2 = await page.evaluate(() => performance.now());
        await page.waitForTimeout(2000);
        if (process.env.BENCH_VERBOSE) {
          const { metrics } = await cdp.send('Performance.getMetrics');
          const pick = ['Nodes', 'LayoutCount', 'RecalcStyleCount', 'LayoutDuration', 'RecalcStyleDuration', 'ScriptDuration', 'TaskDuration'];
          console.error(`  ${rows} rows, page metrics: ${metrics.filter((m) => pick.includes(m.name)).map((m) => `${m.name}=${Math.round(m.value * (m.name.endsWith('Duration') ? 1000 : 1))}`).join(' ')}`);
        }
        if (profiling) {
          const { profile } = await cdp.send('Profiler.stop');
          writeFileSync(join(dir, `import-${rows}.cpuprofile`), JSON.stringify(profile));
          printProfile(profile as CpuProfile);
        }
        const marks = await page.evaluate(() => {
          const csv = performance.getEntriesByName('wasl:csv-timing').at(-1) as PerformanceMark | undefined;
          return {
            started: performance.getEntriesByName('wasl:import-start').at(-1)?.startTime ?? 0,
            read: csv?.startTime ?? 0,
            csv: (csv?.detail ?? {}) as { uiMs?: number; waitMs?: number; batches?: number },
            built: performance.getEntriesByName('wasl:import-built').at(-1)?.startTime ?? 0,
            sigma: window.wasl.timings.firstFrame ?? 0,
          };
        });
        // Times count from the moment the file is chosen (the input's change event), as a user sees them.
        const t0 = marks.started || clicked;
        const origin = await page.evaluate(() => performance.timeOrigin);
        const { nodes, edges, tasks } = await page.evaluate(() => ({
          nodes: window.wasl.graph?.order ?? 0,
          edges: window.wasl.graph?.size ?? 0,
          tasks: (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
        }));
        if (process.env.BENCH_VERBOSE) {
        const rel = tasks.filter((t) => t.start >= t0).map((t) => `${Math.round(t.start - t0)}+${Math.round(t.duration)}`);
        const at = (t: number) => Math.round(t - t0);
        console.error(
          `  ${rows} rows: ms from the file chosen: file read ${at(marks.read)} (UI thread adding edges ${Math.round(marks.csv.uiMs ?? 0)}, ` +
            `waiting for the worker ${Math.round(marks.csv.waitMs ?? 0)}, ${marks.csv.batches} batches), graph built ${at(marks.built)}, renderer created ${at(marks.sigma)}, drawn ${at(t2)}`,
        );
        console.error(`  ${rows} rows: long tasks (start+duration, ms from the file chosen): ${rel.join(' ')}`);
      }
      const during = (a: number, b: number) => Math.round(Math.max(0, ...tasks.filter((t) => t.start >= a && t.start < b).map((t) => t.duration)));
        out.push({
          rows,
          mb: Math.round((statSync(file).size / 1e6) * 10) / 10,
          edges,
          nodes,
          importSeconds: Math.round((marks.built - t0) / 10) / 100,
          importCpuSeconds: Math.round((cpuAt(origin + marks.built) - cpuAt(origin + t0)) * 10) / 10,
          rowsPerSecond: Math.round(rows / ((marks.built - t0) / 1000)),
          displayedSeconds: Math.round((t2 - t0) / 10) / 100,
          displayedCpuSeconds: Math.round((cpuAt(origin + t2) - cpuAt(origin + t0)) * 10) / 10,
          longestTaskImportMs: during(t0, marks.built),
          longestTaskDisplayMs: during(marks.built, t2 + 2000),
          peakHeapMb: Math.round(peak / 1e6),
        });
      } catch (e) {
        const state = await page
          .evaluate(() => ({ marks: performance.getEntries().filter((m) => m.name.startsWith('wasl:')).map((m) => `${m.name}@${Math.round(m.startTime)}`), rows: document.querySelector('[data-testid="import-rows"]')?.textContent, now: Math.round(performance.now()) }))
          .catch(() => null);
        console.error(`  ${rows} rows: failed (${(e as Error).message.split('\n')[0]}) ${JSON.stringify(state)}`);
      } finally {
        sampling = false;
        clearInterval(cpuTimer);
        await sampler;
      }
      await page.close().catch(() => undefined);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The UI thread's self time by function, top 25 (BENCH_PROFILE=1; build with `npx vite build --minify false` to read names). */
function printProfile(p: CpuProfile): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [name, ms] of top) console.error(`  ${Math.round(ms).toString().padStart(7)} ms  ${name}`);
}

export default async function bench(): Promise<void> {
  // BENCH_IMPORT_SIZES=10000,100000 runs only those sizes.
  const sizes = process.env.BENCH_IMPORT_SIZES?.split(',').map(Number).filter((n) => n > 0);
  printTable((await benchImport(sizes?.length ? sizes : undefined)) as unknown as Record<string, string | number>[]);
}

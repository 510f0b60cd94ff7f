/**
 * Bring your own data, in a real browser: each sample uploaded through the real file input, counts read
 * through window.wasl and from the page, bad rows listed, exports re-imported, ?data= links.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { openViewer } from './support/open.ts';
import { serveStatic, type StaticServer } from './support/server.ts';

const SAMPLES = 'data/samples';
const sample = (name: string) => `${SAMPLES}/${name}`;
const START = readFileSync('tests/fixtures/graphs/start.json', 'utf8');

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const routes: Record<string, { body: string | Buffer; type: string }> = {
    '/graph.json': { body: START, type: 'application/json' },
    '/data/gephi-edges.csv': { body: readFileSync(sample('gephi-edges.csv')), type: 'text/csv' },
    '/data/arabic.csv': { body: readFileSync(sample('arabic-semicolon.csv')), type: 'text/csv' },
    '/data/sample.gexf': { body: readFileSync(sample('sample.gexf')), type: 'application/xml' },
    '/data/unmapped.csv': { body: readFileSync(sample('unmapped-header.csv')), type: 'text/csv' },
    '/data/binary.bin': { body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), type: 'application/octet-stream' },
  };
  server = await serveStatic('dist', { routes });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const open = (query = '') => openViewer(browser, `${server.url}${query}`, { acceptDownloads: true });

const counts = (page: Page) => page.evaluate(() => ({ nodes: window.wasl.graph?.order ?? 0, edges: window.wasl.graph?.size ?? 0 }));

/** Upload files through the real file input and wait for the import to end (summary, error or dialog). */
async function upload(page: Page, files: string[] | { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByTestId('import-input').setInputFiles(files as never);
  await page.waitForSelector('[data-testid="import-summary"], [data-testid="import-error"], [data-testid="mapping-dialog"]');
}

/** Nodes and edges of the graph on screen, without drawing attributes. */
function snapshot(page: Page) {
  return page.evaluate(() => {
    const g = window.wasl.graph!;
    // Attributes in name order, without drawing attributes.
    const strip = (a: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(a).filter(([k]) => !['x', 'y', 'size', 'color'].includes(k)).sort(([x], [y]) => (x < y ? -1 : 1)));
    const nodes = g.mapNodes((n, a) => [n, strip(a)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const edges = g.mapEdges((e, a, s, t) => [e, s, t, strip(a)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return JSON.stringify({ nodes, edges });
  });
}

/** Answer the mapping dialog for data/samples/unmapped-header.csv: who, whom, what, when (month/day). */
async function mapUnmappedSample(page: Page): Promise<void> {
    await page.getByTestId('mapping-role-0').selectOption('source');
    await page.getByTestId('mapping-role-1').selectOption('target');
    await page.getByTestId('mapping-role-2').selectOption('relation');
    await page.getByTestId('mapping-role-3').selectOption('date');
    await page.getByTestId('mapping-date-order').selectOption('mdy');
    await page.getByTestId('mapping-ok').click();
}

async function download(page: Page, testId: string): Promise<{ name: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = `tests/e2e/.screenshots/${dl.suggestedFilename()}`;
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), path };
}

/** A GEXF of `nodes` nodes and `edges` edges (no self-loops), plus the given extra edge lines. */
function gexfFile(nodes: number, edges: number, extra: string[] = []): Buffer {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', '<gexf xmlns="http://gexf.net/1.3" version="1.3">', '<graph defaultedgetype="directed">', '<nodes>'];
  for (let i = 0; i < nodes; i++) out.push(`<node id="n${i}" label="Node ${i}"/>`);
  out.push('</nodes>', '<edges>');
  // i → 7i+1 (mod an even count of nodes) is never a self-loop.
  for (let i = 0; i < edges; i++) out.push(`<edge id="e${i}" source="n${i % nodes}" target="n${(i * 7 + 1) % nodes}" weight="${1 + (i % 3)}"/>`);
  out.push(...extra, '</edges>', '</graph>', '</gexf>');
  return Buffer.from(out.join('\n'));
}

describe('import', () => {
  it('loads the Gephi sample (edges + nodes) through the file input, in English and Arabic', async () => {
    const { page, errors } = await open();
    expect(await counts(page)).toEqual({ nodes: 3, edges: 2 });
    await upload(page, [sample('gephi-edges.csv'), sample('gephi-nodes.csv')]);
    expect(await counts(page)).toEqual({ nodes: 7, edges: 6 });
    await expect.poll(() => page.getByTestId('node-count').textContent()).toBe('7');
    expect(await page.getByTestId('edge-count').textContent()).toBe('6');
    expect(await page.getByTestId('import-nodes').textContent()).toBe('7');
    expect(await page.getByTestId('import-rejected').textContent()).toBe('0');
    const kinds = await page.evaluate(() => window.wasl.graph!.mapNodes((_, a) => a.kind).sort());
    expect(kinds).toEqual(['country', 'country', 'country', 'person', 'person', 'person', 'place']);
    // Every feature works on imported edges: relation filter, and the timeline with intervals.
    await page.evaluate(() => window.wasl.setState({ relations: ['met'] }));
    expect(await page.evaluate(() => window.wasl.visibleEdges())).toEqual(['2']);
    await page.evaluate(() => window.wasl.setState({ relations: null, from: '2023-01-16', to: '2023-01-31' }));
    // rus→syr spans 2022-12…2023-02; rus→tur has an interval 2023-01-18…19.
    expect(await page.evaluate(() => window.wasl.visibleEdges())).toEqual(['3', '4']);
    await page.evaluate(() => window.wasl.setState({ from: null, to: null }));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'tests/e2e/.screenshots/import-gephi-en.png' });
    await page.getByTestId('lang-select').selectOption('ar');
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'tests/e2e/.screenshots/import-gephi-ar.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the Arabic semicolon file', async () => {
    const { page, errors } = await open('?lang=ar');
    await upload(page, [sample('arabic-semicolon.csv')]);
    expect(await counts(page)).toEqual({ nodes: 8, edges: 6 });
    const met = await page.evaluate(() => {
      const g = window.wasl.graph!;
      return g.getEdgeAttributes(g.findEdge('لافرنتييف', 'بشار الأسد', () => true)!);
    });
    expect(met).toMatchObject({ relation: 'met', date: '2023-01-13', source_outlet: 'سانا' });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: 'tests/e2e/.screenshots/import-arabic-ar.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists the rejected rows of bad-rows.csv, loads the good ones, and offers the report', async () => {
    const { page, errors } = await open();
    await upload(page, [sample('bad-rows.csv')]);
    expect(await counts(page)).toEqual({ nodes: 3, edges: 2 });
    expect(await page.getByTestId('import-rejected').textContent()).toBe('8');
    const rows = await page.getByTestId('rejected-row').allTextContents();
    expect(rows.map((r) => parseInt(r, 10))).toEqual([3, 4, 5, 6, 7, 8, 9, 11]);
    expect(rows[0]).toContain('missing source');
    expect(rows[4]).toContain('wrong column count');
    const report = await download(page, 'rejected-download');
    const text = readFileSync(report.path, 'utf8');
    expect(text).toContain('3,missing source');
    expect(text).toContain('9,"unparseable date ""31/02/2023"""');
    await page.screenshot({ path: 'tests/e2e/.screenshots/import-bad-rows-en.png' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what is wrong with an empty, binary or header-less file, and keeps the graph shown before', async () => {
    const { page, errors } = await open();
    const before = await snapshot(page);
    const bad = [
      { name: 'empty.csv', buffer: Buffer.alloc(0), expect: 'the file is empty' },
      { name: 'data.xlsx', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), expect: 'save it as CSV first' },
      { name: 'image.csv', buffer: Buffer.from([0x01, 0x02, 0x00, 0x7f, 0x10, 0x11, 0x00, 0x01]), expect: 'binary' },
      { name: 'text.csv', buffer: Buffer.from('just one line without delimiters\n'), expect: 'no Source and Target' },
      { name: 'broken.json', buffer: Buffer.from('{"nodes": [}'), expect: 'not valid JSON' },
      { name: 'page.gexf', buffer: Buffer.from('<gexf><graph><nodes><node id="a"></nodes></gexf>'), expect: 'not well-formed XML' },
    ];
    for (const b of bad) {
      if (b.expect === 'no Source and Target') {
        await page.getByTestId('import-input').setInputFiles({ name: b.name, mimeType: 'text/csv', buffer: b.buffer });
        await page.getByTestId('mapping-dialog').waitFor();
        await page.getByTestId('mapping-cancel').click();
        await page.getByTestId('import-cancelled').waitFor();
      } else {
        await upload(page, [{ name: b.name, mimeType: 'application/octet-stream', buffer: b.buffer }]);
        expect(await page.getByTestId('import-error').textContent()).toContain(b.expect);
      }
      expect(await snapshot(page)).toBe(before);
    }
    expect(await page.getByTestId('node-count').textContent()).toBe('3');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks which column is what when the header is not recognised, and the date order when ambiguous', async () => {
    const { page, errors } = await open();
    await upload(page, [sample('unmapped-header.csv')]);
    const dialog = page.getByTestId('mapping-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('mapping-ok').isDisabled()).toBe(true);
    await page.screenshot({ path: 'tests/e2e/.screenshots/import-mapping-en.png' });
    await mapUnmappedSample(page);
    await page.getByTestId('import-summary').waitFor();
    expect(await counts(page)).toEqual({ nodes: 4, edges: 3 });
    const attrs = await page.evaluate(() => window.wasl.graph!.mapEdges((_, a) => [a.relation, a.date, a.confidence]).sort());
    expect(attrs).toEqual([['met', '2023-05-06', 0.7], ['supported', '2023-07-08', 0.8], ['urged', '2023-03-04', 0.9]]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads GEXF and GraphML samples', async () => {
    const { page, errors } = await open();
    for (const f of ['sample.gexf', 'sample.graphml']) {
      await upload(page, [sample(f)]);
      expect(await counts(page)).toEqual({ nodes: 7, edges: 6 });
      expect(await page.evaluate(() => window.wasl.graph!.getEdgeAttribute('4', 'dateEnd'))).toBe('2023-01-19');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('merges into the current graph: the same ids are the same nodes', async () => {
    const { page, errors } = await open();
    await page.getByTestId('import-merge').check();
    await upload(page, [sample('gephi-edges.csv'), sample('gephi-nodes.csv')]);
    // start.json has vladimir-putin, bashar-al-assad, damascus: all three are in the sample too.
    expect(await counts(page)).toEqual({ nodes: 7, edges: 8 });
    expect(await page.evaluate(() => window.wasl.graph!.getNodeAttribute('bashar-al-assad', 'label_ar'))).toBe('بشار الأسد');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports CSV, GEXF and GraphML that re-import as the same graph, and exports what is shown', async () => {
    const { page, errors } = await open();
    await upload(page, [sample('gephi-edges.csv'), sample('gephi-nodes.csv')]);
    const original = await snapshot(page);
    const edges = await download(page, 'export-csv-edges');
    const nodes = await download(page, 'export-csv-nodes');
    const gexf = await download(page, 'export-gexf');
    const graphml = await download(page, 'export-graphml');
    const json = await download(page, 'export-json');
    expect(edges.name).toMatch(/-edges\.csv$/);
    expect(readFileSync(edges.path, 'utf8')).toMatch(/^\uFEFFSource,Target,Type,Id,Label,timeset,Weight,Relation/);
    // Gephi's Type survives the trip: edge 2 (Lavrentiev met al-Assad) is Undirected in and out.
    expect(readFileSync(edges.path, 'utf8')).toMatch(/\r\n[^,]+,[^,]+,Undirected,2,/);
    for (const files of [[edges.path, nodes.path], [gexf.path], [graphml.path], [json.path]]) {
      await upload(page, files);
      expect(await snapshot(page)).toBe(original);
      expect(await page.evaluate(() => window.wasl.graph!.getEdgeAttribute('2', 'undirected'))).toBe(true);
    }
    await page.evaluate(() => window.wasl.setState({ relations: ['met', 'visited'] }));
    await page.getByTestId('export-shown').check();
    const shown = readFileSync((await download(page, 'export-csv-edges')).path, 'utf8').trim().split('\r\n');
    expect(shown.length).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens ?data= links to CSV, GEXF, and says what is wrong with bad ones', async () => {
    for (const [url, expected] of [['/data/gephi-edges.csv', { nodes: 7, edges: 6 }], ['/data/arabic.csv', { nodes: 8, edges: 6 }], ['/data/sample.gexf', { nodes: 7, edges: 6 }]] as const) {
      const { page, errors } = await open(`?data=${encodeURIComponent(url)}`);
      expect(await counts(page)).toEqual(expected);
      await expect.poll(() => page.getByTestId('node-count').textContent()).toBe(String(expected.nodes));
      expect(errors).toEqual([]);
      await page.close();
    }
    for (const [url, message] of [['/data/binary.bin', 'save it as CSV first'], ['/data/missing.csv', 'HTTP 404']] as const) {
      const { page, errors } = await open(`?data=${encodeURIComponent(url)}`);
      await expect.poll(() => page.getByTestId('message').textContent()).toContain(message);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('asks which column is what for a ?data= CSV whose header is not recognised, as for a chosen file', async () => {
    const { page, errors } = await openViewer(browser, `${server.url}?data=${encodeURIComponent('/data/unmapped.csv')}&from=2023-04`, { ready: false });
    await page.getByTestId('mapping-dialog').waitFor();
    await mapUnmappedSample(page);
    await page.evaluate(() => window.wasl.ready);
    expect(await counts(page)).toEqual({ nodes: 4, edges: 3 });
    // The link's view state applies to the loaded file: from April 2023 on, the March edge is hidden.
    expect(await page.evaluate(() => window.wasl.visibleEdges().length)).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a file over the row limit with a message in the page language, keeping the graph shown before', async () => {
    // The documented way to lower the limit (window.waslOptions.maxRows) instead of a 2.5M-row file.
    const { page } = await openViewer(browser, `${server.url}?lang=ar`, { waslOptions: { maxRows: 1000 } });
    const before = await snapshot(page);
    const lines = ['Source,Target,Date'];
    for (let i = 0; i < 1500; i++) lines.push(`n${i % 50},m${i % 70},2021-0${1 + (i % 9)}`);
    await upload(page, [{ name: 'too-long.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) }]);
    const error = page.getByTestId('import-error');
    expect(await error.textContent()).toContain('في too-long.csv أكثر من 1,000 صف');
    await page.getByTestId('lang-select').selectOption('en');
    expect(await error.textContent()).toContain('too-long.csv has more than 1,000 rows: Wasl loads up to 1,000.');
    expect(await snapshot(page)).toBe(before);
    // Up to the limit, a file loads.
    await upload(page, [{ name: 'short.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.slice(0, 1001).join('\n')) }]);
    expect(await page.getByTestId('import-summary').isVisible()).toBe(true);
    await page.close();
  });

  it('loads every row of a file read in several chunks', async () => {
    const { page, errors } = await open();
    // 25,000 rows of about 64 bytes: several chunks of the worker's 512 KB.
    const pad = 'x'.repeat(40);
    const lines = ['Source;Target;Weight;Date;Note'];
    for (let i = 0; i < 25_000; i++) lines.push(`"n${i % 200}";m${Math.floor(i / 200)};${1 + (i % 4)};2021-${String(1 + (i % 12)).padStart(2, '0')};${pad}`);
    lines.push(';orphan;1;2021;'); // row 25002: no source
    lines.push('n1;m0;1;2021-02;'); // row 25003: repeats row 3 (n1→m0, 2021-02): weights add up
    const buffer = Buffer.from(lines.join('\r\n') + '\r\n');
    expect(buffer.length).toBeGreaterThan(1.4 * 1024 * 1024);
    await page.getByTestId('import-input').setInputFiles({ name: 'many.csv', mimeType: 'text/csv', buffer });
    await page.getByTestId('import-summary').waitFor({ timeout: 100_000 });
    expect(await counts(page)).toEqual({ nodes: 325, edges: 25_000 });
    expect(await page.getByTestId('import-rejected').textContent()).toBe('1');
    expect(await page.getByTestId('rejected-row').allTextContents()).toEqual(['25002missing source']);
    expect(await page.evaluate(() => window.wasl.graph!.getEdgeAttribute('n1|related|m0|2021-02', 'weight'))).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows progress and cancels a big import, keeping the graph shown before', async () => {
    const { page, errors } = await open();
    const before = await snapshot(page);
    const lines = ['Source,Target,Weight,Date'];
    for (let i = 0; i < 400_000; i++) lines.push(`n${i % 5000},m${(i * 7) % 5003},${1 + (i % 3)},2020-0${1 + (i % 9)}-1${i % 10}`);
    await page.getByTestId('import-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByTestId('import-progress').waitFor();
    await expect.poll(async () => Number((await page.getByTestId('import-rows').textContent())?.replace(/\D/g, '')), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancelled').waitFor();
    expect(await snapshot(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('loads every node and edge of a GEXF added in several batches, and lists the edge it skips', async () => {
    const { page, errors } = await open();
    // 25,000 nodes and edges: several of the graph worker's batches of 4,096.
    const buffer = gexfFile(1000, 24_000, ['<edge id="bad" source="n1" target="ghost"/>']);
    await page.getByTestId('import-input').setInputFiles({ name: 'many.gexf', mimeType: 'application/xml', buffer });
    await page.getByTestId('import-summary').waitFor({ timeout: 100_000 });
    expect(await counts(page)).toEqual({ nodes: 1000, edges: 24_000 });
    expect(await page.getByTestId('import-rejected').textContent()).toBe('1');
    expect(await page.getByTestId('rejected-row').allTextContents()).toEqual(['1edge bad: names a node that the file does not list (ghost)']);
    expect(await page.evaluate(() => window.wasl.graph!.getEdgeAttribute('e23999', 'weight'))).toBe(1 + (23_999 % 3));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows progress for a big GEXF, keeps the graph shown before until it is done, and cancels', async () => {
    const { page, errors } = await open();
    const before = await snapshot(page);
    await page.getByTestId('import-input').setInputFiles({ name: 'big.gexf', mimeType: 'application/xml', buffer: gexfFile(5000, 250_000) });
    await page.getByTestId('import-progress').waitFor();
    // The file is read in a worker and added batch by batch: the count of what is added goes up.
    await expect.poll(async () => Number((await page.getByTestId('import-rows').textContent())?.replace(/\D/g, '')), { timeout: 60_000 }).toBeGreaterThan(0);
    expect(await counts(page)).toEqual({ nodes: 3, edges: 2 });
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-cancelled').waitFor();
    expect(await snapshot(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * Loading data into the app: a URL (`?data=`, `wasl:load {url}`) or files (picker, drag and drop), in any
 * format Wasl reads (Wasl/graphology JSON, CSV/TSV edge lists with an optional node list, GEXF,
 * GraphML). The format is sniffed from the first bytes. Files are read in workers (CSV streamed through
 * papaparse; graph files whole, XML through xmldom) and added to the graph in time slices, so the page
 * stays responsive. Every failure is a `LoadError` whose message a
 * person can act on; nothing here touches the graph on screen (the caller sets the result).
 */
import type { WaslGraph } from '../../lib/graph/build.ts';
import {
  isCompleteEdgeMapping,
  looksLikeNodeList,
  parseRelationVocabulary,
  previewCsv,
  recognizeEdgeColumns,
  recognizeNodeColumns,
  type CsvPreview,
  type EdgeRole,
} from '../../lib/graph/csv.ts';
import { detectDateOrder, type DateOrder } from '../../lib/graph/dates.ts';
import { emptyGraph, GraphImporter, GraphMerger, sniffFormat, type ImportFormat, type ImportSummary } from '../../lib/graph/import.ts';
import type { GraphAttributes, Lang, RelationType } from '../../lib/types.ts';
import { t } from '../i18n.ts';
import relationsCsv from '../../../data/lexicon/relations.csv?raw';
import { numberOption } from '../options.ts';
import type { FromGraphWorker, FromWorker, GraphParsedMessage, GraphStartMessage, StartMessage } from './protocol.ts';

/** The relation vocabulary, bundled with the app. */
export const RELATIONS: RelationType[] = parseRelationVocabulary(relationsCsv);

/** Files with more data rows than this are refused with a message (the graph on screen stays). */
export const MAX_ROWS = 2_500_000;

/** The row limit: MAX_ROWS, or a lower one set in `window.waslOptions.maxRows` (src/app/options.ts). */
export function maxRows(): number {
  const lower = numberOption('maxRows');
  return lower > 0 && lower < MAX_ROWS ? Math.floor(lower) : MAX_ROWS;
}

/** Bytes read from the head of a file to tell its format and preview its columns. */
const HEAD_BYTES = 64 * 1024;

export type LoadErrorKind = 'network' | 'http' | 'format' | 'limit' | 'cancelled';

/** What went wrong, one message each (i18n key `loadErr_<code>`, in English and Arabic). */
export type LoadErrorCode =
  | 'unreachable' | 'http' | 'noFile' | 'notGraphFile' | 'unreadable' | 'mixedFiles' | 'noHeader' | 'noEdgeList'
  | 'tooManyCsv' | 'noSourceTarget' | 'chooseSourceTarget' | 'readerFailed' | 'tooManyRows' | 'cancelled';

const KIND_OF: Partial<Record<LoadErrorCode, LoadErrorKind>> = { unreachable: 'network', http: 'http', tooManyRows: 'limit', cancelled: 'cancelled' };

/** A message template filled in: `{file}`, `{url}`, `{detail}`… */
export function loadErrorText(code: LoadErrorCode, params: Readonly<Record<string, string>>, lang: Lang): string {
  return t(`loadErr_${code}`, lang).replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

/** A load failure: `message` is in English; `text(lang)` says it in the page's language. */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  constructor(readonly code: LoadErrorCode, readonly params: Readonly<Record<string, string>> = {}) {
    super(loadErrorText(code, params, 'en'));
    this.name = 'LoadError';
    this.kind = KIND_OF[code] ?? 'format';
  }

  text(lang: Lang): string {
    return loadErrorText(this.code, this.params, lang);
  }
}

export interface LoadProgress {
  /** What is being read (file name or URL). */
  name: string;
  rowsRead: number;
  /** 0…1, or null when unknown. */
  fraction: number | null;
}

/** What the column-mapping dialog is asked, and answers. */
export interface MappingRequest {
  name: string;
  preview: CsvPreview;
  /** Roles recognised from the header (source/target may be missing). */
  roles: EdgeRole[];
  /** Whether the header was incomplete (no source or target). */
  incomplete: boolean;
  /** Day/month order of slashed dates, or 'ambiguous' when the dialog must ask. */
  dateOrder: DateOrder | 'ambiguous' | null;
}
export interface MappingAnswer {
  roles: EdgeRole[];
  dateOrder: DateOrder;
}

export interface LoadOptions {
  /** Merge into this graph (a copy is made; the original is not modified) instead of a new graph. */
  mergeInto?: WaslGraph | null;
  onProgress?: (p: LoadProgress) => void;
  /** Asked when a CSV header is not recognised or its dates are ambiguous; `null` cancels. Without it, such files fail. */
  askMapping?: (req: MappingRequest) => Promise<MappingAnswer | null>;
  signal?: AbortSignal;
  /** Bytes per CSV chunk (tests use small ones). */
  chunkSize?: number;
  /** Most rejected rows listed (all are counted). */
  maxListedRejects?: number;
}

export interface LoadResult {
  graph: WaslGraph;
  format: ImportFormat;
  /** File names or the URL. */
  name: string;
  summary: ImportSummary;
}

const cancelled = () => new LoadError('cancelled');

/** Fetch a URL and load it. Network and CORS failures, HTTP errors and bad files all become LoadErrors. */
export async function loadUrl(url: string, options: LoadOptions = {}): Promise<LoadResult> {
  let res: Response;
  try {
    res = await fetch(url, options.signal ? { signal: options.signal } : {});
  } catch (e) {
    if (options.signal?.aborted) throw cancelled();
    throw new LoadError('unreachable', { url, detail: (e as Error).message });
  }
  if (!res.ok) throw new LoadError('http', { url, status: `${res.status}${res.statusText ? ` ${res.statusText}` : ''}` });
  const blob = await res.blob();
  const name = decodeURIComponent(new URL(url, location.href).pathname.split('/').pop() || url);
  return loadBlobs([{ blob, name }], { ...options, label: url });
}

/** Load files picked or dropped by the user: one graph file, or a CSV edge list with an optional node list. */
export async function loadFiles(files: readonly File[], options: LoadOptions = {}): Promise<LoadResult> {
  return loadBlobs(files.map((f) => ({ blob: f, name: f.name })), options);
}

interface Source {
  blob: Blob;
  name: string;
}

async function head(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer());
}

async function loadBlobs(sources: Source[], options: LoadOptions & { label?: string }): Promise<LoadResult> {
  if (!sources.length) throw new LoadError('noFile');
  const label = options.label ?? sources.map((s) => s.name).join(' + ');
  const heads = await Promise.all(sources.map((s) => head(s.blob)));
  const formats: ImportFormat[] = [];
  for (let i = 0; i < sources.length; i++) {
    try {
      formats.push(sniffFormat(heads[i]!, sources[i]!.name));
    } catch (e) {
      throw new LoadError('notGraphFile', { file: sources[i]!.name, detail: (e as Error).message });
    }
  }
  if (formats.every((f) => f === 'csv')) return loadCsv(sources, heads, label, options);
  if (sources.length > 1) throw new LoadError('mixedFiles');
  return loadGraphFile(sources[0]!, formats[0] as GraphStartMessage['format'], label, options);
}

/** Hand the UI thread back to the browser (input, painting) between slices of work. */
const yieldToMain = () => new Promise<void>((resolve) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => resolve();
  ch.port2.postMessage(null);
});
/** Longest slice of graph building on the UI thread, in ms. */
const SLICE_MS = 16;

/**
 * Call `step(i)` for i < count, handing the UI thread back to the browser whenever a slice has lasted
 * SLICE_MS; stops early when `stopped()` after a pause. Returns the ms of work (pauses excluded).
 */
async function inSlices(count: number, step: (i: number) => void, stopped: () => boolean): Promise<number> {
  let work = 0;
  let t0 = performance.now();
  for (let i = 0; i < count; i++) {
    step(i);
    if ((i & 63) === 63 && performance.now() - t0 > SLICE_MS) {
      work += performance.now() - t0;
      await yieldToMain();
      if (stopped()) return work;
      t0 = performance.now();
    }
  }
  return work + performance.now() - t0;
}

/** The messages that end a worker's run (both workers post them). */
type WorkerEnd = { type: 'done' } | { type: 'limit'; maxRows: number } | { type: 'error'; message: string };

/**
 * Drive a worker that posts batches: its messages are handled one after the other (a batch may arrive
 * while the last one is being added); `onMessage` returns true for a batch, and the worker is then told
 * to `continue`. `done`, `limit` and `error` end the run, and so do a cancel and a worker that fails.
 */
function runWorker<M extends { type: string }>(
  worker: Worker,
  file: string,
  start: unknown,
  options: LoadOptions,
  failCode: LoadErrorCode,
  onMessage: (msg: M, stopped: () => boolean) => Promise<boolean>,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let finished = false;
    const stopped = () => finished;
    const finish = (err?: Error) => {
      if (finished) return;
      finished = true;
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    const onAbort = () => finish(cancelled());
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    worker.onerror = (ev) => finish(new LoadError(failCode, { file, detail: ev.message }));
    const handle = async (msg: M) => {
      if (finished) return;
      const batch = await onMessage(msg, stopped);
      if (finished) return;
      const end = msg as unknown as WorkerEnd;
      if (end.type === 'done') finish();
      else if (end.type === 'limit') finish(new LoadError('tooManyRows', { file, max: end.maxRows.toLocaleString('en') }));
      else if (end.type === 'error') finish(new LoadError('unreadable', { file, detail: end.message }));
      else if (batch) worker.postMessage({ type: 'continue' });
    };
    let queue = Promise.resolve();
    worker.onmessage = (ev: MessageEvent<M>) => {
      queue = queue.then(() => handle(ev.data)).catch((e: Error) => finish(new LoadError('unreadable', { file, detail: e.message })));
    };
    worker.postMessage(start);
  });
}

/**
 * A Wasl JSON, GEXF or GraphML file: read in a worker, then added to a new graph (or a copy of the one to
 * merge into) batch by batch, in time slices.
 */
async function loadGraphFile(source: Source, format: GraphStartMessage['format'], label: string, options: LoadOptions): Promise<LoadResult> {
  options.onProgress?.({ name: source.name, rowsRead: 0, fraction: null });
  const graph = options.mergeInto ? (options.mergeInto.copy() as WaslGraph) : emptyGraph();
  const merger = new GraphMerger(graph);
  let parsed: GraphParsedMessage | null = null;
  let added = 0;
  const start: GraphStartMessage = {
    type: 'start',
    blob: source.blob,
    format,
    name: source.name,
    relations: RELATIONS,
    maxRows: maxRows(),
    maxListed: options.maxListedRejects ?? 100_000,
  };
  const worker = new Worker(new URL('./graph.worker.ts', import.meta.url), { type: 'module' });
  await runWorker<FromGraphWorker>(worker, source.name, start, options, 'unreadable', async (msg, stopped) => {
    if (msg.type === 'parsed') {
      parsed = msg;
      if (!options.mergeInto) graph.replaceAttributes(msg.attributes as GraphAttributes);
    }
    if (msg.type !== 'batch' || !parsed) return false;
    const { nodes, edges } = msg;
    await inSlices(nodes.length + edges.length, (i) => {
      if (i < nodes.length) return merger.addNode(nodes[i]!.key, nodes[i]!.attributes);
      const e = edges[i - nodes.length]!;
      merger.addEdge(e.key, e.source, e.target, e.attributes);
    }, stopped);
    added += nodes.length + edges.length;
    options.onProgress?.({ name: source.name, rowsRead: added, fraction: added / Math.max(1, parsed.nodes + parsed.edges) });
    return true;
  });
  const p = parsed as GraphParsedMessage | null;
  if (!p) throw new LoadError('unreadable', { file: source.name, detail: 'the reader stopped before reading the file' });
  if (options.mergeInto) merger.finish(p.attributes);
  const summary: ImportSummary = {
    rows: p.edges + p.skippedCount,
    nodesAdded: merger.nodesAdded,
    edgesAdded: merger.edgesAdded,
    edgesMerged: 0,
    rejectedCount: p.skippedCount,
    rejected: p.skipped.map((s, i) => ({ row: i + 1, reason: `edge ${s.edge}: ${s.reason}` })),
  };
  return { graph, format, name: label, summary };
}

async function loadCsv(sources: Source[], heads: Uint8Array[], label: string, options: LoadOptions): Promise<LoadResult> {
  const decoded = heads.map((h, i) => {
    let text = new TextDecoder('utf-8').decode(h);
    // The head may end inside a line (or a character): drop the last, partial line.
    if (h.length < sources[i]!.blob.size) text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
    return text;
  });
  const previews = decoded.map((text, i) => {
    const p = previewCsv(text);
    if (!p) throw new LoadError('noHeader', { file: sources[i]!.name });
    return p;
  });
  const nodeLists = previews.map((p) => looksLikeNodeList(p.header));
  const edgeIndex = nodeLists.indexOf(false);
  if (edgeIndex < 0 && sources.length > 1) throw new LoadError('noEdgeList');
  if (sources.length > 2 || nodeLists.filter((n) => !n).length > 1) {
    throw new LoadError('tooManyCsv');
  }
  const e = Math.max(0, edgeIndex);
  const edgeSource = sources[e]!;
  const preview = previews[e]!;
  let roles = recognizeEdgeColumns(preview.header);
  const dateValues: string[] = [];
  for (const row of preview.rows) {
    roles.forEach((r, i) => {
      if ((r === 'date' || r === 'start' || r === 'end' || r === 'timeset') && row[i]) dateValues.push(row[i]!);
    });
  }
  const detected = detectDateOrder(dateValues);
  let dateOrder: DateOrder = detected === 'mdy' ? 'mdy' : 'dmy';
  const incomplete = !isCompleteEdgeMapping(roles);
  if (incomplete || detected === 'ambiguous') {
    if (!options.askMapping) {
      if (incomplete) throw new LoadError('noSourceTarget', { file: edgeSource.name, detail: preview.header.join(', ').slice(0, 200) });
    } else {
      const answer = await options.askMapping({ name: edgeSource.name, preview, roles, incomplete, dateOrder: detected });
      if (!answer) throw cancelled();
      if (!isCompleteEdgeMapping(answer.roles)) throw new LoadError('chooseSourceTarget', { file: edgeSource.name });
      roles = answer.roles;
      dateOrder = answer.dateOrder;
    }
  }
  const base = options.mergeInto ? (options.mergeInto.copy() as WaslGraph) : null;
  const importer = new GraphImporter({
    base,
    title: edgeSource.name,
    relations: RELATIONS,
    maxListedRejects: options.maxListedRejects ?? 100_000,
  });
  const n = nodeLists.indexOf(true);
  if (n >= 0 && sources.length > 1) {
    const p = previews[n]!;
    await streamCsv(sources[n]!, { list: 'nodes', header: p.header, roles: recognizeNodeColumns(p.header), delimiter: p.delimiter, dateOrder }, importer, options);
  }
  await streamCsv(edgeSource, { list: 'edges', header: preview.header, roles, delimiter: preview.delimiter, dateOrder }, importer, options);
  const graph = importer.finish();
  importer.summary.rejected.sort((a, b) => a.row - b.row);
  return { graph, format: 'csv', name: label, summary: importer.summary };
}

/** Where the time of the last CSV import went (for benchmarks): UI-thread work, and waiting for the worker. */
export const lastCsvTiming = { uiMs: 0, waitMs: 0, batches: 0 };

type StreamSpec = Pick<StartMessage, 'list' | 'header' | 'roles' | 'delimiter' | 'dateOrder'>;

async function streamCsv(source: Source, spec: StreamSpec, importer: GraphImporter, options: LoadOptions): Promise<void> {
  const start: StartMessage = {
    type: 'start',
    blob: source.blob,
    ...spec,
    relations: RELATIONS,
    maxRows: maxRows(),
    chunkSize: options.chunkSize ?? 512 * 1024,
  };
  let waitStart = performance.now();
  Object.assign(lastCsvTiming, { uiMs: 0, waitMs: 0, batches: 0 });
  const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
  await runWorker<FromWorker>(worker, source.name, start, options, 'readerFailed', async (msg, stopped) => {
    const begin = performance.now();
    lastCsvTiming.waitMs += begin - waitStart;
    if (msg.type === 'done') performance.mark('wasl:csv-timing', { detail: { ...lastCsvTiming } });
    if (msg.type !== 'batch') return false;
    // A batch: add it in slices, yielding to the browser between them.
    const count = spec.list === 'edges' ? msg.edges.count : msg.nodes.length;
    if (spec.list === 'edges') importer.receive(msg.edges);
    const add = spec.list === 'edges' ? (i: number) => importer.addEdgeAt(msg.edges, i) : (i: number) => importer.addNode(msg.nodes[i]!);
    lastCsvTiming.uiMs += performance.now() - begin;
    lastCsvTiming.uiMs += await inSlices(count, add, stopped);
    if (stopped()) return false;
    const t0 = performance.now();
    for (const r of msg.rejected) {
      if (spec.list === 'nodes') importer.reject(r.row, `${source.name}: ${r.reason}`);
      else {
        importer.summary.rows++;
        importer.reject(r.row, r.reason);
      }
    }
    options.onProgress?.({ name: source.name, rowsRead: msg.rowsRead, fraction: msg.progress });
    lastCsvTiming.uiMs += performance.now() - t0;
    lastCsvTiming.batches++;
    waitStart = performance.now();
    return true;
  });
}

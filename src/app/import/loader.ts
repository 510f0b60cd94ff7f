/**
 * Loading data into the app: a URL (`?data=`, `wasl:load {url}`) or files (picker, drag and drop), in any
 * format Wasl reads (Wasl/graphology JSON, CSV/TSV edge lists with an optional node list, GEXF,
 * GraphML). The format is sniffed from the first bytes; CSV is streamed through a worker and added to
 * the graph in time slices, so the page stays responsive. Every failure is a `LoadError` whose message a
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
import { parseGexf } from '../../lib/graph/gexf.ts';
import { parseGraphml } from '../../lib/graph/graphml.ts';
import { GraphImporter, ImportError, mergeGraph, sniffFormat, type ImportFormat, type ImportSummary } from '../../lib/graph/import.ts';
import { parseJsonGraph } from '../../lib/graph/json.ts';
import type { Lang, RelationType } from '../../lib/types.ts';
import { t } from '../i18n.ts';
import relationsCsv from '../../../data/lexicon/relations.csv?raw';
import type { FromWorker, StartMessage } from './protocol.ts';

/** The relation vocabulary, bundled with the app. */
export const RELATIONS: RelationType[] = parseRelationVocabulary(relationsCsv);

/** Files with more data rows than this are refused with a message (the graph on screen stays). */
export const MAX_ROWS = 2_500_000;

declare global {
  interface Window {
    /** Set before the app starts (a host page, a test) to lower limits: `{ maxRows: 1000 }`. */
    waslOptions?: { maxRows?: number };
  }
}

/** The row limit: MAX_ROWS, or a lower one set in `window.waslOptions.maxRows`. */
export function maxRows(): number {
  const lower = typeof window === 'undefined' ? NaN : Number(window.waslOptions?.maxRows);
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
  const format = formats[0]!;
  const { blob, name } = sources[0]!;
  let parsed: { graph: WaslGraph; skipped: { edge: string; reason: string }[] };
  try {
    const text = await blob.text();
    if (options.signal?.aborted) throw cancelled();
    if (format === 'json') parsed = parseJsonGraph(text, RELATIONS);
    else if (format === 'gexf') parsed = parseGexf(text, { relations: RELATIONS, title: name });
    else parsed = parseGraphml(text, { relations: RELATIONS, title: name });
  } catch (e) {
    if (e instanceof LoadError) throw e;
    throw new LoadError('unreadable', { file: name, detail: (e as Error).message });
  }
  const importer = new GraphImporter({ base: parsed.graph, relations: RELATIONS });
  let graph = importer.finish();
  const summary: ImportSummary = {
    rows: parsed.graph.size + parsed.skipped.length,
    nodesAdded: parsed.graph.order,
    edgesAdded: parsed.graph.size,
    edgesMerged: 0,
    rejectedCount: parsed.skipped.length,
    rejected: parsed.skipped.map((s, i) => ({ row: i + 1, reason: `edge ${s.edge}: ${s.reason}` })),
  };
  if (options.mergeInto) {
    const base = options.mergeInto.copy() as WaslGraph;
    const added = mergeGraph(base, graph);
    summary.nodesAdded = added.nodesAdded;
    summary.edgesAdded = added.edgesAdded;
    graph = base;
  }
  return { graph, format, name: label, summary };
}

/** Hand the UI thread back to the browser (input, painting) between slices of work. */
const yieldToMain = () => new Promise<void>((resolve) => {
  const ch = new MessageChannel();
  ch.port1.onmessage = () => resolve();
  ch.port2.postMessage(null);
});
/** Longest slice of graph building on the UI thread, in ms. */
const SLICE_MS = 16;

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

function streamCsv(source: Source, spec: StreamSpec, importer: GraphImporter, options: LoadOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./csv.worker.ts', import.meta.url), { type: 'module' });
    let finished = false;
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
    worker.onerror = (ev) => finish(new LoadError('readerFailed', { file: source.name, detail: ev.message }));
    let waitStart = performance.now();
    Object.assign(lastCsvTiming, { uiMs: 0, waitMs: 0, batches: 0 });
    // Messages are handled one after the other (a batch may be waiting while the last one is added).
    let queue = Promise.resolve();
    worker.onmessage = (ev: MessageEvent<FromWorker>) => {
      queue = queue.then(() => handle(ev.data)).catch((e: Error) => finish(new LoadError('unreadable', { file: source.name, detail: e.message })));
    };
    const handle = async (msg: FromWorker) => {
      if (finished) return;
      const begin = performance.now();
      lastCsvTiming.waitMs += begin - waitStart;
      if (msg.type === 'done') {
        performance.mark('wasl:csv-timing', { detail: { ...lastCsvTiming } });
        return finish();
      }
      if (msg.type === 'limit') {
        return finish(new LoadError('tooManyRows', { file: source.name, max: msg.maxRows.toLocaleString('en') }));
      }
      if (msg.type === 'error') return finish(new LoadError('unreadable', { file: source.name, detail: msg.message }));
      // A batch: add it in slices, yielding to the browser between them.
      let t0 = begin;
      const count = spec.list === 'edges' ? msg.edges.count : msg.nodes.length;
      if (spec.list === 'edges') importer.receive(msg.edges);
      for (let i = 0; i < count; i++) {
        if (spec.list === 'edges') importer.addEdgeAt(msg.edges, i);
        else importer.addNode(msg.nodes[i]!);
        if ((i & 63) === 63 && performance.now() - t0 > SLICE_MS) {
          lastCsvTiming.uiMs += performance.now() - t0;
          await yieldToMain();
          if (finished) return;
          t0 = performance.now();
        }
      }
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
      worker.postMessage({ type: 'continue' });
    };
    const start: StartMessage = {
      type: 'start',
      blob: source.blob,
      ...spec,
      relations: RELATIONS,
      maxRows: maxRows(),
      chunkSize: options.chunkSize ?? 512 * 1024,
    };
    worker.postMessage(start);
  });
}

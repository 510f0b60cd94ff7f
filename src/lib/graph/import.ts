/**
 * Imported rows and graphs → the Wasl graph shape (NodeAttributes / EdgeAttributes of ../types.ts), so
 * filters, search and the timeline work on them as on the articles graph. Also: which format a file is
 * in, and merging one graph into another. Pure: no DOM, no workers.
 */
import Graph from 'graphology';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, RelationType } from '../types.ts';
import { edgeKey, type WaslGraph } from './build.ts';
import Papa from 'papaparse';
import {
  CSV_DELIMITERS,
  EdgeRowReader,
  isBlankRecord,
  isCompleteEdgeMapping,
  NodeRowReader,
  previewCsv,
  recognizeEdgeColumns,
  recognizeNodeColumns,
  type EdgeBatch,
  type EdgeExtra,
  type EdgeRole,
  type ParsedEdge,
  type ParsedNode,
  type RejectedRow,
} from './csv.ts';
import type { DateOrder } from './dates.ts';

export type ImportFormat = 'json' | 'csv' | 'gexf' | 'graphml';

/** Errors a person can act on: the message says what is wrong with the file. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const MAGIC: [number[], string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx or .ods spreadsheet?): save it as CSV first'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x1f, 0x8b], 'a gzip archive: decompress it first'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel/Office file: save it as CSV first'],
];

/**
 * The format of a file from its first bytes (and its name as a hint): Wasl/graphology JSON, GEXF,
 * GraphML or CSV/TSV. Throws an `ImportError` for empty, binary or UTF-16 files.
 */
export function sniffFormat(head: Uint8Array, name = ''): ImportFormat {
  if (head.length === 0) throw new ImportError('the file is empty');
  for (const [bytes, what] of MAGIC) {
    if (bytes.every((b, i) => head[i] === b)) throw new ImportError(`this is ${what}, not a CSV, JSON, GEXF or GraphML file`);
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new ImportError('the file is UTF-16 text: save it as UTF-8');
  }
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new ImportError('this is a binary file, not a CSV, JSON, GEXF or GraphML file');
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > sample.length * 0.01) throw new ImportError('this is a binary file, not a CSV, JSON, GEXF or GraphML file');
  const text = new TextDecoder('utf-8').decode(sample).replace(/^\uFEFF/, '').trimStart();
  if (!text) throw new ImportError('the file is empty');
  if (text.startsWith('{') || text.startsWith('[')) return 'json';
  if (text.startsWith('<')) {
    if (/<gexf[\s>]/.test(text)) return 'gexf';
    if (/<graphml[\s>]/.test(text)) return 'graphml';
    throw new ImportError('this XML file is neither GEXF nor GraphML');
  }
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'gexf' || ext === 'graphml' || ext === 'json') throw new ImportError(`the file is named .${ext} but does not look like ${ext.toUpperCase()}`);
  return 'csv';
}

/** Why an edge read from a graph file cannot be added (an end the file does not list, a self-loop), or null. */
export function edgeProblem(graph: WaslGraph, source: string, target: string): string | null {
  if (!graph.hasNode(source) || !graph.hasNode(target)) {
    return `names a node that the file does not list (${graph.hasNode(source) ? target : source})`;
  }
  return source === target ? 'self-loop' : null;
}

export function emptyGraph(title = 'Imported graph', relations: readonly RelationType[] = []): WaslGraph {
  const graph: WaslGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ schema: 1, title, articles: [], relations: relations.map((r) => ({ ...r })) });
  return graph;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Node attributes for an id that only an edge names (or a file node without Wasl's attributes). */
export function defaultNodeAttributes(id: string, label: string = id, kind = 'organization'): NodeAttributes {
  const arabic = ARABIC.test(label);
  return { label, label_en: arabic ? '' : label, label_ar: arabic ? label : '', kind: kind as NodeAttributes['kind'], mentions: 0, articles: [] };
}

/** Make any node attributes fit NodeAttributes: label, label_en, label_ar, kind, mentions, articles. */
export function normalizeNodeAttributes(id: string, attrs: Record<string, unknown>, defaultKind = 'organization'): NodeAttributes {
  const label = typeof attrs.label === 'string' && attrs.label ? attrs.label : String(attrs.label_en || attrs.label_ar || id);
  const base = defaultNodeAttributes(id, label, typeof attrs.kind === 'string' && attrs.kind ? attrs.kind : defaultKind);
  const out: NodeAttributes = { ...attrs, ...base };
  if (typeof attrs.label_en === 'string') out.label_en = attrs.label_en;
  if (typeof attrs.label_ar === 'string') out.label_ar = attrs.label_ar;
  out.mentions = typeof attrs.mentions === 'number' ? attrs.mentions : 0;
  out.articles = Array.isArray(attrs.articles) ? attrs.articles.map(String) : [];
  if (attrs.articles !== undefined && !Array.isArray(attrs.articles)) out.attr_articles = attrs.articles;
  if (attrs.mentions !== undefined && typeof attrs.mentions !== 'number') out.attr_mentions = attrs.mentions;
  return out;
}

/** Make any edge attributes fit EdgeAttributes: relation, label, evidence, weight. */
export function normalizeEdgeAttributes(attrs: Record<string, unknown>, relationLabel: (id: string) => string = (id) => id): EdgeAttributes {
  const relation = typeof attrs.relation === 'string' && attrs.relation ? attrs.relation : 'related';
  const out: EdgeAttributes = { ...attrs, relation, label: '', evidence: [], weight: 1 };
  out.label = typeof attrs.label === 'string' && attrs.label ? attrs.label : relationLabel(relation);
  if (Array.isArray(attrs.evidence)) out.evidence = attrs.evidence as EdgeAttributes['evidence'];
  else if (attrs.evidence !== undefined) out.attr_evidence = attrs.evidence;
  const w = Number(attrs.weight);
  out.weight = attrs.weight !== undefined && attrs.weight !== '' && Number.isFinite(w) ? w : 1;
  return out;
}

/** The evidence of every imported edge: none, one shared frozen array (a million empty arrays cost memory and GC time). */
const NO_EVIDENCE: EdgeAttributes['evidence'] = Object.freeze([]) as unknown as EdgeAttributes['evidence'];

export interface ImporterOptions {
  /** Graph to merge into (it is modified); a new empty graph when absent. */
  base?: WaslGraph | null;
  title?: string;
  /** The relation vocabulary, for edge labels and the graph's `relations` attribute. */
  relations?: readonly RelationType[];
  /** Kind of nodes the files do not give one. */
  defaultKind?: string;
  /** How many rejected rows are kept for the report (all are counted). */
  maxListedRejects?: number;
}

/** What an import did, for the page and the downloadable report. */
export interface ImportSummary {
  rows: number;
  nodesAdded: number;
  edgesAdded: number;
  /** Rows that repeated an edge already read (same source, relation, target, date): weights summed. */
  edgesMerged: number;
  rejectedCount: number;
  /** The first `maxListedRejects` rejected rows, in file order. */
  rejected: RejectedRow[];
}

/**
 * Builds (or extends) a graph from parsed CSV rows, one batch at a time. Edges keep their `Id` as key;
 * without one the key is `source|relation|target|date` as in the articles graph, and repeated rows add
 * their weight to one edge.
 */
export class GraphImporter {
  readonly graph: WaslGraph;
  readonly summary: ImportSummary = { rows: 0, nodesAdded: 0, edgesAdded: 0, edgesMerged: 0, rejectedCount: 0, rejected: [] };
  /** Edge keys read in this import: needed only when merging into a graph that has edges already. */
  private readonly seen: Set<string> | null;
  private readonly labels: Map<string, string>;
  private readonly defaultKind: string;
  private readonly maxListed: number;
  private readonly relations: Map<string, RelationType>;
  /** Relations of the edges added (so `finish` need not walk every edge). */
  private readonly used = new Set<string>();

  constructor(options: ImporterOptions = {}) {
    this.graph = options.base ?? emptyGraph(options.title, []);
    this.seen = this.graph.size > 0 ? new Set() : null;
    this.graph.forEachEdge((_, a) => this.used.add(a.relation));
    const known = [...((this.graph.getAttribute('relations') as RelationType[] | undefined) ?? []), ...(options.relations ?? [])];
    this.relations = new Map(known.map((r) => [r.id, r]));
    this.labels = new Map(known.map((r) => [r.id, r.label_en]));
    this.defaultKind = options.defaultKind ?? 'organization';
    this.maxListed = options.maxListedRejects ?? 100_000;
    if (!this.graph.getAttribute('schema')) this.graph.replaceAttributes({ schema: 1, title: options.title ?? 'Imported graph', articles: [], relations: [] });
  }

  /** Count and list one rejected row (`summary.rows` counts it only through `addEdge` or the caller). */
  reject(row: number, reason: string): void {
    this.summary.rejectedCount++;
    if (this.summary.rejected.length < this.maxListed) this.summary.rejected.push({ row, reason });
  }

  private addDefaultNode(id: string): void {
    this.graph.addNode(id, defaultNodeAttributes(id, id, this.defaultKind));
    this.summary.nodesAdded++;
  }

  /** Add one parsed edge row (`row`: its number in the file, for the report of rejected rows). */
  addEdge(e: ParsedEdge, row: number): void {
    const extra: EdgeExtra = { attrs: e.attrs };
    if (e.id !== undefined) extra.id = e.id;
    if (e.label !== undefined) extra.label = e.label;
    if (e.undirected) extra.undirected = true;
    if (e.time.intervals !== undefined) extra.intervals = e.time.intervals;
    this.add(e.source, e.target, e.relation, e.time.date, e.time.dateEnd, e.weight, row, extra, false, -1, -1);
  }

  /** The import's string table: each batch's new strings are appended in order (see `EdgeBatch`). */
  private names: string[] = [];
  /** Per string of the table: 1 once it is known to be a node of the graph (saves a lookup per edge end). */
  private isNode = new Uint8Array(1024);
  /** Whether any row had an Id (such keys may collide with generated ones: every edge is then checked). */
  private hadIds = false;

  /** Take in a batch's new strings; call once per batch, before `addEdgeAt`. */
  receive(b: EdgeBatch): void {
    for (const s of b.names) this.names.push(s);
    if (this.isNode.length < this.names.length) {
      const grown = new Uint8Array(Math.max(this.names.length, this.isNode.length * 2));
      grown.set(this.isNode);
      this.isNode = grown;
    }
  }

  /** Add edge `i` of a batch (received first). */
  addEdgeAt(b: EdgeBatch, i: number): void {
    const n = this.names;
    const d = b.date[i]!;
    const de = b.dateEnd[i]!;
    const s = b.source[i]!;
    const t = b.target[i]!;
    this.add(n[s]!, n[t]!, n[b.relation[i]!]!, d < 0 ? undefined : n[d], de < 0 ? undefined : n[de], b.weight[i]!, b.rows[i]!, b.extra.get(i), b.repeat[i] === 1, s, t);
  }

  private ensureNode(id: string, name: number): void {
    if (name >= 0 && this.isNode[name]) return;
    if (!this.graph.hasNode(id)) this.addDefaultNode(id);
    if (name >= 0) this.isNode[name] = 1;
  }

  /**
   * One edge row. `repeat`: the reader saw the same row (no Id) earlier in this import. `s`, `t`: the
   * ends' positions in the string table, or -1.
   */
  private add(source: string, target: string, relation: string, date: string | undefined, dateEnd: string | undefined, weight: number, row: number, x: EdgeExtra | undefined, repeat: boolean, s: number, t: number): void {
    this.summary.rows++;
    const g = this.graph;
    const id = x?.id;
    if (id !== undefined) this.hadIds = true;
    const key = id ?? edgeKey(source, relation, target, date);
    // Fast path: a new graph, rows without Id, a row not seen before: the key cannot exist yet.
    const checked = this.seen !== null || this.hadIds || s < 0;
    const exists = checked ? g.hasEdge(key) : repeat;
    const seenHere = exists && (this.seen ? this.seen.has(key) : true);
    if (seenHere) {
      if (id !== undefined) return this.reject(row, `duplicate edge Id "${id.slice(0, 40)}"`);
      g.getEdgeAttributes(key).weight += weight;
      this.summary.edgesMerged++;
      return;
    }
    if (exists && (g.source(key) !== source || g.target(key) !== target)) {
      return this.reject(row, `edge Id "${key.slice(0, 40)}" is already used by another edge`);
    }
    this.seen?.add(key);
    this.ensureNode(source, s);
    this.ensureNode(target, t);
    const extra = x?.attrs;
    const attrs: EdgeAttributes = extra ? { ...extra, relation, label: '', evidence: NO_EVIDENCE, weight } : { relation, label: '', evidence: NO_EVIDENCE, weight };
    attrs.label = x?.label ?? this.labels.get(relation) ?? relation;
    attrs.weight = weight;
    if (date !== undefined) attrs.date = date;
    if (dateEnd !== undefined) attrs.dateEnd = dateEnd;
    if (x?.intervals !== undefined) attrs.intervals = x.intervals;
    if (extra && extra.evidence !== undefined) {
      if (Array.isArray(extra.evidence)) attrs.evidence = extra.evidence as EdgeAttributes['evidence'];
      else {
        attrs.evidence = [];
        attrs.attr_evidence = extra.evidence;
      }
    }
    if (x?.undirected) attrs.undirected = true;
    if (exists) g.replaceEdgeAttributes(key, attrs);
    else {
      g.addDirectedEdgeWithKey(key, source, target, attrs);
      this.summary.edgesAdded++;
    }
    if (!this.used.has(relation)) {
      this.used.add(relation);
      if (!this.relations.has(relation)) this.relations.set(relation, { id: relation, label_en: relation, label_ar: relation, cameo: '', plover: '' });
    }
  }

  /** Add one parsed node row: new nodes are created, known ones get the row's label, kind and attributes. */
  addNode(n: ParsedNode): void {
    const g = this.graph;
    const had = g.hasNode(n.id);
    const current = had ? g.getNodeAttributes(n.id) : defaultNodeAttributes(n.id, n.label ?? n.id, this.defaultKind);
    const next: Record<string, unknown> = { ...current, ...n.attrs };
    if (n.label) next.label = n.label;
    if (n.kind) next.kind = n.kind;
    if (n.label_en !== undefined || n.label_ar !== undefined) {
      next.label_en = n.label_en ?? '';
      next.label_ar = n.label_ar ?? '';
    } else if (n.label) {
      // A label alone names the node in its own script; the other language's label is kept.
      if (ARABIC.test(n.label)) next.label_ar = n.label;
      else next.label_en = n.label;
    }
    const attrs = normalizeNodeAttributes(n.id, next, this.defaultKind);
    if (had) g.replaceNodeAttributes(n.id, attrs);
    else {
      g.addNode(n.id, attrs);
      this.summary.nodesAdded++;
    }
  }

  /** The graph, with its `relations` attribute listing every relation its edges use. */
  finish(): WaslGraph {
    const relations = [...this.relations.values()].filter((r) => this.used.has(r.id));
    const previous = (this.graph.getAttribute('relations') as RelationType[] | undefined) ?? [];
    const ids = new Set(previous.map((r) => r.id));
    this.graph.setAttribute('relations', [...previous, ...relations.filter((r) => !ids.has(r.id))]);
    return this.graph;
  }
}

/**
 * Adds the nodes and edges of another graph to `target` (modified) one at a time, so a graph read in a
 * worker can be added in slices: the same node id is the same node (its attributes updated), the same
 * edge key between the same ends the same edge; a key used between other ends gets a new key.
 * Self-loops are skipped. Attribute objects passed in are kept (not copied).
 */
export class GraphMerger {
  nodesAdded = 0;
  edgesAdded = 0;

  constructor(readonly target: WaslGraph) {}

  addNode(node: string, attrs: NodeAttributes): void {
    const g = this.target;
    if (g.hasNode(node)) g.mergeNodeAttributes(node, attrs);
    else {
      g.addNode(node, attrs);
      this.nodesAdded++;
    }
  }

  addEdge(edge: string, source: string, target: string, attrs: EdgeAttributes): void {
    const g = this.target;
    if (source === target) return;
    if (g.hasEdge(edge)) {
      if (g.source(edge) === source && g.target(edge) === target) return void g.mergeEdgeAttributes(edge, attrs);
      g.addDirectedEdge(source, target, attrs);
    } else g.addDirectedEdgeWithKey(edge, source, target, attrs);
    this.edgesAdded++;
  }

  /** Take in the other graph's relations and articles (those the target lacks). */
  finish(attributes: Partial<GraphAttributes>): void {
    const g = this.target;
    const rel = (a: Partial<GraphAttributes>) => (a.relations as RelationType[] | undefined) ?? [];
    const ids = new Set(rel(g.getAttributes()).map((r) => r.id));
    g.setAttribute('relations', [...rel(g.getAttributes()), ...rel(attributes).filter((r) => !ids.has(r.id))]);
    const art = (a: Partial<GraphAttributes>) => (a.articles as GraphAttributes['articles'] | undefined) ?? [];
    const aids = new Set(art(g.getAttributes()).map((a) => a.id));
    g.setAttribute('articles', [...art(g.getAttributes()), ...art(attributes).filter((a) => !aids.has(a.id))]);
  }
}

/**
 * Merge `source` into `target` (modified) by GraphMerger's rules. Returns what was added.
 */
export function mergeGraph(target: WaslGraph, source: WaslGraph): { nodesAdded: number; edgesAdded: number } {
  const merger = new GraphMerger(target);
  source.forEachNode((node, attrs) => merger.addNode(node, { ...attrs }));
  source.forEachEdge((edge, attrs, s, t) => merger.addEdge(edge, s, t, { ...attrs }));
  merger.finish(source.getAttributes());
  return { nodesAdded: merger.nodesAdded, edgesAdded: merger.edgesAdded };
}

/** A readable report of rejected rows, as CSV (`row,reason`). */
export function rejectedRowsCsv(rejected: readonly RejectedRow[]): string {
  const esc = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return ['row,reason', ...rejected.map((r) => `${r.row},${esc(r.reason)}`)].join('\r\n') + '\r\n';
}


export interface CsvTextImportOptions extends ImporterOptions {
  /** Column roles of the edge list (default: recognised from its header). */
  roles?: EdgeRole[];
  dateOrder?: DateOrder;
  /** An optional node list. */
  nodesText?: string;
}

/**
 * Import a whole CSV edge list held in memory (tests, small files, the CLI). The app streams big files
 * through a worker instead, with the same readers and the same importer.
 */
export function importCsvText(text: string, options: CsvTextImportOptions = {}): { graph: WaslGraph; summary: ImportSummary } {
  const head = previewCsv(text, 0);
  if (!head) throw new ImportError('the file has no header row');
  const roles = options.roles ?? recognizeEdgeColumns(head.header);
  if (!isCompleteEdgeMapping(roles)) throw new ImportError(`no Source and Target columns in the header (${head.header.join(', ').slice(0, 200)})`);
  const importer = new GraphImporter(options);
  if (options.nodesText) {
    const nodes = Papa.parse<string[]>(options.nodesText.replace(/^\uFEFF/, ''), { delimitersToGuess: CSV_DELIMITERS });
    const [header, ...rows] = nodes.data;
    if (header) {
      const reader = new NodeRowReader(header, recognizeNodeColumns(header));
      for (const cells of rows) {
        if (isBlankRecord(cells)) continue;
        const n = reader.read(cells);
        if (typeof n !== 'string') importer.addNode(n);
      }
    }
  }
  const reader = new EdgeRowReader(head.header, roles, { dateOrder: options.dateOrder ?? 'dmy', relations: options.relations ?? [] });
  const res = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: head.delimiter });
  const bad = new Map(res.errors.filter((e) => e.row !== undefined).map((e) => [e.row!, e.message]));
  for (let i = 1; i < res.data.length; i++) {
    const cells = res.data[i]!;
    if (isBlankRecord(cells)) continue;
    const row = i + 1;
    if (bad.has(i)) {
      importer.summary.rows++;
      importer.reject(row, `malformed quotes (${bad.get(i)})`);
      continue;
    }
    const e = reader.read(cells);
    if (typeof e === 'string') {
      importer.summary.rows++;
      importer.reject(row, e);
    } else importer.addEdge(e, row);
  }
  return { graph: importer.finish(), summary: importer.summary };
}

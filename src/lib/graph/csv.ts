/**
 * CSV edge lists and node lists (DESIGN: CSV contract): header recognition, one row → one edge or node
 * (or the reason it is rejected), and writing CSV with Gephi's headers. Pure: the streaming, the worker
 * and the graph are elsewhere (src/app/import/csv.worker.ts, ./import.ts).
 */
import Papa from 'papaparse';
import type { RelationType } from '../types.ts';
import { attributesToSpans, dateEndOf, dateStartOf, formatTimeset, parseDate, parseTimeset, spansToAttributes, type DateOrder, type TimeAttributes } from './dates.ts';

/** What a column of an edge list means. `attribute` columns become edge attributes; `ignore` ones are dropped. */
export type EdgeRole =
  | 'source' | 'target' | 'type' | 'relation' | 'id' | 'label' | 'weight' | 'timeset' | 'start' | 'end' | 'date'
  | 'attribute' | 'ignore';
/** What a column of a node list means. */
export type NodeRole = 'id' | 'label' | 'label_en' | 'label_ar' | 'kind' | 'attribute' | 'ignore';

/** Header aliases, matched case-insensitively after trimming (and after dropping spaces, `_` and `-`). */
export const EDGE_ALIASES: Record<Exclude<EdgeRole, 'attribute' | 'ignore'>, readonly string[]> = {
  source: ['source', 'from', 'src', 'sourceid', 'المصدر', 'من'],
  target: ['target', 'to', 'dst', 'targetid', 'الهدف', 'إلى', 'الى'],
  type: ['type'],
  relation: ['kind', 'relation', 'relationship', 'rel', 'العلاقة'],
  id: ['id'],
  label: ['label'],
  weight: ['weight', 'value', 'الوزن'],
  timeset: ['timeset', 'interval', 'intervals'],
  start: ['start', 'startdate'],
  end: ['end', 'enddate'],
  date: ['date', 'time', 'التاريخ'],
};
export const NODE_ALIASES: Record<Exclude<NodeRole, 'attribute' | 'ignore'>, readonly string[]> = {
  id: ['id', 'node', 'nodeid', 'key'],
  label: ['label', 'name', 'الاسم'],
  label_en: ['labelen'],
  label_ar: ['labelar'],
  kind: ['kind', 'category', 'النوع'],
};

/** Attribute names Sigma reserves for drawing, and names Wasl's own attributes use: other columns by these names are renamed. */
export const SIGMA_RESERVED = ['type', 'x', 'y', 'size', 'color', 'label', 'hidden', 'zIndex', 'forceLabel', 'highlighted'];
const EDGE_CORE = ['relation', 'date', 'dateEnd', 'intervals', 'weight', 'undirected', 'key', 'source', 'target'];
const NODE_CORE = ['kind', 'label_en', 'label_ar', 'key'];

const squash = (s: string) => s.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, '');

function matchRole<R extends string>(name: string, aliases: Record<R, readonly string[]>): R | null {
  const k = squash(name);
  for (const [role, names] of Object.entries(aliases) as [R, readonly string[]][]) {
    if (names.some((n) => squash(n) === k)) return role;
  }
  return null;
}

/**
 * The name an extra column (or a GEXF/GraphML attribute) gets as an attribute: names Sigma reserves get an
 * `attr_` prefix, and so do Wasl's own attribute names when `core` (CSV columns whose role was not taken).
 */
export function attributeName(header: string, kind: 'edge' | 'node', core = true): string {
  const name = header.replace(/^\uFEFF/, '').trim() || 'column';
  const own = kind === 'edge' ? EDGE_CORE : NODE_CORE;
  const reserved = [...SIGMA_RESERVED, ...(core ? own : [])];
  return reserved.includes(name) || reserved.some((r) => r.toLowerCase() === name.toLowerCase()) ? `attr_${name}` : name;
}

/** Roles of the columns of an edge list, from its header. The first column that matches a role takes it. */
export function recognizeEdgeColumns(header: readonly string[]): EdgeRole[] {
  const taken = new Set<EdgeRole>();
  return header.map((h) => {
    const role = matchRole(h, EDGE_ALIASES);
    if (!role || taken.has(role)) return 'attribute';
    taken.add(role);
    return role;
  });
}

export function recognizeNodeColumns(header: readonly string[]): NodeRole[] {
  const taken = new Set<NodeRole>();
  return header.map((h) => {
    const role = matchRole(h, NODE_ALIASES);
    if (!role || taken.has(role)) return 'attribute';
    taken.add(role);
    return role;
  });
}

/** An edge list needs a source and a target column. */
export function isCompleteEdgeMapping(roles: readonly EdgeRole[]): boolean {
  return roles.includes('source') && roles.includes('target');
}

/** A node list has an id column and no source/target columns. */
export function looksLikeNodeList(header: readonly string[]): boolean {
  const edge = recognizeEdgeColumns(header);
  return !isCompleteEdgeMapping(edge) && recognizeNodeColumns(header).includes('id');
}

/** Whether a parsed CSV record is a blank line (skipped, not rejected). */
export const isBlankRecord = (cells: readonly string[]) => cells.length === 0 || (cells.length === 1 && cells[0]!.trim() === '');

/** One accepted edge row. */
export interface ParsedEdge {
  source: string;
  target: string;
  relation: string;
  id?: string;
  label?: string;
  weight: number;
  undirected: boolean;
  time: TimeAttributes;
  attrs: Record<string, unknown>;
}

/** The rare parts of an edge row (most rows have none): kept sparse in a batch. */
export interface EdgeExtra {
  id?: string;
  label?: string;
  undirected?: true;
  intervals?: [string, string][];
  attrs?: Record<string, unknown>;
}

/**
 * Parsed edges in columns, as the CSV worker posts them to the UI thread. Strings (node ids, relations,
 * dates) are interned: one table per import, of which each batch carries only the strings first seen in
 * it (`names`, appended to the receiver's table in order); a row is a few numbers in typed arrays whose
 * buffers are transferred, not copied. The rare columns are in `extra`, by row position.
 */
export interface EdgeBatch {
  count: number;
  names: string[];
  /** Spreadsheet row number of each edge (for the report of rejected rows). */
  rows: Int32Array;
  /** Indices into the import's string table; -1 for no date. */
  source: Int32Array;
  target: Int32Array;
  relation: Int32Array;
  date: Int32Array;
  dateEnd: Int32Array;
  weight: Float64Array;
  /** 1 when the row repeats an earlier row of this import (same source, relation, target, date; no Id). */
  repeat: Uint8Array;
  extra: Map<number, EdgeExtra>;
}

/** Turns parsed edge rows into `EdgeBatch`es: interns strings and marks repeated rows across the whole import. */
export class EdgeBatchWriter {
  private readonly table = new Map<string, number>();
  private readonly keys = new Set<string>();
  private names: string[] = [];
  private b: EdgeBatch;

  constructor(private readonly capacity = 16_384) {
    this.b = this.fresh(capacity);
  }

  private fresh(n: number): EdgeBatch {
    return {
      count: 0, names: [], rows: new Int32Array(n), source: new Int32Array(n), target: new Int32Array(n), relation: new Int32Array(n),
      date: new Int32Array(n), dateEnd: new Int32Array(n), weight: new Float64Array(n), repeat: new Uint8Array(n), extra: new Map(),
    };
  }

  private intern(s: string): number {
    let i = this.table.get(s);
    if (i === undefined) {
      i = this.table.size;
      this.table.set(s, i);
      this.names.push(s);
    }
    return i;
  }

  get count(): number {
    return this.b.count;
  }

  push(e: ParsedEdge, row: number): void {
    let b = this.b;
    if (b.count === b.rows.length) {
      const bigger = this.fresh(b.count * 2);
      for (const k of ['rows', 'source', 'target', 'relation', 'date', 'dateEnd', 'weight', 'repeat'] as const) (bigger[k] as Int32Array).set(b[k] as Int32Array);
      bigger.count = b.count;
      bigger.extra = b.extra;
      b = this.b = bigger;
    }
    const i = b.count++;
    b.rows[i] = row;
    const s = (b.source[i] = this.intern(e.source));
    const t = (b.target[i] = this.intern(e.target));
    const r = (b.relation[i] = this.intern(e.relation));
    const d = (b.date[i] = e.time.date === undefined ? -1 : this.intern(e.time.date));
    b.dateEnd[i] = e.time.dateEnd === undefined ? -1 : this.intern(e.time.dateEnd);
    b.weight[i] = e.weight;
    b.repeat[i] = 0;
    if (e.id === undefined) {
      const key = `${s} ${r} ${t} ${d}`;
      if (this.keys.has(key)) b.repeat[i] = 1;
      else this.keys.add(key);
    }
    let x: EdgeExtra | null = null;
    const extra = () => (x ??= {});
    if (e.id !== undefined) extra().id = e.id;
    if (e.label !== undefined) extra().label = e.label;
    if (e.undirected) extra().undirected = true;
    if (e.time.intervals !== undefined) extra().intervals = e.time.intervals;
    for (const _ in e.attrs) {
      extra().attrs = e.attrs;
      break;
    }
    if (x) b.extra.set(i, x);
  }

  /** The batch so far (its buffers may be transferred), and a new empty one to fill. */
  take(): { batch: EdgeBatch; transfer: ArrayBuffer[] } {
    const b = this.b;
    b.names = this.names;
    this.names = [];
    this.b = this.fresh(this.capacity);
    const transfer = [b.rows, b.source, b.target, b.relation, b.date, b.dateEnd, b.weight, b.repeat].map((a) => a.buffer as ArrayBuffer);
    return { batch: b, transfer };
  }
}

export interface ParsedNode {
  id: string;
  label?: string;
  label_en?: string;
  label_ar?: string;
  kind?: string;
  attrs: Record<string, unknown>;
}

/** One rejected row: its number (the header is row 1, as in a spreadsheet) and why. */
export interface RejectedRow {
  row: number;
  reason: string;
}

export interface CsvReadOptions {
  /** Day/month order of slashed dates. */
  dateOrder: DateOrder;
  /** The relation vocabulary: `Met`, `sent envoy`, `التقى` are matched to `met`, `sent_envoy`, `met`. */
  relations: readonly Pick<RelationType, 'id' | 'label_en' | 'label_ar'>[];
  /** Relation of rows without one. */
  defaultRelation: string;
}

export const DEFAULT_CSV_READ_OPTIONS: CsvReadOptions = { dateOrder: 'dmy', relations: [], defaultRelation: 'related' };

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?$/;
const FORMULA_ESCAPED = /^'[=+\-@\t\r]/;
/** JSON-valued attributes that Wasl writes into CSV cells and reads back. */
const JSON_ATTRIBUTES = new Set(['evidence', 'articles']);

/** A cell's value as an attribute: numbers become numbers; the `'` that guards a formula is removed. */
export function cellValue(cell: string, name = ''): unknown {
  if (JSON_ATTRIBUTES.has(name) && /^[[{]/.test(cell)) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell;
    }
  }
  if (NUMBER.test(cell) && cell.length < 16) return Number(cell);
  if (cell === 'true' || cell === 'false') return cell === 'true';
  return FORMULA_ESCAPED.test(cell) ? cell.slice(1) : cell;
}

function parseWeight(cell: string): number | null {
  const s = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!s) return 1;
  const n = Number(s);
  return NUMBER.test(s) && Number.isFinite(n) ? n : null;
}

/** A relation name as matched against the vocabulary: lower case, `_` for spaces and dashes, no Arabic diacritics. */
const relationName = (s: string) => s.trim().toLowerCase().replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[\s-]+/g, '_');

/** Reads the rows of one edge list, given the roles of its columns. */
export class EdgeRowReader {
  readonly names: string[];
  private readonly relationIds: Map<string, string>;
  private readonly col: Partial<Record<EdgeRole, number>> = {};
  private readonly opts: CsvReadOptions;

  constructor(readonly header: readonly string[], readonly roles: readonly EdgeRole[], options: Partial<CsvReadOptions> = {}) {
    this.opts = { ...DEFAULT_CSV_READ_OPTIONS, ...options };
    if (!isCompleteEdgeMapping(roles)) throw new Error('EdgeRowReader: the mapping needs a source and a target column');
    roles.forEach((r, i) => {
      if (r !== 'attribute' && r !== 'ignore' && this.col[r] === undefined) this.col[r] = i;
    });
    this.names = header.map((h) => attributeName(h, 'edge'));
    this.relationIds = new Map();
    for (const r of this.opts.relations) {
      for (const name of [r.label_ar, r.label_en, r.id]) if (name) this.relationIds.set(relationName(name), r.id);
    }
  }

  private relation(cell: string | undefined): string {
    const raw = (cell ?? '').trim();
    if (!raw) return this.opts.defaultRelation;
    return this.relationIds.get(relationName(raw)) ?? raw;
  }

  private time(cells: readonly string[]): TimeAttributes | string {
    const { dateOrder } = this.opts;
    const get = (role: EdgeRole) => (this.col[role] === undefined ? '' : (cells[this.col[role]!] ?? ''));
    const timeset = get('timeset');
    if (timeset.trim()) {
      const spans = parseTimeset(timeset, dateOrder);
      if (spans === null) return `unparseable timeset "${timeset.trim().slice(0, 60)}"`;
      if (spans) return spansToAttributes(spans);
    }
    const start = parseDate(get('start') || get('date'), dateOrder);
    const end = parseDate(get('end'), dateOrder);
    if (start === null) return `unparseable date "${(get('start') || get('date')).trim().slice(0, 60)}"`;
    if (end === null) return `unparseable end date "${get('end').trim().slice(0, 60)}"`;
    if (!start && !end) return {};
    const span = { start: (start ?? end)!, end: (end ?? start)! };
    if (dateEndOf(span.end) < dateStartOf(span.start)) return `end date ${span.end} before start ${span.start}`;
    return spansToAttributes([span]);
  }

  /** One row → an edge, or the reason it is rejected. */
  read(cells: readonly string[]): ParsedEdge | string {
    if (cells.length !== this.header.length) return `wrong column count (expected ${this.header.length}, got ${cells.length})`;
    const source = cells[this.col.source!]!.trim();
    const target = cells[this.col.target!]!.trim();
    if (!source) return 'missing source';
    if (!target) return 'missing target';
    if (source === target) return 'source and target are the same';
    let undirected = false;
    if (this.col.type !== undefined) {
      const type = cells[this.col.type]!.trim().toLowerCase();
      if (type === 'undirected' || type === 'mutual') undirected = true;
      else if (type && type !== 'directed') return `unknown Type "${type.slice(0, 30)}" (Directed or Undirected)`;
    }
    let weight = 1;
    if (this.col.weight !== undefined) {
      const w = parseWeight(cells[this.col.weight]!);
      if (w === null) return `weight "${cells[this.col.weight]!.trim().slice(0, 30)}" is not a number`;
      weight = w;
    }
    const time = this.time(cells);
    if (typeof time === 'string') return time;
    const edge: ParsedEdge = { source, target, relation: this.relation(this.col.relation === undefined ? '' : cells[this.col.relation]), weight, undirected, time, attrs: {} };
    if (this.col.id !== undefined && cells[this.col.id]!.trim()) edge.id = cells[this.col.id]!.trim();
    if (this.col.label !== undefined && cells[this.col.label]!.trim()) edge.label = cellValue(cells[this.col.label]!.trim()) as string;
    readAttributes(cells, this.roles, this.names, edge.attrs);
    return edge;
  }
}

/** Copies the non-empty cells of the columns mapped to 'attribute' into `attrs`, under their names. */
function readAttributes(cells: readonly string[], roles: readonly string[], names: readonly string[], attrs: Record<string, unknown>): void {
  for (let i = 0; i < cells.length; i++) {
    if (roles[i] !== 'attribute') continue;
    const cell = cells[i]!.trim();
    if (cell) attrs[names[i]!] = cellValue(cell, names[i]);
  }
}

/** Reads the rows of one node list. */
export class NodeRowReader {
  readonly names: string[];
  private readonly col: Partial<Record<NodeRole, number>> = {};

  constructor(readonly header: readonly string[], readonly roles: readonly NodeRole[]) {
    if (!roles.includes('id')) throw new Error('NodeRowReader: the mapping needs an Id column');
    roles.forEach((r, i) => {
      if (r !== 'attribute' && r !== 'ignore' && this.col[r] === undefined) this.col[r] = i;
    });
    this.names = header.map((h) => attributeName(h, 'node'));
  }

  read(cells: readonly string[]): ParsedNode | string {
    if (cells.length !== this.header.length) return `wrong column count (expected ${this.header.length}, got ${cells.length})`;
    const id = cells[this.col.id!]!.trim();
    if (!id) return 'missing Id';
    const node: ParsedNode = { id, attrs: {} };
    for (const role of ['label', 'label_en', 'label_ar', 'kind'] as const) {
      const i = this.col[role];
      const v = i === undefined ? '' : cells[i]!.trim();
      if (v) node[role] = String(cellValue(v));
    }
    readAttributes(cells, this.roles, this.names, node.attrs);
    return node;
  }
}

/** The first rows of a CSV text, with its detected delimiter: what the mapping dialog previews. */
export interface CsvPreview {
  delimiter: string;
  header: string[];
  rows: string[][];
}

export const CSV_DELIMITERS = [',', ';', '\t', '|'];

/** Parse the head of a CSV/TSV text (BOM removed, delimiter detected). `null` when it has no header row. */
export function previewCsv(text: string, maxRows = 200): CsvPreview | null {
  const body = text.replace(/^\uFEFF/, '');
  const res = Papa.parse<string[]>(body, { preview: maxRows + 1, delimitersToGuess: CSV_DELIMITERS, skipEmptyLines: 'greedy' });
  const [header, ...rows] = res.data;
  if (!header || header.every((h) => !h.trim())) return null;
  return { delimiter: res.meta.delimiter, header: header.map((h) => h.trim()), rows };
}

// ---- writing -------------------------------------------------------------------------------------

const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell: strings that begin like a formula (`=`, `+`, `-`, `@`) get a leading `'`; objects become JSON. */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** Write rows of cells as RFC 4180 CSV (quotes where needed, CRLF line ends, as Gephi and spreadsheets expect). */
export function writeCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return Papa.unparse({ fields: [...header], data: rows.map((r) => r.map(csvCell)) }, { newline: '\r\n' }) + '\r\n';
}

/** What the CSV writers need of a graph (a graphology graph fits). */
export interface GraphLike {
  forEachNode(cb: (node: string, attrs: Record<string, unknown>) => void): void;
  forEachEdge(cb: (edge: string, attrs: Record<string, unknown>, source: string, target: string) => void): void;
}

const EDGE_WRITTEN = new Set(['relation', 'label', 'date', 'dateEnd', 'intervals', 'weight', 'undirected', ...SIGMA_RESERVED]);
const NODE_WRITTEN = new Set(['label', 'kind', ...SIGMA_RESERVED]);

function extraColumns(items: Iterable<Record<string, unknown>>, skip: Set<string>): string[] {
  const names = new Set<string>();
  for (const attrs of items) for (const k of Object.keys(attrs)) if (!skip.has(k)) names.add(k);
  return [...names].sort();
}

/**
 * Edges as Gephi's edge table: `Source,Target,Type,Id,Label,timeset,Weight,Relation`, then every other
 * attribute in name order. `keep` chooses the edges (default: all).
 */
export function edgesToCsv(graph: GraphLike, keep?: (edge: string) => boolean): string {
  const edges: [string, Record<string, unknown>, string, string][] = [];
  graph.forEachEdge((e, a, s, t) => {
    if (!keep || keep(e)) edges.push([e, a, s, t]);
  });
  const extra = extraColumns(edges.map((e) => e[1]), EDGE_WRITTEN);
  const header = ['Source', 'Target', 'Type', 'Id', 'Label', 'timeset', 'Weight', 'Relation', ...extra];
  const rows = edges.map(([key, a, s, t]) => [
    s,
    t,
    a.undirected ? 'Undirected' : 'Directed',
    key,
    a.label,
    formatTimeset(attributesToSpans(a)),
    a.weight ?? 1,
    a.relation,
    ...extra.map((k) => a[k]),
  ]);
  return writeCsv(header, rows);
}

/** Nodes as Gephi's node table: `Id,Label,Kind`, then every other attribute in name order. */
export function nodesToCsv(graph: GraphLike, keep?: (node: string) => boolean): string {
  const nodes: [string, Record<string, unknown>][] = [];
  graph.forEachNode((n, a) => {
    if (!keep || keep(n)) nodes.push([n, a]);
  });
  const extra = extraColumns(nodes.map((n) => n[1]), NODE_WRITTEN);
  const header = ['Id', 'Label', 'Kind', ...extra];
  return writeCsv(header, nodes.map(([key, a]) => [key, a.label, a.kind, ...extra.map((k) => a[k])]));
}

/** The relation vocabulary from `data/lexicon/relations.csv` (`id,label_en,label_ar,cameo,plover,…`). */
export function parseRelationVocabulary(text: string): RelationType[] {
  const res = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  return res.data
    .filter((r) => r.id)
    .map((r) => ({ id: r.id!.trim(), label_en: r.label_en ?? r.id!, label_ar: r.label_ar ?? '', cameo: r.cameo ?? '', plover: r.plover ?? '' }));
}

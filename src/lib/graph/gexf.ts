/**
 * GEXF 1.3 in and out, with time: edges carry `start`/`end` (and `<spells>` for several intervals) so
 * Gephi's timeline sees them; Wasl's own partial dates travel as the `date`, `dateEnd` and `intervals`
 * attributes, so a written file reads back into the same graph. The XML parser is passed in (the
 * browser's DOMParser by default; the import worker and the tests pass src/app/import/xml.ts's xmldom).
 */
import type { EdgeAttributes, RelationType } from '../types.ts';
import type { WaslGraph } from './build.ts';
import { selectForWrite, type WriteSelection } from './select.ts';
import { attributeName } from './csv.ts';
import { attributesToSpans, dateEndOf, dateStartOf, parseDate, spansToAttributes, type DateSpan } from './dates.ts';
import { edgeProblem, emptyGraph, ImportError, normalizeEdgeAttributes, normalizeNodeAttributes } from './import.ts';

// ---- shared XML helpers (GraphML uses them too) -----------------------------------------------------

export type XmlParse = (text: string) => Document;

export const browserXmlParse: XmlParse = (text) => new DOMParser().parseFromString(text, 'application/xml');

/** Parse XML text, with an ImportError that says where it is broken. */
export function parseXml(text: string, parse: XmlParse = browserXmlParse): Document {
  let doc: Document;
  try {
    doc = parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`not well-formed XML (${(e as Error).message.split('\n')[0]})`);
  }
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err || !doc.documentElement) throw new ImportError(`not well-formed XML (${(err?.textContent ?? '').trim().split('\n')[0]?.slice(0, 200)})`);
  return doc;
}

/**
 * Parse a graph file's XML and find its root (`<gexf>`, `<graphml>`) and its `<graph>` element, with an
 * ImportError naming the format (`label`) when either is missing.
 */
export function parseGraphXml(text: string, rootName: string, label: string, parse?: XmlParse): { root: Element; graph: Element } {
  const root = parseXml(text, parse).documentElement;
  if (root.localName !== rootName) throw new ImportError(`not a ${label} file: the root element is not <${rootName}>`);
  const graph = childElement(root, 'graph');
  if (!graph) throw new ImportError(`not a ${label} file: no <graph> element`);
  return { root, graph };
}

/** Child elements of `el` with this local name (namespace prefixes ignored). */
export function childElements(el: Element, name: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && ((n as Element).localName ?? (n as Element).nodeName.replace(/^.*:/, '')) === name) out.push(n as Element);
  }
  return out;
}
export const childElement = (el: Element, name: string): Element | undefined => childElements(el, name)[0];

// XML 1.0 forbids most control characters even escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export function escapeXml(value: string): string {
  return value
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** Attributes that hold JSON in XML and CSV cells. */
export const JSON_VALUED = new Set(['evidence', 'articles', 'intervals']);

export type XmlType = 'string' | 'double' | 'boolean';

/** The XML attribute type of the values of one attribute: numbers, booleans or strings (JSON for the rest). */
export function inferXmlType(values: Iterable<unknown>): XmlType {
  let type: XmlType | null = null;
  for (const v of values) {
    if (v === undefined || v === null) continue;
    const t: XmlType = typeof v === 'number' && Number.isFinite(v) ? 'double' : typeof v === 'boolean' ? 'boolean' : 'string';
    if (type && type !== t) return 'string';
    type = t;
  }
  return type ?? 'string';
}

export function encodeXmlValue(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
}

export function decodeXmlValue(name: string, type: string, raw: string): unknown {
  const t = type.toLowerCase();
  if (['double', 'float', 'integer', 'int', 'long', 'short', 'byte', 'bigdecimal', 'biginteger'].includes(t)) {
    const n = Number(raw);
    return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
  }
  if (t === 'boolean') return raw.trim().toLowerCase() === 'true';
  if (JSON_VALUED.has(name) && /^\s*[[{]/.test(raw)) {
    try {
      return JSON.parse(raw);
    } catch {
      return raw;
    }
  }
  return raw;
}

/** Attribute columns of a set of elements: name → XML type, skipping `skip`. */
export function attributeModel(items: Iterable<Record<string, unknown>>, skip: Set<string>): Map<string, XmlType> {
  const values = new Map<string, unknown[]>();
  for (const a of items) {
    for (const [k, v] of Object.entries(a)) {
      if (skip.has(k) || v === undefined || v === null) continue;
      let list = values.get(k);
      if (!list) values.set(k, (list = []));
      list.push(v);
    }
  }
  return new Map([...values.keys()].sort().map((k) => [k, inferXmlType(values.get(k)!)]));
}

// ---- GEXF writing --------------------------------------------------------------------------------

const SIGMA_DRAWING = ['x', 'y', 'size', 'color', 'hidden', 'zIndex', 'type', 'forceLabel', 'highlighted'];
const NODE_SKIP = new Set(['label', ...SIGMA_DRAWING]);
const EDGE_SKIP = new Set(['label', 'weight', 'undirected', ...SIGMA_DRAWING]);

export type GexfWriteOptions = WriteSelection;

/** One `<edge>` of a GEXF/GraphML file whose ends are nodes of the graph. */
export interface XmlEdge {
  el: Element;
  /** Its `id`, or `e<position>` without one. */
  key: string;
  source: string;
  target: string;
}

/** The edges that can be added, in file order; the others (an unknown end, a self-loop) are listed in `skipped`. */
export function* usableXmlEdges(edges: Iterable<Element>, graph: WaslGraph, skipped: XmlImport['skipped']): Generator<XmlEdge> {
  let i = 0;
  for (const el of edges) {
    const key = el.getAttribute('id') ?? `e${i}`;
    i++;
    const source = el.getAttribute('source') ?? '';
    const target = el.getAttribute('target') ?? '';
    const problem = edgeProblem(graph, source, target);
    if (problem) skipped.push({ edge: key, reason: problem });
    else yield { el, key, source, target };
  }
}

/** Add an edge read from a file under its key, or under a new key when the file repeats one. */
export function addXmlEdge(graph: WaslGraph, { key, source, target }: XmlEdge, attrs: EdgeAttributes): void {
  if (graph.hasEdge(key)) graph.addDirectedEdge(source, target, attrs);
  else graph.addDirectedEdgeWithKey(key, source, target, attrs);
}

/** Write a graph as GEXF 1.3 (dynamic, `timeformat="date"`). */
export function writeGexf(graph: WaslGraph, options: GexfWriteOptions = {}): string {
  const { nodes, edges } = selectForWrite(graph, options);
  const nodeModel = attributeModel(nodes.map((n) => n[1]), NODE_SKIP);
  const edgeModel = attributeModel(edges.map((e) => e[1]), EDGE_SKIP);
  const out: string[] = [];
  const title = String(graph.getAttribute('title') ?? 'Wasl graph');
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">');
  out.push(`  <meta><creator>Wasl</creator><description>${escapeXml(title)}</description></meta>`);
  out.push('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  const model = (cls: string, m: Map<string, XmlType>) => {
    out.push(`    <attributes class="${cls}">`);
    for (const [k, type] of m) out.push(`      <attribute id="${escapeXml(k)}" title="${escapeXml(k)}" type="${type}"/>`);
    out.push('    </attributes>');
  };
  model('node', nodeModel);
  model('edge', edgeModel);
  const attvalues = (a: Record<string, unknown>, m: Map<string, XmlType>, indent: string) => {
    const vals = [...m.keys()].filter((k) => a[k] !== undefined && a[k] !== null);
    if (!vals.length) return;
    out.push(`${indent}<attvalues>`);
    for (const k of vals) out.push(`${indent}  <attvalue for="${escapeXml(k)}" value="${escapeXml(encodeXmlValue(a[k]))}"/>`);
    out.push(`${indent}</attvalues>`);
  };
  out.push('    <nodes>');
  for (const [n, a] of nodes) {
    out.push(`      <node id="${escapeXml(n)}" label="${escapeXml(String(a.label ?? n))}">`);
    attvalues(a, nodeModel, '        ');
    if (typeof a.x === 'number' && typeof a.y === 'number') out.push(`        <viz:position x="${a.x}" y="${a.y}" z="0"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  for (const [e, a, s, t] of edges) {
    const spans = attributesToSpans(a);
    let tag = `      <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}"`;
    if (a.undirected) tag += ' type="undirected"';
    if (typeof a.label === 'string' && a.label) tag += ` label="${escapeXml(a.label)}"`;
    if (typeof a.weight === 'number') tag += ` weight="${a.weight}"`;
    if (spans.length === 1) tag += ` start="${dateStartOf(spans[0]!.start)}" end="${dateEndOf(spans[0]!.end)}"`;
    out.push(`${tag}>`);
    attvalues(a, edgeModel, '        ');
    if (spans.length > 1) {
      out.push('        <spells>');
      for (const sp of spans) out.push(`          <spell start="${dateStartOf(sp.start)}" end="${dateEndOf(sp.end)}"/>`);
      out.push('        </spells>');
    }
    out.push('      </edge>');
  }
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

// ---- GEXF reading --------------------------------------------------------------------------------

export interface XmlImportOptions {
  parse?: XmlParse;
  relations?: readonly RelationType[];
  title?: string;
}

export interface XmlImport {
  graph: WaslGraph;
  skipped: { edge: string; reason: string }[];
}

function readSpan(el: Element): DateSpan | null {
  const s = el.getAttribute('start') || el.getAttribute('startopen');
  const e = el.getAttribute('end') || el.getAttribute('endopen');
  const start = s ? parseDate(s) : undefined;
  const end = e ? parseDate(e) : undefined;
  if (!start && !end) return null;
  return { start: (start ?? end)!, end: (end ?? start)! };
}

export function parseGexf(text: string, options: XmlImportOptions = {}): XmlImport {
  const { root, graph: g } = parseGraphXml(text, 'gexf', 'GEXF', options.parse);
  const title = childElement(childElement(root, 'meta') ?? root, 'description')?.textContent?.trim() || options.title || 'Imported GEXF';
  const graph = emptyGraph(title, []);
  const defaultUndirected = g.getAttribute('defaultedgetype') === 'undirected';
  const models = { node: new Map<string, { name: string; type: string }>(), edge: new Map<string, { name: string; type: string }>() };
  for (const attrs of childElements(g, 'attributes')) {
    const cls = attrs.getAttribute('class') === 'edge' ? 'edge' : 'node';
    for (const a of childElements(attrs, 'attribute')) {
      const id = a.getAttribute('id') ?? '';
      const title = a.getAttribute('title') || id;
      models[cls].set(id, { name: attributeName(title, cls, false), type: a.getAttribute('type') ?? 'string' });
    }
  }
  const values = (el: Element, cls: 'node' | 'edge') => {
    const out: Record<string, unknown> = {};
    for (const av of childElements(childElement(el, 'attvalues') ?? el, 'attvalue')) {
      const key = av.getAttribute('for') ?? av.getAttribute('id') ?? '';
      const m = models[cls].get(key) ?? { name: attributeName(key, cls, false), type: 'string' };
      out[m.name] = decodeXmlValue(m.name, m.type, av.getAttribute('value') ?? '');
    }
    return out;
  };
  const labels = new Map((options.relations ?? []).map((r) => [r.id, r.label_en]));
  for (const n of childElements(childElement(g, 'nodes') ?? g, 'node')) {
    const id = n.getAttribute('id');
    if (id === null) throw new ImportError('a <node> has no id');
    const a = values(n, 'node');
    a.label = n.getAttribute('label') || a.label || id;
    const pos = childElement(n, 'position');
    if (pos) {
      const x = Number(pos.getAttribute('x'));
      const y = Number(pos.getAttribute('y'));
      if (Number.isFinite(x) && Number.isFinite(y)) Object.assign(a, { x, y });
    }
    if (!graph.hasNode(id)) graph.addNode(id, normalizeNodeAttributes(id, a));
  }
  const skipped: XmlImport['skipped'] = [];
  for (const edge of usableXmlEdges(childElements(childElement(g, 'edges') ?? g, 'edge'), graph, skipped)) {
    const e = edge.el;
    const a = values(e, 'edge');
    const label = e.getAttribute('label');
    if (label) a.label = label;
    const w = e.getAttribute('weight');
    if (w !== null) a.weight = Number(w);
    const type = e.getAttribute('type');
    if (type === 'undirected' || type === 'mutual' || (defaultUndirected && !type)) a.undirected = true;
    if (typeof a.date !== 'string') {
      const spans = [readSpan(e), ...childElements(childElement(e, 'spells') ?? e, 'spell').map(readSpan)].filter((x): x is DateSpan => x !== null);
      Object.assign(a, spansToAttributes(spans));
    }
    addXmlEdge(graph, edge, normalizeEdgeAttributes(a, (id) => labels.get(id) ?? id));
  }
  return { graph, skipped };
}

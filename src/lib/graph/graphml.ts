/**
 * GraphML in and out. Every attribute is a `<key>`; Wasl's partial dates travel as the `date`,
 * `dateEnd` and `intervals` keys, and Gephi's `timeset`-style `start`/`end` keys are read when there is no
 * `date`. Undirected edges (`edgedefault="undirected"` or `directed="false"`) become directed edges
 * marked `undirected`.
 */
import type { WaslGraph } from './build.ts';
import { selectForWrite, type WriteSelection } from './select.ts';
import { attributeName } from './csv.ts';
import { parseDate, parseTimeset, spansToAttributes } from './dates.ts';
import {
  addXmlEdge,
  attributeModel,
  childElement,
  childElements,
  decodeXmlValue,
  encodeXmlValue,
  escapeXml,
  parseGraphXml,
  type XmlImport,
  type XmlImportOptions,
  type XmlType,
  usableXmlEdges,
} from './gexf.ts';
import { emptyGraph, ImportError, normalizeEdgeAttributes, normalizeNodeAttributes } from './import.ts';

const SIGMA_DRAWING = ['x', 'y', 'size', 'color', 'hidden', 'zIndex', 'type', 'forceLabel', 'highlighted'];
const NODE_SKIP = new Set([...SIGMA_DRAWING]);
const EDGE_SKIP = new Set(['undirected', ...SIGMA_DRAWING]);
const GRAPHML_TYPE: Record<XmlType, string> = { string: 'string', double: 'double', boolean: 'boolean' };

export type GraphmlWriteOptions = WriteSelection;

export function writeGraphml(graph: WaslGraph, options: GraphmlWriteOptions = {}): string {
  const { nodes, edges } = selectForWrite(graph, options);
  const nodeModel = attributeModel(nodes.map((n) => n[1]), NODE_SKIP);
  const edgeModel = attributeModel(edges.map((e) => e[1]), EDGE_SKIP);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">');
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const [cls, model, prefix] of [['node', nodeModel, 'n'], ['edge', edgeModel, 'e']] as const) {
    let i = 0;
    for (const [name, type] of model) {
      const id = `${prefix}${i++}`;
      ids[cls].set(name, id);
      out.push(`  <key id="${id}" for="${cls}" attr.name="${escapeXml(name)}" attr.type="${GRAPHML_TYPE[type]}"/>`);
    }
  }
  out.push(`  <graph id="G" edgedefault="directed">`);
  out.push(`    <desc>${escapeXml(String(graph.getAttribute('title') ?? 'Wasl graph'))}</desc>`);
  const data = (a: Record<string, unknown>, cls: 'node' | 'edge', indent: string) => {
    for (const [name, id] of ids[cls]) {
      const v = a[name];
      if (v !== undefined && v !== null) out.push(`${indent}<data key="${id}">${escapeXml(encodeXmlValue(v))}</data>`);
    }
  };
  for (const [n, a] of nodes) {
    out.push(`    <node id="${escapeXml(n)}">`);
    data(a, 'node', '      ');
    out.push('    </node>');
  }
  for (const [e, a, s, t] of edges) {
    out.push(`    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}"${a.undirected ? ' directed="false"' : ''}>`);
    data(a, 'edge', '      ');
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

export function parseGraphml(text: string, options: XmlImportOptions = {}): XmlImport {
  const { root, graph: g } = parseGraphXml(text, 'graphml', 'GraphML', options.parse);
  const title = childElement(g, 'desc')?.textContent?.trim() || options.title || 'Imported GraphML';
  const graph = emptyGraph(title, []);
  const undirectedDefault = g.getAttribute('edgedefault') === 'undirected';
  type Key = { name: string; type: string; default?: string };
  const keys = { node: new Map<string, Key>(), edge: new Map<string, Key>() };
  for (const k of childElements(root, 'key')) {
    const id = k.getAttribute('id') ?? '';
    const forWhat = k.getAttribute('for') ?? 'all';
    const raw = k.getAttribute('attr.name') || id;
    const type = k.getAttribute('attr.type') ?? 'string';
    const def = childElement(k, 'default')?.textContent ?? undefined;
    for (const cls of ['node', 'edge'] as const) {
      if (forWhat !== cls && forWhat !== 'all') continue;
      // Labels and weights keep their names (they are Wasl's too); other reserved names are renamed.
      const name = raw === 'label' || (cls === 'edge' && raw === 'weight') ? raw : attributeName(raw, cls, false);
      keys[cls].set(id, def === undefined ? { name, type } : { name, type, default: def });
    }
  }
  const values = (el: Element, cls: 'node' | 'edge') => {
    const out: Record<string, unknown> = {};
    for (const k of keys[cls].values()) if (k.default !== undefined) out[k.name] = decodeXmlValue(k.name, k.type, k.default);
    for (const d of childElements(el, 'data')) {
      const id = d.getAttribute('key') ?? '';
      const k = keys[cls].get(id) ?? { name: attributeName(id, cls, false), type: 'string' };
      out[k.name] = decodeXmlValue(k.name, k.type, d.textContent ?? '');
    }
    return out;
  };
  for (const n of childElements(g, 'node')) {
    const id = n.getAttribute('id');
    if (id === null) throw new ImportError('a <node> has no id');
    if (!graph.hasNode(id)) graph.addNode(id, normalizeNodeAttributes(id, values(n, 'node')));
  }
  const skipped: XmlImport['skipped'] = [];
  const labels = new Map((options.relations ?? []).map((r) => [r.id, r.label_en]));
  for (const edge of usableXmlEdges(childElements(g, 'edge'), graph, skipped)) {
    const e = edge.el;
    const a = values(e, 'edge');
    const directed = e.getAttribute('directed');
    if (directed === 'false' || (undirectedDefault && directed !== 'true')) a.undirected = true;
    if (typeof a.date !== 'string') {
      const spans = typeof a.timeset === 'string' ? parseTimeset(a.timeset) : undefined;
      if (spans) Object.assign(a, spansToAttributes(spans));
      else {
        const start = typeof a.start === 'string' ? parseDate(a.start) : undefined;
        const end = typeof a.end === 'string' ? parseDate(a.end) : undefined;
        if (start || end) Object.assign(a, spansToAttributes([{ start: (start ?? end)!, end: (end ?? start)! }]));
      }
    }
    addXmlEdge(graph, edge, normalizeEdgeAttributes(a, (id) => labels.get(id) ?? id));
  }
  return { graph, skipped };
}

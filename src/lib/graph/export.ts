/**
 * Export of the whole graph or of what the filters show: Gephi CSV (edges and nodes), GEXF with time
 * intervals, GraphML, Wasl JSON. Pure: returns file contents; the app saves them.
 */
import Graph from 'graphology';
import type { WaslGraph } from './build.ts';
import { edgesToCsv, nodesToCsv } from './csv.ts';
import { writeGexf } from './gexf.ts';
import { writeGraphml } from './graphml.ts';
import { writeJsonGraph } from './json.ts';

export type ExportFormat = 'csv-edges' | 'csv-nodes' | 'gexf' | 'graphml' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv-edges', 'csv-nodes', 'gexf', 'graphml', 'json'];

/** Which nodes and edges to write; absent = all. Edges whose ends are not kept are never written. */
export interface ExportSelection {
  nodes?: { has(key: string): boolean };
  edges?: { has(key: string): boolean };
}

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

/** Attributes Sigma writes for drawing or layout; never exported. */
const DRAWING = ['x', 'y', 'size', 'color', 'hidden', 'zIndex', 'type', 'forceLabel', 'highlighted'];

/** A copy of the selected part of the graph, without drawing attributes (positions are kept for GEXF). */
export function selectSubgraph(graph: WaslGraph, selection: ExportSelection = {}, keepPositions = false): WaslGraph {
  const out: WaslGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes() });
  const drop = keepPositions ? DRAWING.filter((k) => k !== 'x' && k !== 'y') : DRAWING;
  const clean = <T extends Record<string, unknown>>(a: T): T => {
    const c = { ...a };
    for (const k of drop) delete c[k];
    return c;
  };
  graph.forEachNode((n, a) => {
    if (!selection.nodes || selection.nodes.has(n)) out.addNode(n, clean(a));
  });
  graph.forEachEdge((e, a, s, t) => {
    if (out.hasNode(s) && out.hasNode(t) && (!selection.edges || selection.edges.has(e))) out.addDirectedEdgeWithKey(e, s, t, clean(a));
  });
  return out;
}

const slug = (s: string) => s.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'graph';

/** One export file. */
export function exportGraph(graph: WaslGraph, format: ExportFormat, selection: ExportSelection = {}): ExportFile {
  const sub = selectSubgraph(graph, selection, format === 'gexf');
  const base = slug(String(graph.getAttribute('title') ?? 'graph'));
  switch (format) {
    case 'csv-edges':
      return { name: `${base}-edges.csv`, mime: 'text/csv;charset=utf-8', text: '\uFEFF' + edgesToCsv(sub) };
    case 'csv-nodes':
      return { name: `${base}-nodes.csv`, mime: 'text/csv;charset=utf-8', text: '\uFEFF' + nodesToCsv(sub) };
    case 'gexf':
      return { name: `${base}.gexf`, mime: 'application/xml', text: writeGexf(sub) };
    case 'graphml':
      return { name: `${base}.graphml`, mime: 'application/xml', text: writeGraphml(sub) };
    case 'json':
      return { name: `${base}.json`, mime: 'application/json', text: writeJsonGraph(sub) };
  }
}

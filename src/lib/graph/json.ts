/**
 * Wasl's own graph file (graphology's serialisation, DESIGN: graph file) in and out, tolerant of
 * graphology files written by other tools: undirected edges become directed ones marked `undirected`,
 * self-loops are skipped, and missing Wasl attributes get defaults.
 */
import type { SerializedGraph } from 'graphology-types';
import type { RelationType } from '../types.ts';
import { serializeGraph, type WaslGraph } from './build.ts';
import { edgeProblem, emptyGraph, ImportError, normalizeEdgeAttributes, normalizeNodeAttributes } from './import.ts';

export interface JsonImport {
  graph: WaslGraph;
  /** Edges skipped (self-loops, unknown endpoints), with why. */
  skipped: { edge: string; reason: string }[];
}

export function parseJsonGraph(text: string, relations: readonly RelationType[] = []): JsonImport {
  let data: Partial<SerializedGraph>;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ImportError(`not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes)) throw new ImportError('not a graph file: no "nodes" array');
  const attrs = (data.attributes ?? {}) as Record<string, unknown>;
  const fileRelations = Array.isArray(attrs.relations) ? (attrs.relations as RelationType[]) : [];
  const graph = emptyGraph(typeof attrs.title === 'string' ? attrs.title : 'Imported graph', fileRelations.length ? fileRelations : []);
  graph.mergeAttributes({ ...attrs, schema: 1 });
  if (!Array.isArray(attrs.articles)) graph.setAttribute('articles', []);
  const labels = new Map([...relations, ...fileRelations].map((r) => [r.id, r.label_en]));
  for (const n of data.nodes) {
    if (!n || (typeof n.key !== 'string' && typeof n.key !== 'number')) throw new ImportError('a node has no "key"');
    const key = String(n.key);
    if (!graph.hasNode(key)) graph.addNode(key, normalizeNodeAttributes(key, (n.attributes ?? {}) as Record<string, unknown>));
  }
  const skipped: JsonImport['skipped'] = [];
  let i = 0;
  for (const e of data.edges ?? []) {
    const key = e.key === undefined ? `e${i}` : String(e.key);
    i++;
    const s = String(e.source);
    const t = String(e.target);
    const problem = edgeProblem(graph, s, t);
    if (problem) {
      skipped.push({ edge: key, reason: problem });
      continue;
    }
    const a = normalizeEdgeAttributes((e.attributes ?? {}) as Record<string, unknown>, (id) => labels.get(id) ?? id);
    if (e.undirected) a.undirected = true;
    if (graph.hasEdge(key)) graph.addDirectedEdge(s, t, a);
    else graph.addDirectedEdgeWithKey(key, s, t, a);
  }
  return { graph, skipped };
}

/** Wasl JSON of a graph (pretty, stable): the same as the articles graph file. */
export function writeJsonGraph(graph: WaslGraph): string {
  return serializeGraph(graph);
}

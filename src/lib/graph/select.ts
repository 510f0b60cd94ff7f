/**
 * The part of a graph that a writer (GEXF, GraphML) writes: the kept nodes, and the kept edges whose two
 * ends are kept.
 */
import type { WaslGraph } from './build.ts';

export interface WriteSelection {
  /** Nodes and edges to write (default: all). */
  keepNode?: (node: string) => boolean;
  keepEdge?: (edge: string) => boolean;
}

export function selectForWrite(
  graph: WaslGraph,
  options: WriteSelection,
): { nodes: [string, Record<string, unknown>][]; edges: [string, Record<string, unknown>, string, string][] } {
  const nodes: [string, Record<string, unknown>][] = [];
  graph.forEachNode((n, a) => {
    if (!options.keepNode || options.keepNode(n)) nodes.push([n, a]);
  });
  const kept = new Set(nodes.map(([n]) => n));
  const edges: [string, Record<string, unknown>, string, string][] = [];
  graph.forEachEdge((e, a, s, t) => {
    if (kept.has(s) && kept.has(t) && (!options.keepEdge || options.keepEdge(e))) edges.push([e, a, s, t]);
  });
  return { nodes, edges };
}

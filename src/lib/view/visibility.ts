/**
 * Which nodes and edges a view state shows. Pure: a function of the graph and the state.
 */
import type { WaslGraph } from '../graph/build.ts';
import { spanInRange } from '../graph/dates.ts';
import type { ViewState } from './state.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** First and last day covered by a partial date (YYYY, YYYY-MM or YYYY-MM-DD), as comparable strings. */
export function dateStart(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}
export function dateEnd(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** Whether a dated item overlaps the inclusive range [from, to]; undated items are outside any range. */
export function dateInRange(date: string | undefined, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && dateEnd(date) < dateStart(from)) return false;
  if (to && dateStart(date) > dateEnd(to)) return false;
  return true;
}

export function computeVisibility(graph: WaslGraph, state: ViewState): Visibility {
  const kinds = state.kinds ? new Set(state.kinds) : null;
  const relations = state.relations ? new Set(state.relations) : null;
  const timed = Boolean(state.from || state.to);
  const nodes = new Set<string>();
  graph.forEachNode((node, attrs) => {
    if (!kinds || kinds.has(attrs.kind)) nodes.add(node);
  });
  const edges = new Set<string>();
  const touched = new Set<string>();
  graph.forEachEdge((edge, attrs, source, target) => {
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (relations && !relations.has(attrs.relation)) return;
    // Interval edges (imported `timeset`, Start/End) span `date` … `dateEnd`.
    if (timed && !spanInRange(attrs.date, attrs.dateEnd as string | undefined, state.from, state.to)) return;
    edges.add(edge);
    touched.add(source);
    touched.add(target);
  });
  // A time range hides the nodes it leaves without edges.
  if (timed) for (const n of nodes) if (!touched.has(n)) nodes.delete(n);
  return { nodes, edges };
}

/**
 * Which nodes and edges a view state shows, as key sets: the simple form of `computeMask` for tests and
 * callers that want sets. Pure: a function of the graph and the state.
 */
import type { WaslGraph } from '../graph/build.ts';
import type { ViewState } from './state.ts';
import { dayRange } from './dates.ts';
import { computeMask } from './mask.ts';
import { buildViewIndex } from './view-index.ts';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** Whether a dated item overlaps the inclusive range [from, to]; undated items are outside any range. */
export function dateInRange(date: string | undefined, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  const days = dayRange(date);
  if (!days) return false;
  if (from && days[1] < dayRange(from)![0]) return false;
  if (to && days[0] > dayRange(to)![1]) return false;
  return true;
}

export function computeVisibility(graph: WaslGraph, state: ViewState): Visibility {
  const index = buildViewIndex(graph);
  const mask = computeMask(index, state);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  mask.nodes.forEach((on, i) => on && nodes.add(index.nodeKeys[i]!));
  mask.edges.forEach((on, i) => on && edges.add(index.edgeKeys[i]!));
  return { nodes, edges };
}

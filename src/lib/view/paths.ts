/**
 * Shortest paths between two actors over the edges shown, ignoring direction (how is Iran connected to
 * the SDF, whoever acted on whom). Breadth-first search from both ends' distances; every shortest node
 * path is listed (up to a limit), each hop with all the shown edges between its two nodes.
 */
import type { Mask } from './mask.ts';
import type { ViewIndex } from './view-index.ts';

export interface PathHop {
  from: string;
  to: string;
  /** Keys of the shown edges joining `from` and `to`, in either direction. */
  edges: string[];
}

export interface ShortestPaths {
  /** Number of hops; `null` when the two are not connected in the view. */
  length: number | null;
  paths: PathHop[][];
  /** Every node and edge on some listed path (for highlighting). */
  nodes: Set<string>;
  edges: Set<string>;
  truncated: boolean;
}

function neighbours(index: ViewIndex, mask: Mask, v: number, visit: (w: number, e: number) => void): void {
  for (let k = index.nodeEdgeOffsets[v]!; k < index.nodeEdgeOffsets[v + 1]!; k++) {
    const e = index.nodeEdgeIds[k]!;
    if (!mask.edges[e]) continue;
    visit(index.edgeSource[e] === v ? index.edgeTarget[e]! : index.edgeSource[e]!, e);
  }
}

function bfs(index: ViewIndex, mask: Mask, start: number): Int32Array {
  const dist = new Int32Array(index.nodeKeys.length).fill(-1);
  dist[start] = 0;
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    neighbours(index, mask, v, (w) => {
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    });
  }
  return dist;
}

export function shortestPaths(index: ViewIndex, mask: Mask, source: string, target: string, limit = 10): ShortestPaths {
  const empty: ShortestPaths = { length: null, paths: [], nodes: new Set(), edges: new Set(), truncated: false };
  const s = index.nodeIndex.get(source);
  const t = index.nodeIndex.get(target);
  if (s === undefined || t === undefined || !mask.nodes[s] || !mask.nodes[t]) return empty;
  if (s === t) return { ...empty, length: 0, paths: [[]], nodes: new Set([source]) };
  const fromT = bfs(index, mask, t);
  const length = fromT[s]!;
  if (length < 0) return empty;

  // Walk from s, always to a neighbour one step closer to t: every such walk is a shortest path.
  const nodePaths: number[][] = [];
  let truncated = false;
  const walk = (path: number[]) => {
    if (nodePaths.length >= limit) {
      truncated = true;
      return;
    }
    const v = path[path.length - 1]!;
    if (v === t) {
      nodePaths.push(path);
      return;
    }
    const next = new Set<number>();
    neighbours(index, mask, v, (w) => {
      if (fromT[w] === fromT[v]! - 1) next.add(w);
    });
    for (const w of [...next].sort((a, b) => (index.nodeKeys[a]! < index.nodeKeys[b]! ? -1 : 1))) walk([...path, w]);
  };
  walk([s]);

  const nodes = new Set<string>();
  const edges = new Set<string>();
  const paths = nodePaths.map((path) =>
    path.slice(1).map((w, i) => {
      const v = path[i]!;
      const hopEdges: string[] = [];
      neighbours(index, mask, v, (x, e) => {
        if (x === w) hopEdges.push(index.edgeKeys[e]!);
      });
      hopEdges.sort();
      nodes.add(index.nodeKeys[v]!);
      nodes.add(index.nodeKeys[w]!);
      for (const e of hopEdges) edges.add(e);
      return { from: index.nodeKeys[v]!, to: index.nodeKeys[w]!, edges: hopEdges };
    }),
  );
  return { length, paths, nodes, edges, truncated };
}

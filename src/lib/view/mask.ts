/**
 * Which nodes and edges a view state shows, as byte masks over a `ViewIndex`: one linear pass over typed
 * arrays, cheap enough for every timeline step on 100k edges. `diffMasks` lists only the items whose
 * visibility changed, so the renderer updates those and nothing else.
 */
import type { ViewState } from './state.ts';
import { dayRange } from './dates.ts';
import { UNDATED, type ViewIndex } from './view-index.ts';

export interface Mask {
  nodes: Uint8Array;
  edges: Uint8Array;
  /**
   * Edges that pass their own filters (relation, weight, date, source), whatever their ends:
   * `edges[e] === own[e] && nodes[source] && nodes[target]`. A renderer that hides the edges of hidden
   * nodes by itself only needs to redraw the edges whose `own` bit changed.
   */
  own: Uint8Array;
  nodeCount: number;
  edgeCount: number;
  /** Visible nodes per kind (index of `ViewIndex.kinds`) and visible edges per relation. */
  kindCounts: Uint32Array;
  relationCounts: Uint32Array;
}

type MaskState = Pick<ViewState, 'kinds' | 'relations' | 'from' | 'to' | 'undated' | 'focus' | 'hops' | 'articles' | 'outlets' | 'minWeight' | 'origin'>;

function allowed(values: string[] | null, universe: readonly string[]): Uint8Array | null {
  if (!values) return null;
  const set = new Set(values);
  return Uint8Array.from(universe, (v) => (set.has(v) ? 1 : 0));
}

export function computeMask(index: ViewIndex, state: MaskState): Mask {
  const n = index.nodeKeys.length;
  const m = index.edgeKeys.length;
  const nodes = new Uint8Array(n);
  const edges = new Uint8Array(m);
  const own = new Uint8Array(m);

  const kinds = allowed(state.kinds, index.kinds);
  const origin = state.origin === 'lexicon' ? 0 : state.origin === 'discovered' ? 1 : -1;
  for (let v = 0; v < n; v++) {
    if (kinds && !kinds[index.nodeKind[v]!]) continue;
    if (origin >= 0 && index.nodeDiscovered[v] !== origin) continue;
    nodes[v] = 1;
  }

  const relations = allowed(state.relations, index.relations.map((r) => r.id));
  const from = state.from ? (dayRange(state.from)?.[0] ?? -Infinity) : -Infinity;
  const to = state.to ? (dayRange(state.to)?.[1] ?? Infinity) : Infinity;
  const undated = state.undated;
  const minWeight = state.minWeight;
  let sources: Uint8Array | null = null;
  if (state.articles || state.outlets) {
    const arts = allowed(state.articles, index.articles);
    const outs = allowed(state.outlets, index.outlets);
    sources = Uint8Array.from(index.articles, (_, a) => ((!arts || arts[a]) && (!outs || outs[index.articleOutlet[a]!]) ? 1 : 0));
  }
  const { edgeSource, edgeTarget, edgeRelation, edgeWeight, edgeStart, edgeEnd, edgeArticleOffsets, edgeArticleIds } = index;
  for (let e = 0; e < m; e++) {
    if (relations && !relations[edgeRelation[e]!]) continue;
    if (edgeWeight[e]! < minWeight) continue;
    const start = edgeStart[e]!;
    if (start === UNDATED) {
      if (!undated) continue;
    } else if (edgeEnd[e]! < from || start > to) continue;
    if (sources) {
      let ok = false;
      for (let k = edgeArticleOffsets[e]!; k < edgeArticleOffsets[e + 1]! && !ok; k++) ok = sources[edgeArticleIds[k]!] === 1;
      if (!ok) continue;
    }
    own[e] = 1;
    if (nodes[edgeSource[e]!] && nodes[edgeTarget[e]!]) edges[e] = 1;
  }

  const focus = state.focus !== null ? index.nodeIndex.get(state.focus) : undefined;
  if (state.hops > 0 && focus !== undefined && nodes[focus]) {
    restrictToEgo(index, nodes, edges, focus, state.hops);
  } else if (state.from || state.to || sources) {
    // A time range (or a source filter) hides the nodes it leaves without edges.
    const touched = new Uint8Array(n);
    for (let e = 0; e < m; e++) {
      if (edges[e]) {
        touched[edgeSource[e]!] = 1;
        touched[edgeTarget[e]!] = 1;
      }
    }
    for (let v = 0; v < n; v++) nodes[v] = nodes[v]! & touched[v]!;
  }

  let nodeCount = 0;
  let edgeCount = 0;
  const kindCounts = new Uint32Array(index.kinds.length);
  const relationCounts = new Uint32Array(index.relations.length);
  for (let v = 0; v < n; v++) {
    if (nodes[v]) {
      nodeCount++;
      kindCounts[index.nodeKind[v]!]!++;
    }
  }
  for (let e = 0; e < m; e++) {
    if (edges[e]) {
      edgeCount++;
      relationCounts[edgeRelation[e]!]!++;
    }
  }
  return { nodes, edges, own, nodeCount, edgeCount, kindCounts, relationCounts };
}

/** Keep the nodes within `hops` of `focus` over visible edges (either direction), and the edges among them. */
function restrictToEgo(index: ViewIndex, nodes: Uint8Array, edges: Uint8Array, focus: number, hops: number): void {
  const dist = new Int8Array(nodes.length).fill(-1);
  dist[focus] = 0;
  let frontier = [focus];
  for (let h = 1; h <= hops && frontier.length; h++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (let k = index.nodeEdgeOffsets[v]!; k < index.nodeEdgeOffsets[v + 1]!; k++) {
        const e = index.nodeEdgeIds[k]!;
        if (!edges[e]) continue;
        const w = index.edgeSource[e] === v ? index.edgeTarget[e]! : index.edgeSource[e]!;
        if (dist[w] === -1) {
          dist[w] = h;
          next.push(w);
        }
      }
    }
    frontier = next;
  }
  for (let v = 0; v < nodes.length; v++) if (dist[v] === -1) nodes[v] = 0;
  for (let e = 0; e < edges.length; e++) {
    if (edges[e] && (!nodes[index.edgeSource[e]!] || !nodes[index.edgeTarget[e]!])) edges[e] = 0;
  }
}

export interface MaskDiff {
  nodes: string[];
  edges: string[];
}

/**
 * Keys of the nodes and edges whose visibility differs between two masks of the same index. With
 * `edges: 'own'`, edges are compared on their own filters only (for a renderer that hides the edges of
 * hidden nodes by itself).
 */
export function diffMasks(index: ViewIndex, prev: Mask, next: Mask, edges: 'shown' | 'own' = 'shown'): MaskDiff {
  const out: MaskDiff = { nodes: [], edges: [] };
  for (let v = 0; v < next.nodes.length; v++) if (prev.nodes[v] !== next.nodes[v]) out.nodes.push(index.nodeKeys[v]!);
  const a = edges === 'own' ? prev.own : prev.edges;
  const b = edges === 'own' ? next.own : next.edges;
  for (let e = 0; e < b.length; e++) if (a[e] !== b[e]) out.edges.push(index.edgeKeys[e]!);
  return out;
}

/** Keys of a mask, sorted. */
export function maskKeys(keys: readonly string[], mask: Uint8Array): string[] {
  const out: string[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(keys[i]!);
  return out.sort();
}

/**
 * A precomputed, integer-indexed view of the graph, built once per graph: what filters, the time line
 * and the viewer read instead of walking graphology's attribute objects on every change.
 * Nodes and edges are numbered in graphology's iteration order.
 */
import type { WaslGraph } from '../graph/build.ts';
import { ENTITY_KINDS, type RelationType } from '../types.ts';
import { dayRange } from './dates.ts';

/** Day number of an undated edge (sorts first, matches no range). */
export const UNDATED = -2147483648;

export interface ViewIndex {
  nodeKeys: string[];
  nodeIndex: Map<string, number>;
  /** Index into `kinds`. */
  nodeKind: Uint8Array;
  nodeDiscovered: Uint8Array;
  nodeDegree: Uint32Array;
  kinds: string[];

  edgeKeys: string[];
  edgeIndex: Map<string, number>;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  /** Index into `relations`. */
  edgeRelation: Uint16Array;
  edgeWeight: Float64Array;
  /** First and last day the edge's date covers; `UNDATED` when it has none. */
  edgeStart: Int32Array;
  edgeEnd: Int32Array;
  relations: RelationType[];
  /** Edge ids sorted by start day (undated first). */
  byTime: Uint32Array;
  undatedCount: number;
  /** First and last dated day of the graph, or null when no edge is dated. */
  extent: [number, number] | null;

  /** Articles (ids) and outlets (names) cited by each edge's evidence, CSR-packed. */
  articles: string[];
  outlets: string[];
  articleOutlet: Uint32Array;
  edgeArticleOffsets: Uint32Array;
  edgeArticleIds: Uint32Array;

  /** Incident edges of each node (both directions), CSR-packed. */
  nodeEdgeOffsets: Uint32Array;
  nodeEdgeIds: Uint32Array;
}

export function buildViewIndex(graph: WaslGraph): ViewIndex {
  const n = graph.order;
  const m = graph.size;
  const nodeKeys: string[] = new Array(n);
  const nodeIndex = new Map<string, number>();
  const kinds: string[] = [...ENTITY_KINDS];
  const kindIdx = new Map(kinds.map((k, i) => [k, i]));
  const nodeKind = new Uint8Array(n);
  const nodeDiscovered = new Uint8Array(n);
  let i = 0;
  graph.forEachNode((node, attrs) => {
    nodeKeys[i] = node;
    nodeIndex.set(node, i);
    let k = kindIdx.get(attrs.kind);
    if (k === undefined) {
      k = kinds.length;
      kinds.push(String(attrs.kind));
      kindIdx.set(String(attrs.kind), k);
    }
    nodeKind[i] = k;
    nodeDiscovered[i] = attrs.discovered ? 1 : 0;
    i++;
  });

  const relations: RelationType[] = [...(graph.getAttribute('relations') ?? [])];
  const relIdx = new Map(relations.map((r, j) => [r.id, j]));
  const articleMeta = graph.getAttribute('articles') ?? [];
  const articles = articleMeta.map((a) => a.id);
  const articleIdx = new Map(articles.map((a, j) => [a, j]));
  const outlets = [...new Set(articleMeta.map((a) => a.source))].sort();
  const outletIdx = new Map(outlets.map((o, j) => [o, j]));
  const articleOutlet = Uint32Array.from(articleMeta, (a) => outletIdx.get(a.source)!);

  const edgeKeys: string[] = new Array(m);
  const edgeIndex = new Map<string, number>();
  const edgeSource = new Uint32Array(m);
  const edgeTarget = new Uint32Array(m);
  const edgeRelation = new Uint16Array(m);
  const edgeWeight = new Float64Array(m);
  const edgeStart = new Int32Array(m);
  const edgeEnd = new Int32Array(m);
  const edgeArticleOffsets = new Uint32Array(m + 1);
  const artIds: number[] = [];
  const nodeDegree = new Uint32Array(n);
  let undatedCount = 0;
  let lo = Infinity;
  let hi = -Infinity;
  i = 0;
  graph.forEachEdge((edge, attrs, source, target) => {
    edgeKeys[i] = edge;
    edgeIndex.set(edge, i);
    const s = nodeIndex.get(source)!;
    const t = nodeIndex.get(target)!;
    edgeSource[i] = s;
    edgeTarget[i] = t;
    nodeDegree[s]!++;
    nodeDegree[t]!++;
    let r = relIdx.get(attrs.relation);
    if (r === undefined) {
      r = relations.length;
      const id = String(attrs.relation ?? '');
      relations.push({ id, label_en: id, label_ar: id, cameo: '', plover: '' });
      relIdx.set(id, r);
    }
    edgeRelation[i] = r;
    edgeWeight[i] = typeof attrs.weight === 'number' ? attrs.weight : Number(attrs.weight) || 1;
    const days = dayRange(attrs.date);
    if (days) {
      // Interval edges (imported `timeset`, Start/End) span `date` … `dateEnd`.
      const until = typeof attrs.dateEnd === 'string' ? dayRange(attrs.dateEnd) : null;
      if (until && until[1] > days[1]) days[1] = until[1];
      edgeStart[i] = days[0];
      edgeEnd[i] = days[1];
      if (days[0] < lo) lo = days[0];
      if (days[1] > hi) hi = days[1];
    } else {
      edgeStart[i] = UNDATED;
      edgeEnd[i] = UNDATED;
      undatedCount++;
    }
    const seen = new Set<number>();
    for (const ev of Array.isArray(attrs.evidence) ? attrs.evidence : []) {
      const a = articleIdx.get(ev.article);
      if (a !== undefined && !seen.has(a)) {
        seen.add(a);
        artIds.push(a);
      }
    }
    edgeArticleOffsets[i + 1] = artIds.length;
    i++;
  });
  const byTime = Uint32Array.from({ length: m }, (_, j) => j).sort((a, b) => edgeStart[a]! - edgeStart[b]! || a - b);

  const nodeEdgeOffsets = new Uint32Array(n + 1);
  for (let v = 0; v < n; v++) nodeEdgeOffsets[v + 1] = nodeEdgeOffsets[v]! + nodeDegree[v]!;
  const fill = nodeEdgeOffsets.slice(0, n);
  const nodeEdgeIds = new Uint32Array(2 * m);
  for (let e = 0; e < m; e++) {
    nodeEdgeIds[fill[edgeSource[e]!]!++] = e;
    nodeEdgeIds[fill[edgeTarget[e]!]!++] = e;
  }

  return {
    nodeKeys, nodeIndex, nodeKind, nodeDiscovered, nodeDegree, kinds,
    edgeKeys, edgeIndex, edgeSource, edgeTarget, edgeRelation, edgeWeight, edgeStart, edgeEnd, relations,
    byTime, undatedCount, extent: lo <= hi ? [lo, hi] : null,
    articles, outlets, articleOutlet, edgeArticleOffsets, edgeArticleIds: Uint32Array.from(artIds),
    nodeEdgeOffsets, nodeEdgeIds,
  };
}

/** First position in `byTime` whose edge starts at or after `day` (binary search). */
export function lowerBoundByStart(index: ViewIndex, day: number): number {
  let lo = 0;
  let hi = index.byTime.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (index.edgeStart[index.byTime[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

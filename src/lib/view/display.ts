/**
 * What the viewer draws for each node and edge, as reducers over a display state: the graph's own
 * attributes are never changed. The display state holds the mask, the appearance choices and the
 * emphasis (hover, selection, path); `setEmphasis` says which items need redrawing.
 */
import type { WaslGraph } from '../graph/build.ts';
import type { EdgeAttributes, Lang, NodeAttributes } from '../types.ts';
import { communityRanks } from './communities.ts';
import type { Mask } from './mask.ts';
import { communityColor, kindColor, relationFamily } from './palette.ts';
import type { ShortestPaths } from './paths.ts';
import type { ColorBy, SizeBy, ViewState } from './state.ts';
import type { ViewIndex } from './view-index.ts';

/** Relations drawn without an arrow: either order counts (DESIGN: `met`). */
export const SYMMETRIC_RELATIONS = new Set(['met']);
/**
 * Above this many edges, edges are drawn as 1-pixel lines without arrow heads ('thin'): a software GPU
 * draws a million of them in seconds rather than minutes.
 */
export const THIN_EDGE_LIMIT = 200_000;
/** Above this many edges, hover and selection highlight without dimming the rest (dimming re-reduces everything). */
export const DIM_LIMIT = 20_000;
const DIM_NODE = '#d9dadf';
const DIM_EDGE = '#ececf0';

export interface Emphasis {
  nodes: Set<string>;
  edges: Set<string>;
  /** The chosen node(s): drawn highlighted. */
  selected: Set<string>;
}

export interface Display {
  graph: WaslGraph;
  index: ViewIndex;
  mask: Mask;
  lang: Lang;
  size: SizeBy;
  color: ColorBy;
  communities: Map<string, number> | null;
  emphasis: Emphasis | null;
  dim: boolean;
  /** Draw edges as 'thin' lines (huge graphs). */
  thin: boolean;
  /**
   * The renderer hides the edges of hidden nodes by itself (on the GPU): edges are then drawn by their
   * own filters (`mask.own`), and a filter that hides nodes needs no edge redrawn.
   */
  endsHideEdges: boolean;
  relationColor: string[];
  relationLabel: { en: string; ar: string }[];
  /**
   * What each shown, unemphasised edge looks like, built once per language: handed to sigma as is
   * (sigma does not change a complete object), so a partial refresh allocates nothing for it.
   */
  edgeLook: (Record<string, unknown> | undefined)[];
  setAppearance(lang: Lang, size: SizeBy, color: ColorBy): void;
  /** Install a new emphasis; returns what must be redrawn: nothing, some items, or everything. */
  setEmphasis(next: Emphasis | null): null | 'all' | { nodes: string[]; edges: string[] };
}

export function createDisplay(graph: WaslGraph, index: ViewIndex, mask: Mask, view: Pick<ViewState, 'lang' | 'size' | 'color'>): Display {
  const d: Display = {
    graph,
    index,
    mask,
    lang: view.lang,
    size: view.size,
    color: view.color,
    communities: null,
    emphasis: null,
    dim: graph.size <= DIM_LIMIT,
    thin: graph.size > THIN_EDGE_LIMIT,
    endsHideEdges: false,
    relationColor: index.relations.map((r) => relationFamily(r.plover).color),
    relationLabel: index.relations.map((r) => ({ en: r.label_en || r.id, ar: r.label_ar || r.label_en || r.id })),
    edgeLook: [],
    setAppearance(lang, size, color) {
      if (lang !== d.lang) d.edgeLook = [];
      d.lang = lang;
      d.size = size;
      d.color = color;
      if (color === 'community' && !d.communities) d.communities = communityRanks(graph);
    },
    setEmphasis(next) {
      const prev = d.emphasis;
      if (sameEmphasis(prev, next)) return null;
      d.emphasis = next;
      if (d.dim) return 'all';
      const nodes = new Set([...(prev?.nodes ?? []), ...(next?.nodes ?? [])]);
      const edges = new Set([...(prev?.edges ?? []), ...(next?.edges ?? [])]);
      return { nodes: [...nodes], edges: [...edges] };
    },
  };
  d.setAppearance(view.lang, view.size, view.color);
  return d;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function sameEmphasis(a: Emphasis | null, b: Emphasis | null): boolean {
  if (!a || !b) return a === b;
  return sameSet(a.nodes, b.nodes) && sameSet(a.edges, b.edges) && sameSet(a.selected, b.selected);
}

/** Items to emphasise: a node and its shown neighbourhood, an edge and its ends, and the listed paths. */
export function emphasisOf(index: ViewIndex, mask: Mask, node: string | null, edge: string | null, paths: ShortestPaths | null): Emphasis | null {
  const e: Emphasis = { nodes: new Set(), edges: new Set(), selected: new Set() };
  const v = node !== null ? index.nodeIndex.get(node) : undefined;
  if (v !== undefined && mask.nodes[v]) {
    e.nodes.add(node!);
    e.selected.add(node!);
    for (let k = index.nodeEdgeOffsets[v]!; k < index.nodeEdgeOffsets[v + 1]!; k++) {
      const id = index.nodeEdgeIds[k]!;
      if (!mask.edges[id]) continue;
      e.edges.add(index.edgeKeys[id]!);
      e.nodes.add(index.nodeKeys[index.edgeSource[id]!]!);
      e.nodes.add(index.nodeKeys[index.edgeTarget[id]!]!);
    }
  }
  const ei = edge !== null ? index.edgeIndex.get(edge) : undefined;
  if (ei !== undefined && mask.edges[ei]) {
    e.edges.add(edge!);
    for (const end of [index.edgeSource[ei]!, index.edgeTarget[ei]!]) {
      e.nodes.add(index.nodeKeys[end]!);
      e.selected.add(index.nodeKeys[end]!);
    }
  }
  if (paths) {
    for (const n of paths.nodes) e.nodes.add(n);
    for (const x of paths.edges) e.edges.add(x);
    if (paths.paths[0]?.length) {
      e.selected.add(paths.paths[0][0]!.from);
      e.selected.add(paths.paths[0][paths.paths[0].length - 1]!.to);
    }
  }
  return e.nodes.size || e.edges.size ? e : null;
}

export function nodeSize(d: Display, node: string, attrs: NodeAttributes): number {
  const v = d.size === 'mentions' ? Number(attrs.mentions) || 1 : d.index.nodeDegree[d.index.nodeIndex.get(node) ?? 0] ?? 1;
  const base = d.graph.order > 2000 ? 2 : 4;
  return base + (d.graph.order > 2000 ? 0.8 : 1.8) * Math.sqrt(v);
}

export function nodeReducer(d: Display, node: string, attrs: NodeAttributes): Record<string, unknown> {
  const i = d.index.nodeIndex.get(node) ?? -1;
  const out: Record<string, unknown> = {
    x: attrs.x,
    y: attrs.y,
    label: (d.lang === 'ar' ? attrs.label_ar : attrs.label_en) || attrs.label || node,
    color: d.color === 'community' && d.communities ? communityColor(d.communities.get(node) ?? 99) : kindColor(attrs.kind),
    size: nodeSize(d, node, attrs),
    hidden: d.mask.nodes[i] !== 1,
    /** For the edge programs: which node this is (`ViewIndex` number). */
    nodeIndex: i,
    highlighted: false,
    forceLabel: false,
    type: 'circle',
    zIndex: 1,
  };
  const em = d.emphasis;
  if (em) {
    if (em.nodes.has(node)) {
      out.zIndex = 2;
      out.forceLabel = true;
      if (em.selected.has(node)) out.highlighted = true;
    } else if (d.dim) {
      out.color = DIM_NODE;
      out.label = null;
      out.zIndex = 0;
    }
  }
  return out;
}

/**
 * What sigma keeps for every hidden edge: one shared object per edge type (sigma's defaults rewrite it
 * with the same values; nothing is drawn). The type never changes with visibility: sigma places an edge
 * in its type's program at indexation, and a partial refresh must find it there.
 */
const HIDDEN_ARROW = { color: DIM_EDGE, size: 1, type: 'arrow', label: '', hidden: true, forceLabel: false, zIndex: 0 };
const HIDDEN = { arrow: HIDDEN_ARROW, line: { ...HIDDEN_ARROW, type: 'line' }, thin: { ...HIDDEN_ARROW, type: 'thin' } };

/** An undirected edge (a symmetric relation, or an imported `Type` Undirected) is drawn without an arrow. */
function edgeType(d: Display, attrs: EdgeAttributes): keyof typeof HIDDEN {
  return d.thin ? 'thin' : attrs.undirected || SYMMETRIC_RELATIONS.has(attrs.relation) ? 'line' : 'arrow';
}

export function edgeReducer(d: Display, edge: string, attrs: EdgeAttributes): Record<string, unknown> {
  const i = d.index.edgeIndex.get(edge) ?? -1;
  if ((d.endsHideEdges ? d.mask.own : d.mask.edges)[i] !== 1) return HIDDEN[edgeType(d, attrs)];
  const em = d.emphasis;
  const plain = !em || (!em.edges.has(edge) && !d.dim);
  if (plain && d.edgeLook[i]) return d.edgeLook[i];
  const r = d.index.edgeRelation[i] ?? 0;
  const out: Record<string, unknown> = {
    color: d.relationColor[r] ?? '#8a8f98',
    size: 1 + Math.log2(Math.max(1, Number(attrs.weight) || 1)),
    type: edgeType(d, attrs),
    label: d.relationLabel[r]?.[d.lang] ?? attrs.relation,
    hidden: false,
    forceLabel: false,
    zIndex: 1,
  };
  if (plain) {
    if (i >= 0) d.edgeLook[i] = out;
  } else if (em.edges.has(edge)) {
    out.size = (out.size as number) + 1.5;
    out.zIndex = 2;
    out.forceLabel = true;
  } else {
    out.color = DIM_EDGE;
    out.label = null;
    out.zIndex = 0;
  }
  return out;
}

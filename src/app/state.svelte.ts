/**
 * The one app state: the graph on screen, the view state (mirrored in the URL) and load status.
 * The graph lives in `$state.raw`: it is never proxied. What the view shows is derived in steps:
 * graph → index (once per graph) → mask (per view change) → the viewer's partial refresh.
 */
import type { WaslGraph } from '../lib/graph/build.ts';
import { DEFAULT_VIEW_STATE, fromSearchParams, toSearchParams, type ViewState } from '../lib/view/state.ts';
import { buildViewIndex, type ViewIndex } from '../lib/view/view-index.ts';
import { computeMask, type Mask } from '../lib/view/mask.ts';
import { shortestPaths, type ShortestPaths } from '../lib/view/paths.ts';
import { buildSearchIndex, type SearchIndex } from '../lib/view/search.ts';

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

/** How a view change enters the browser history: a new entry, a replaced one, or none. */
export type HistoryMode = 'push' | 'replace' | 'none';

/** Read-only key set over a mask (what `visibility.nodes` / `.edges` were as `Set`s). */
export class MaskKeys implements Iterable<string> {
  constructor(
    private readonly keys: readonly string[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly mask: Uint8Array,
    readonly size: number,
  ) {}
  has(key: string): boolean {
    const i = this.index.get(key);
    return i !== undefined && this.mask[i] === 1;
  }
  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.mask.length; i++) if (this.mask[i]) yield this.keys[i]!;
  }
}

export interface Timings {
  /** ms from navigation start to the graph parsed / the first frame drawn. */
  load: number | null;
  firstFrame: number | null;
  /** The last view change: JavaScript until sigma's refresh returned, and until the next frame was drawn. */
  update: { js: number; total: number; nodes: number; edges: number } | null;
  /** The last full re-reduction of every node and edge (an appearance change), for comparison. */
  fullRefresh: number | null;
}

const EMPTY_MASK: Mask = { nodes: new Uint8Array(0), edges: new Uint8Array(0), own: new Uint8Array(0), nodeCount: 0, edgeCount: 0, kindCounts: new Uint32Array(0), relationCounts: new Uint32Array(0) };

export class AppState {
  graph = $state.raw<WaslGraph | null>(null);
  view = $state.raw<ViewState>(DEFAULT_VIEW_STATE);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);
  /** Table of the shown edges instead of the graph. */
  tableOpen = $state(false);
  /** Not reactive: written by the viewer, read by benchmarks and tests. */
  timings: Timings = { load: null, firstFrame: null, update: null, fullRefresh: null };
  /** When the view last changed (performance.now()), for `timings.update`. */
  changedAt = 0;

  index: ViewIndex | null = $derived(this.graph ? buildViewIndex(this.graph) : null);
  mask: Mask = $derived(this.index ? computeMask(this.index, this.view) : EMPTY_MASK);

  /** What the view state shows of the graph, as key sets. */
  visibility = $derived.by(() => {
    const index = this.index;
    const mask = this.mask;
    if (!index) return { nodes: new MaskKeys([], new Map(), mask.nodes, 0), edges: new MaskKeys([], new Map(), mask.edges, 0) };
    return {
      nodes: new MaskKeys(index.nodeKeys, index.nodeIndex, mask.nodes, mask.nodeCount),
      edges: new MaskKeys(index.edgeKeys, index.edgeIndex, mask.edges, mask.edgeCount),
    };
  });

  /** Built on first use (deriveds are lazy). */
  searchIndex: SearchIndex | null = $derived(this.graph ? buildSearchIndex(this.graph) : null);

  paths: ShortestPaths | null = $derived(
    this.index && this.view.path ? shortestPaths(this.index, this.mask, this.view.path[0], this.view.path[1]) : null,
  );

  private listeners = new Set<() => void>();

  /**
   * Call `fn` synchronously after every view change, before the panels update: the renderer uses it so a
   * filter or time step reaches the canvas first. Returns the unsubscribe function.
   */
  onViewChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Change the view; by default a new history entry, so back/forward step through views. */
  setView(partial: Partial<ViewState>, history: HistoryMode = 'push'): void {
    this.changedAt = performance.now();
    const next = { ...this.view, ...partial };
    this.view = next;
    for (const fn of this.listeners) fn();
    if (history === 'none' || typeof window === 'undefined') return;
    const query = toSearchParams(next).toString();
    if (`?${query}` === location.search || (query === '' && location.search === '')) return;
    const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
    // In a frame, a pushed entry would join the host page's history (its back button would step the viewer).
    if (history === 'push' && window.parent === window) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** Back/forward: the URL is the truth. */
  restoreFromUrl(): void {
    this.changedAt = performance.now();
    this.view = fromSearchParams(new URLSearchParams(location.search));
    for (const fn of this.listeners) fn();
  }

  setGraph(graph: WaslGraph): void {
    this.graph = graph;
    this.error = null;
    this.status = graph.order === 0 ? 'empty' : 'ready';
  }

  fail(message: string): void {
    this.error = message;
    this.status = 'error';
  }
}

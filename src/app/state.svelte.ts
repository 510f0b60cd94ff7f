/**
 * The one app state: the graph on screen, the view state (mirrored in the URL) and load status.
 * The graph lives in `$state.raw`: it is never proxied.
 */
import type { WaslGraph } from '../lib/graph/build.ts';
import { DEFAULT_VIEW_STATE, type ViewState } from '../lib/view/state.ts';
import { computeVisibility, type Visibility } from '../lib/view/visibility.ts';

export type LoadStatus = 'loading' | 'ready' | 'empty' | 'error';

export class AppState {
  graph = $state.raw<WaslGraph | null>(null);
  view = $state.raw<ViewState>(DEFAULT_VIEW_STATE);
  status = $state<LoadStatus>('loading');
  error = $state<string | null>(null);

  /** What the view state shows of the graph. */
  visibility: Visibility = $derived(
    this.graph ? computeVisibility(this.graph, this.view) : { nodes: new Set<string>(), edges: new Set<string>() },
  );

  setView(partial: Partial<ViewState>): void {
    this.view = { ...this.view, ...partial };
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

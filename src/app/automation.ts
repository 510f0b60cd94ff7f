/**
 * `window.wasl`: a read-only automation handle for tests, embedding pages and devtools (DESIGN: URL and
 * embedding contract). It reads the app state; it never keeps its own copy.
 */
import type { WaslGraph } from '../lib/graph/build.ts';
import type { ViewState } from '../lib/view/state.ts';
import type { AppState, Timings } from './state.svelte.ts';

export interface WaslHandle {
  /** Resolves once the first graph (or the message that there is none) is on screen. */
  readonly ready: Promise<void>;
  /** The graph on screen. */
  readonly graph: WaslGraph | null;
  /** The current view state. */
  readonly state: ViewState;
  /** Load status: loading | ready | empty | error. */
  readonly status: string;
  setState(partial: Partial<ViewState>): void;
  /** Keys of the nodes drawn now, sorted. */
  visibleNodes(): string[];
  /** Keys of the edges drawn now, sorted. */
  visibleEdges(): string[];
  /** Load, first frame and last view change, in ms (for benchmarks). */
  readonly timings: Timings;
}

declare global {
  interface Window {
    wasl: WaslHandle;
  }
}

export function installAutomation(app: AppState): { resolveReady: () => void } {
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const handle: WaslHandle = {
    ready,
    get graph() {
      return app.graph;
    },
    get state() {
      return app.view;
    },
    get status() {
      return app.status;
    },
    setState(partial) {
      app.setView(partial);
    },
    visibleNodes: () => [...app.visibility.nodes].sort(),
    visibleEdges: () => [...app.visibility.edges].sort(),
    get timings() {
      return app.timings;
    },
  };
  Object.defineProperty(window, 'wasl', { value: Object.freeze(handle), configurable: true });
  return { resolveReady };
}

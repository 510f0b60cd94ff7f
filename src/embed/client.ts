/**
 * The host-page helper: drive a Wasl viewer in an iframe with typed calls instead of raw postMessage.
 *
 * ```js
 * const viewer = await Wasl.connect(document.querySelector('iframe'));
 * viewer.focus('bashar-al-assad');
 * viewer.on('select', (node) => console.log('reader clicked', node));
 * ```
 *
 * Messages are sent only to the iframe's origin, and only messages from that iframe and origin are read.
 * Built as an ES module (import it) and as a standalone script, `wasl-embed.js`, that defines `window.Wasl`.
 */
import {
  PROTOCOL_VERSION,
  originOf,
  parseOutMessage,
  type InMessage,
  type OutMessage,
  type SetFiltersMessage,
} from '../lib/embed/protocol.ts';
import type { ViewState } from '../lib/view/state.ts';

export { PROTOCOL_VERSION };
export type { ViewState };

export interface ConnectOptions {
  /** The viewer's origin; default: the origin of the iframe's `src`. `'*'` accepts any (not advised). */
  origin?: string;
  /** How long to wait for `wasl:ready`, in milliseconds (default 20000). */
  timeout?: number;
}

export interface ViewerEvents {
  /** The viewer (re)started: the first time, and after every reload of the iframe. */
  ready: (state: ViewState) => void;
  /** The selected node changed (a click or tap, or `focus()`); `null` = nothing selected. */
  select: (node: string | null) => void;
  /** The view state changed. */
  state: (state: ViewState) => void;
}

export interface WaslViewer {
  /** Protocol version the viewer announced. */
  readonly version: number;
  /** The latest view state the viewer reported. */
  readonly state: ViewState;
  /** Selects a node (as a click on it would); `null` clears the selection. */
  focus(node: string | null): void;
  /** Shows only relations dated in [from, to] (YYYY, YYYY-MM or YYYY-MM-DD; `null` = open). */
  setRange(from: string | null, to: string | null): void;
  /** Shows only these relation ids / node kinds (`null` = all; left out = unchanged). */
  setFilters(filters: Omit<SetFiltersMessage, 'type'>): void;
  /** Loads another graph file (a URL the viewer can fetch: same origin or CORS-enabled). */
  load(url: string): void;
  /** Listens to the viewer; returns the function that stops listening. */
  on<K extends keyof ViewerEvents>(type: K, listener: ViewerEvents[K]): () => void;
  /** Stops listening to the viewer. */
  disconnect(): void;
}

/** Waits for the viewer in `iframe` to be ready and returns a handle to drive it. */
export function connect(iframe: HTMLIFrameElement, options: ConnectOptions = {}): Promise<WaslViewer> {
  const origin = options.origin ?? originOf(iframe.src, location.href);
  if (!origin) return Promise.reject(new Error(`Wasl.connect: the iframe's src (${iframe.src || 'empty'}) is not an http(s) URL`));
  const timeout = options.timeout ?? 20_000;
  const listeners: { [K in keyof ViewerEvents]: Set<ViewerEvents[K]> } = { ready: new Set(), select: new Set(), state: new Set() };
  let state: ViewState | null = null;
  let version = 0;

  const post = (message: InMessage) => iframe.contentWindow?.postMessage(message, origin);
  let connected = false;
  // Until the first wasl:ready, ask (a viewer that is ready already does not announce itself again);
  // after it, a reloaded viewer announces itself.
  const hello = () => {
    if (!connected) post({ type: 'wasl:hello' });
  };

  return new Promise<WaslViewer>((resolve, reject) => {
    const viewer: WaslViewer = {
      get version() {
        return version;
      },
      get state() {
        return state!;
      },
      focus: (node) => post({ type: 'wasl:focus', node }),
      setRange: (from, to) => post({ type: 'wasl:setRange', from, to }),
      setFilters: (filters) => post({ type: 'wasl:setFilters', ...filters }),
      load: (url) => post({ type: 'wasl:load', url }),
      on(type, listener) {
        listeners[type].add(listener);
        return () => listeners[type].delete(listener);
      },
      disconnect() {
        window.removeEventListener('message', receive);
        iframe.removeEventListener('load', hello);
        clearTimeout(timer);
      },
    };

    function emit(message: OutMessage) {
      if (message.type === 'wasl:select') {
        for (const l of listeners.select) l(message.node);
        return;
      }
      const { type, ...rest } = message;
      if ('version' in rest) {
        const { version: v, ...view } = rest;
        version = v;
        state = view;
      } else state = rest;
      for (const l of type === 'wasl:ready' ? listeners.ready : listeners.state) l(state);
    }

    function receive(event: MessageEvent) {
      if (event.source !== iframe.contentWindow) return;
      if (origin !== '*' && event.origin !== origin) return;
      const message = parseOutMessage(event.data);
      if (!message) return;
      emit(message);
      if (message.type === 'wasl:ready' && !connected) {
        connected = true;
        clearTimeout(timer);
        resolve(viewer);
      }
    }

    const timer = setTimeout(() => {
      viewer.disconnect();
      reject(new Error(`Wasl.connect: no wasl:ready from ${origin} within ${timeout} ms (is the iframe a Wasl viewer, and is parentOrigin right?)`));
    }, timeout);
    window.addEventListener('message', receive);
    iframe.addEventListener('load', hello);
    hello();
  });
}

export const Wasl = { connect, PROTOCOL_VERSION };

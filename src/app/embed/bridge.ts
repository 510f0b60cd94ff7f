/**
 * The postMessage bridge of an embedded viewer (DESIGN: URL and embedding contract). It checks every
 * incoming message (source, origin, shape) before it touches the app, and tells the host page what
 * changed. Framework-free: the app is reached through the three functions of `BridgeHost`.
 */
import {
  acceptsOrigin,
  parseInMessage,
  readyMessage,
  selectMessage,
  stateMessage,
  targetOrigin,
  viewChange,
  type OutMessage,
} from '../../lib/embed/protocol.ts';
import type { ViewState } from '../../lib/view/state.ts';

export interface BridgeHost {
  view(): ViewState;
  setView(partial: Partial<ViewState>): void;
  load(url: string): void;
  /** Whether the graph on screen has this node (`wasl:focus` on an unknown node is ignored). */
  hasNode(node: string): boolean;
}

/** The part of `window` the bridge uses (a fake one in unit tests). */
export interface BridgeWindow {
  readonly parent: { postMessage(message: unknown, targetOrigin: string): void } | null;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export class EmbedBridge {
  #win: BridgeWindow;
  #host: BridgeHost;
  #ready = false;
  #focus: string | null = null;
  #listener = (event: MessageEvent) => this.receive(event);

  constructor(win: BridgeWindow, host: BridgeHost) {
    this.#win = win;
    this.#host = host;
  }

  /** Whether the page runs inside a frame, i.e. has a host to talk to. */
  get framed(): boolean {
    return this.#win.parent !== null && (this.#win.parent as unknown) !== this.#win;
  }

  /** Starts listening; returns the function that stops. */
  start(): () => void {
    if (!this.framed) return () => undefined;
    this.#win.addEventListener('message', this.#listener);
    return () => this.#win.removeEventListener('message', this.#listener);
  }

  /** Sends `wasl:ready` (once the first graph, or the message that there is none, is on screen). */
  announceReady(): void {
    this.#ready = true;
    const view = this.#host.view();
    this.#focus = view.focus;
    this.#send(readyMessage(view));
  }

  /** Tells the host about a new view state: `wasl:state`, and `wasl:select` when the focus changed. */
  publish(view: ViewState): void {
    if (!this.#ready) return;
    if (view.focus !== this.#focus) {
      this.#focus = view.focus;
      this.#send(selectMessage(view.focus));
    }
    this.#send(stateMessage(view));
  }

  /** Handles one `message` event; anything not from the parent, its origin, and well-formed is ignored. */
  receive(event: MessageEvent): void {
    if (!this.framed || event.source !== this.#win.parent) return;
    if (!acceptsOrigin(event.origin, this.#host.view().parentOrigin)) return;
    const message = parseInMessage(event.data);
    if (!message) return;
    if (message.type === 'wasl:hello') {
      if (this.#ready) this.#send(readyMessage(this.#host.view()));
    } else if (message.type === 'wasl:load') {
      this.#host.load(message.url);
    } else if (message.type === 'wasl:focus' && message.node !== null && !this.#host.hasNode(message.node)) {
      return;
    } else {
      this.#host.setView(viewChange(message));
    }
  }

  #send(message: OutMessage): void {
    const target = targetOrigin(this.#host.view().parentOrigin);
    if (!this.framed || target === null) return;
    this.#win.parent!.postMessage(message, target);
  }
}

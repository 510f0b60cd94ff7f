/**
 * The postMessage protocol between an embedded viewer and its host page (DESIGN: URL and embedding
 * contract). Pure: message types, validation of incoming messages, origin checks. No DOM.
 *
 * Every message is a plain object whose `type` begins with `wasl:`; its fields sit beside `type`
 * (`{ type: 'wasl:focus', node: 'bashar-al-assad' }`).
 */
import type { ViewState } from '../view/state.ts';

/** Version of this protocol, sent in `wasl:ready`. Bump it when a message changes shape. */
export const PROTOCOL_VERSION = 1;

// ── host → viewer ────────────────────────────────────────────────────────────────────────────────
export interface FocusMessage {
  type: 'wasl:focus';
  /** Node id to select (as a click on it would); `null` clears the selection. */
  node: string | null;
}
export interface SetRangeMessage {
  type: 'wasl:setRange';
  /** Inclusive range as YYYY, YYYY-MM or YYYY-MM-DD; `null` = open on that side. */
  from: string | null;
  to: string | null;
}
export interface SetFiltersMessage {
  type: 'wasl:setFilters';
  /** Relation ids shown; `null` = all; absent = unchanged. */
  relations?: string[] | null;
  /** Node kinds shown; `null` = all; absent = unchanged. */
  kinds?: string[] | null;
}
export interface LoadMessage {
  type: 'wasl:load';
  /** URL of a graph file, resolved against the viewer's page. */
  url: string;
}
/** Asks a viewer that is already ready to send `wasl:ready` again (for hosts that connect late). */
export interface HelloMessage {
  type: 'wasl:hello';
}
export type InMessage = FocusMessage | SetRangeMessage | SetFiltersMessage | LoadMessage | HelloMessage;

// ── viewer → host ────────────────────────────────────────────────────────────────────────────────
export interface ReadyMessage extends ViewState {
  type: 'wasl:ready';
  version: number;
}
export interface SelectMessage {
  type: 'wasl:select';
  node: string | null;
}
export interface StateMessage extends ViewState {
  type: 'wasl:state';
}
export type OutMessage = ReadyMessage | SelectMessage | StateMessage;

export function readyMessage(state: ViewState): ReadyMessage {
  return { type: 'wasl:ready', version: PROTOCOL_VERSION, ...state };
}
export function stateMessage(state: ViewState): StateMessage {
  return { type: 'wasl:state', ...state };
}
export function selectMessage(node: string | null): SelectMessage {
  return { type: 'wasl:select', node };
}

// ── validation ───────────────────────────────────────────────────────────────────────────────────
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const MAX_ID = 200;
const MAX_LIST = 500;
const MAX_URL = 4000;

/** Whether a value is a date the view state accepts: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isPartialDate(value: unknown): value is string {
  return typeof value === 'string' && DATE.test(value);
}

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= MAX_ID;
const isIdList = (v: unknown): v is string[] => Array.isArray(v) && v.length <= MAX_LIST && v.every(isId);

/**
 * An incoming message, checked field by field, or `null` when it is not a valid Wasl message (wrong
 * type, missing or ill-typed fields). Never throws, whatever it is given; unknown extra fields are dropped.
 */
export function parseInMessage(data: unknown): InMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'wasl:focus':
      return m.node === null || isId(m.node) ? { type: 'wasl:focus', node: m.node } : null;
    case 'wasl:setRange': {
      const from = m.from ?? null;
      const to = m.to ?? null;
      if (from !== null && !isPartialDate(from)) return null;
      if (to !== null && !isPartialDate(to)) return null;
      return { type: 'wasl:setRange', from, to };
    }
    case 'wasl:setFilters': {
      const out: SetFiltersMessage = { type: 'wasl:setFilters' };
      for (const key of ['relations', 'kinds'] as const) {
        if (!(key in m) || m[key] === undefined) continue;
        if (m[key] !== null && !isIdList(m[key])) return null;
        out[key] = m[key] === null ? null : [...(m[key] as string[])];
      }
      return out;
    }
    case 'wasl:load':
      return typeof m.url === 'string' && m.url.length > 0 && m.url.length <= MAX_URL ? { type: 'wasl:load', url: m.url } : null;
    case 'wasl:hello':
      return { type: 'wasl:hello' };
    default:
      return null;
  }
}

/**
 * The view state carried by `wasl:ready` / `wasl:state`: every field but `type` and `version`, as sent.
 * The viewer owns its shape (it grows with the URL state), so the host side does not re-check each field.
 */
function viewStateOf(m: Record<string, unknown>): ViewState {
  const { type: _type, version: _version, ...state } = m;
  return state as unknown as ViewState;
}

/** A message from a viewer, checked (for host pages: `src/embed/client.ts`), or `null`. Never throws. */
export function parseOutMessage(data: unknown): OutMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'wasl:ready':
      return typeof m.version === 'number' && typeof m.lang === 'string' ? { type: 'wasl:ready', version: m.version, ...viewStateOf(m) } : null;
    case 'wasl:select':
      return m.node === null || isId(m.node) ? { type: 'wasl:select', node: m.node } : null;
    case 'wasl:state':
      return typeof m.lang === 'string' ? { type: 'wasl:state', ...viewStateOf(m) } : null;
    default:
      return null;
  }
}

/** The view-state change an incoming message asks for (`wasl:load` and `wasl:hello` change none). */
export function viewChange(message: InMessage): Partial<ViewState> {
  switch (message.type) {
    case 'wasl:focus':
      return { focus: message.node };
    case 'wasl:setRange':
      return { from: message.from, to: message.to };
    case 'wasl:setFilters': {
      const change: Partial<ViewState> = {};
      if (message.relations !== undefined) change.relations = message.relations;
      if (message.kinds !== undefined) change.kinds = message.kinds;
      return change;
    }
    default:
      return {};
  }
}

/** The origin part of a URL (`https://news.example:8443`), or `null` when it is not an http(s) URL. */
export function originOf(url: string, base?: string): string | null {
  try {
    const u = new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * Whether a message from `origin` may drive the viewer: any origin when no `parentOrigin` is set,
 * else only that one (compared as origins, so a trailing slash or path in `parentOrigin` does not matter).
 */
export function acceptsOrigin(origin: string, parentOrigin: string | null): boolean {
  if (!parentOrigin) return true;
  return originOf(parentOrigin) === origin;
}

/**
 * Where outgoing messages may go: the parent origin when one is set, `'*'` when none is, and `null`
 * (send nothing) when `parentOrigin` is set but is not an http(s) origin.
 */
export function targetOrigin(parentOrigin: string | null): string | null {
  return parentOrigin ? originOf(parentOrigin) : '*';
}

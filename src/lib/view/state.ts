/**
 * The view state: plain data, mirrored in the URL (DESIGN: URL contract).
 * `toSearchParams` / `fromSearchParams` are pure and round-trip.
 */
import type { Lang } from '../types.ts';

export interface ViewState {
  lang: Lang;
  /** Node kinds shown; `null` = all. */
  kinds: string[] | null;
  /** Relation ids shown; `null` = all. */
  relations: string[] | null;
  /** Time range, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD; `null` = open. */
  from: string | null;
  to: string | null;
  /** Focused node id. */
  focus: string | null;
  /** URL of the data to load (graph JSON, CSV, GEXF); `null` = the bundled graph.json. */
  data: string | null;
  embed: boolean;
  parentOrigin: string | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  lang: 'en',
  kinds: null,
  relations: null,
  from: null,
  to: null,
  focus: null,
  data: null,
  embed: false,
  parentOrigin: null,
};

const list = (v: string | null): string[] | null =>
  v === null ? null : v.split(',').map((s) => s.trim()).filter(Boolean);

export function fromSearchParams(params: URLSearchParams): ViewState {
  const lang = params.get('lang');
  return {
    lang: lang === 'ar' ? 'ar' : 'en',
    kinds: list(params.get('kinds')),
    relations: list(params.get('relations')),
    from: params.get('from') || null,
    to: params.get('to') || null,
    focus: params.get('focus') || null,
    data: params.get('data') || null,
    embed: params.get('embed') === '1',
    parentOrigin: params.get('parentOrigin') || null,
  };
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function toSearchParams(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.data) p.set('data', state.data);
  if (state.lang !== DEFAULT_VIEW_STATE.lang) p.set('lang', state.lang);
  if (state.kinds) p.set('kinds', state.kinds.join(','));
  if (state.relations) p.set('relations', state.relations.join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.focus) p.set('focus', state.focus);
  if (state.embed) p.set('embed', '1');
  if (state.parentOrigin) p.set('parentOrigin', state.parentOrigin);
  return p;
}

/**
 * The view state: plain data, mirrored in the URL (DESIGN: URL contract).
 * `toSearchParams` / `fromSearchParams` are pure and round-trip.
 */
import type { Lang } from '../types.ts';

export type SizeBy = 'degree' | 'mentions';
export type ColorBy = 'kind' | 'community';
export type Origin = 'all' | 'lexicon' | 'discovered';
export type Placement = 'force' | 'geo';

export interface ViewState {
  lang: Lang;
  /** Node kinds shown; `null` = all. */
  kinds: string[] | null;
  /** Relation ids shown; `null` = all. */
  relations: string[] | null;
  /** Time range, inclusive, as YYYY, YYYY-MM or YYYY-MM-DD; `null` = open. */
  from: string | null;
  to: string | null;
  /** Show edges without a date (with or without a time range). */
  undated: boolean;
  /** Focused (selected) node id. */
  focus: string | null;
  /** Selected edge key (the evidence panel shows it). */
  edge: string | null;
  /** Ego network around `focus`: 0 = off, else 1–3 hops. */
  hops: number;
  /** Shortest paths between two nodes. */
  path: [string, string] | null;
  /** Article ids / outlets whose evidence an edge must have; `null` = any. */
  articles: string[] | null;
  outlets: string[] | null;
  /** Edges with at least this weight (number of evidence items). */
  minWeight: number;
  /** Lexicon entities, discovered names, or both. */
  origin: Origin;
  size: SizeBy;
  color: ColorBy;
  placement: Placement;
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
  undated: true,
  focus: null,
  edge: null,
  hops: 0,
  path: null,
  articles: null,
  outlets: null,
  minWeight: 1,
  origin: 'all',
  size: 'degree',
  color: 'kind',
  placement: 'force',
  data: null,
  embed: false,
  parentOrigin: null,
};

/** The parts of the state that filter what is shown (reset by "reset filters"). */
export const FILTER_KEYS = ['kinds', 'relations', 'from', 'to', 'undated', 'hops', 'articles', 'outlets', 'minWeight', 'origin'] as const;

export function resetFilters(): Partial<ViewState> {
  const out: Partial<ViewState> = {};
  for (const k of FILTER_KEYS) (out as Record<string, unknown>)[k] = DEFAULT_VIEW_STATE[k];
  return out;
}

const list = (v: string | null): string[] | null =>
  v === null ? null : v.split(',').map((s) => s.trim()).filter(Boolean);

const oneOf = <T extends string>(v: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

function int(v: string | null, min: number, max: number, fallback: number): number {
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : fallback;
}

export function fromSearchParams(params: URLSearchParams): ViewState {
  const path = list(params.get('path'));
  return {
    lang: oneOf(params.get('lang'), ['en', 'ar'], 'en'),
    kinds: list(params.get('kinds')),
    relations: list(params.get('relations')),
    from: params.get('from') || null,
    to: params.get('to') || null,
    undated: params.get('undated') !== '0',
    focus: params.get('focus') || null,
    edge: params.get('edge') || null,
    hops: int(params.get('hops'), 0, 3, 0),
    path: path && path.length === 2 ? [path[0]!, path[1]!] : null,
    articles: list(params.get('articles')),
    outlets: list(params.get('outlets')),
    minWeight: int(params.get('minWeight'), 1, 1e6, 1),
    origin: oneOf(params.get('origin'), ['all', 'lexicon', 'discovered'], 'all'),
    size: oneOf(params.get('size'), ['degree', 'mentions'], 'degree'),
    color: oneOf(params.get('color'), ['kind', 'community'], 'kind'),
    placement: oneOf(params.get('placement'), ['force', 'geo'], 'force'),
    data: params.get('data') || null,
    embed: params.get('embed') === '1',
    parentOrigin: params.get('parentOrigin') || null,
  };
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function toSearchParams(state: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  const d = DEFAULT_VIEW_STATE;
  if (state.data) p.set('data', state.data);
  if (state.lang !== d.lang) p.set('lang', state.lang);
  if (state.kinds) p.set('kinds', state.kinds.join(','));
  if (state.relations) p.set('relations', state.relations.join(','));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (!state.undated) p.set('undated', '0');
  if (state.focus) p.set('focus', state.focus);
  if (state.edge) p.set('edge', state.edge);
  if (state.hops !== d.hops) p.set('hops', String(state.hops));
  if (state.path) p.set('path', state.path.join(','));
  if (state.articles) p.set('articles', state.articles.join(','));
  if (state.outlets) p.set('outlets', state.outlets.join(','));
  if (state.minWeight !== d.minWeight) p.set('minWeight', String(state.minWeight));
  if (state.origin !== d.origin) p.set('origin', state.origin);
  if (state.size !== d.size) p.set('size', state.size);
  if (state.color !== d.color) p.set('color', state.color);
  if (state.placement !== d.placement) p.set('placement', state.placement);
  if (state.embed) p.set('embed', '1');
  if (state.parentOrigin) p.set('parentOrigin', state.parentOrigin);
  return p;
}

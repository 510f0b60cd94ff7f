/**
 * Links and iframe snippets for the Share / Embed dialog, and the compact controls of embed mode
 * (`controls=`). Pure: strings in, strings out; every value put into the snippet is escaped.
 */
import { toSearchParams, type ViewState } from '../view/state.ts';

/** Compact controls an embedded viewer can show, chosen with `controls=` (comma list, or `none`). */
export const EMBED_CONTROLS = ['timeline', 'legend', 'link'] as const;
export type EmbedControl = (typeof EMBED_CONTROLS)[number];
export const DEFAULT_EMBED_CONTROLS: readonly EmbedControl[] = ['timeline', 'link'];

/** `controls=` → the controls to show, in a fixed order; absent = the defaults, `none` or empty = none. */
export function parseControls(value: string | null): EmbedControl[] {
  if (value === null) return [...DEFAULT_EMBED_CONTROLS];
  const asked = new Set(value.split(',').map((s) => s.trim()));
  return EMBED_CONTROLS.filter((c) => asked.has(c));
}

/** The `controls=` value for a set of controls, or `null` when it is the default set. */
export function controlsParam(controls: readonly EmbedControl[]): string | null {
  const ordered = EMBED_CONTROLS.filter((c) => controls.includes(c));
  if (ordered.join(',') === DEFAULT_EMBED_CONTROLS.join(',')) return null;
  return ordered.length ? ordered.join(',') : 'none';
}

/** `pageUrl` with its query and hash replaced by `params`. */
function withQuery(pageUrl: string, params: URLSearchParams): string {
  const u = new URL(pageUrl);
  u.search = params.toString();
  u.hash = '';
  return u.toString();
}

/** A link to this view in the full viewer (no embed mode, no parent origin). */
export function viewUrl(pageUrl: string, state: ViewState): string {
  return withQuery(pageUrl, toSearchParams({ ...state, embed: false, parentOrigin: null }));
}

export interface EmbedOptions {
  controls?: readonly EmbedControl[];
  /** Origin of the host page allowed to drive the viewer with postMessage. */
  parentOrigin?: string | null;
}

/** The URL an iframe opens to show this view in embed mode. */
export function embedUrl(pageUrl: string, state: ViewState, options: EmbedOptions = {}): string {
  const params = toSearchParams({ ...state, embed: true, parentOrigin: options.parentOrigin ?? null });
  const controls = options.controls ? controlsParam(options.controls) : null;
  if (controls) params.set('controls', controls);
  return withQuery(pageUrl, params);
}

/** A CSS length for an iframe attribute: `640`, `640px` or `100%`; anything else → `fallback`. */
export function iframeLength(value: string | number, fallback: string): string {
  const v = String(value).trim();
  return /^\d{1,5}(px|%)?$/.test(v) ? v.replace(/px$/, '') : fallback;
}

/** The same length as CSS: `640px` or `100%`. */
export function cssLength(value: string | number, fallback: string): string {
  const v = iframeLength(value, fallback);
  return /^\d+$/.test(v) ? `${v}px` : v;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface SnippetOptions {
  src: string;
  width: string | number;
  height: string | number;
  title: string;
}

/** The `<iframe>` snippet to paste into a page: lazy, borderless, with a title for screen readers. */
export function iframeSnippet({ src, width, height, title }: SnippetOptions): string {
  const attrs: [string, string][] = [
    ['src', src],
    ['width', iframeLength(width, '100%')],
    ['height', iframeLength(height, '480')],
    ['title', title.trim() || 'Wasl graph'],
    ['loading', 'lazy'],
    ['style', 'border:0;max-width:100%'],
    ['allow', 'fullscreen; clipboard-write'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></iframe>`;
}

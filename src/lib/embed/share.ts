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

/**
 * The size of an embed as CSS lengths: the width in pixels (`640`, `640px`) or a percentage (`100%`),
 * the height in pixels; anything else gives the default (`100%` × `480px`).
 */
export function embedSize(width: string | number, height: string | number): { width: string; height: string } {
  const w = String(width).trim();
  const h = String(height).trim();
  return {
    width: /^\d{1,5}(px)?$/.test(w) ? `${parseInt(w, 10)}px` : /^\d{1,3}%$/.test(w) ? w : '100%',
    height: /^\d{1,5}(px)?$/.test(h) ? `${parseInt(h, 10)}px` : '480px',
  };
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

/**
 * The `<iframe>` snippet to paste into a page: lazy, borderless, with a title for screen readers. A pixel
 * width goes into the `width` attribute, a percentage into `style` (the attribute takes pixels only).
 */
export function iframeSnippet({ src, width, height, title }: SnippetOptions): string {
  const size = embedSize(width, height);
  const percent = size.width.endsWith('%');
  const attrs: [string, string][] = [
    ['src', src],
    ...(percent ? [] : ([['width', size.width.replace('px', '')]] as [string, string][])),
    ['height', size.height.replace('px', '')],
    ['title', title.trim() || 'Wasl graph'],
    ['loading', 'lazy'],
    ['style', `border:0;${percent ? `width:${size.width};` : ''}max-width:100%`],
    ['allow', 'fullscreen; clipboard-write'],
  ];
  return `<iframe ${attrs.map(([k, v]) => `${k}="${escapeAttribute(v)}"`).join(' ')}></iframe>`;
}

/**
 * Options a host page (or a test) sets before the app starts, as `window.waslOptions`:
 *
 * - `maxRows`: refuse imported files with more data rows than this (it can only lower the built-in
 *   limit, loader.ts MAX_ROWS);
 * - `thinEdgesAbove`: draw edges as 1-pixel lines, without arrow heads, above this many edges
 *   (default: src/lib/view/display.ts THIN_EDGE_LIMIT).
 *
 * One module reads them all, so the viewer and the loader agree on the names.
 */
export interface WaslOptions {
  maxRows?: number;
  thinEdgesAbove?: number;
}

declare global {
  interface Window {
    waslOptions?: WaslOptions;
  }
}

/** The option as a number; NaN when it is unset or not a number (or outside a browser). */
export function numberOption(name: keyof WaslOptions): number {
  if (typeof window === 'undefined') return NaN;
  return Number(window.waslOptions?.[name] ?? NaN);
}

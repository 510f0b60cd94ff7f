/**
 * Geographic placement: nodes with `lat`/`lon` (places, capitals) placed by an equirectangular
 * projection fitted into the same box as the initial layout, north up.
 */
import type { WaslGraph } from '../graph/build.ts';

export function geoPositions(graph: WaslGraph, scale = 100): Map<string, { x: number; y: number }> {
  const pts: [string, number, number][] = [];
  graph.forEachNode((node, a) => {
    if (typeof a.lat === 'number' && typeof a.lon === 'number' && Number.isFinite(a.lat) && Number.isFinite(a.lon)) {
      pts.push([node, a.lon, a.lat]);
    }
  });
  const out = new Map<string, { x: number; y: number }>();
  if (pts.length === 0) return out;
  const xs = pts.map((p) => p[1]);
  const ys = pts.map((p) => p[2]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(x1 - x0, y1 - y0, 1e-6);
  for (const [node, x, y] of pts) {
    out.set(node, { x: ((x - (x0 + x1) / 2) / span) * 2 * scale, y: ((y - (y0 + y1) / 2) / span) * 2 * scale });
  }
  return out;
}

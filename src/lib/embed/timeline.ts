/**
 * The compact timeline of embed mode: the months that have dated edges, as slider steps, and the
 * mapping between slider positions and the view's `from`/`to`. Pure.
 */
import type { WaslGraph } from '../graph/build.ts';

/** `YYYY-MM` of a partial date (a bare year counts as its January). */
export function monthOf(date: string): string {
  return date.length === 4 ? `${date}-01` : date.slice(0, 7);
}

/** Sorted distinct months of the graph's edge dates. */
export function monthSteps(graph: WaslGraph): string[] {
  const months = new Set<string>();
  graph.forEachEdge((_edge, attrs) => {
    if (typeof attrs.date === 'string' && /^\d{4}/.test(attrs.date)) months.add(monthOf(attrs.date));
  });
  return [...months].sort();
}

/** Slider positions [start, end] for a range over `steps` (open ends → the first and last step). */
export function rangeIndices(steps: readonly string[], from: string | null, to: string | null): [number, number] {
  const last = Math.max(0, steps.length - 1);
  let start = 0;
  if (from) {
    const m = monthOf(from);
    const i = steps.findIndex((s) => s >= m);
    start = i === -1 ? last : i;
  }
  let end = last;
  if (to) {
    const m = monthOf(to);
    let j = -1;
    steps.forEach((s, k) => {
      if (s <= m) j = k;
    });
    end = j === -1 ? 0 : j;
  }
  return [start, Math.max(start, end)];
}

/** The range for slider positions: a position at either end leaves that side open. */
export function rangeFromIndices(steps: readonly string[], start: number, end: number): { from: string | null; to: string | null } {
  const last = steps.length - 1;
  const a = Math.max(0, Math.min(start, end, last));
  const b = Math.min(last, Math.max(start, end, 0));
  return { from: a <= 0 ? null : steps[a]!, to: b >= last ? null : steps[b]! };
}

/**
 * The time line: a histogram of edge dates and the steps of "play". Ranges are partial dates at the
 * time line's unit (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), the same strings the URL holds.
 */
import { dayRange, dayToDate, dayToIso, type Precision } from './dates.ts';
import type { Mask } from './mask.ts';
import { UNDATED, type ViewIndex } from './view-index.ts';

export type PlayMode = 'sliding' | 'cumulative';

export interface Bin {
  /** First and last day of the bin. */
  start: number;
  end: number;
  /** The bin as a partial date at the time line's unit. */
  label: string;
  /** Edges dated inside the bin (a date at least as precise as the bin). */
  total: number;
  /** Of those, edges that the other filters show. */
  shown: number;
  /**
   * The bin's share of the edges whose date is coarser than the bin or runs across several bins (a year
   * on a month time line, an interval): each such edge is spread over the bins it covers in proportion
   * to the days it covers there, so the bars' area still counts every edge once. Fractional.
   */
  spread: number;
  spreadShown: number;
}

export interface Histogram {
  unit: Precision;
  bins: Bin[];
  undated: number;
  /** Highest bar: `total + spread`. */
  max: number;
}

/** Day-level bins for spans up to ~4 months, month bins up to 20 years (240 bars), else years. */
export function chooseUnit(extent: [number, number]): Precision {
  const span = extent[1] - extent[0];
  return span <= 120 ? 'day' : span <= 20 * 366 ? 'month' : 'year';
}

/** Start day of the unit containing `day`, shifted by `n` units. */
export function shiftUnit(day: number, unit: Precision, n: number): number {
  if (unit === 'day') return day + n;
  const iso = dayToIso(day);
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1;
  return unit === 'year' ? Date.UTC(y + n, 0, 1) / 86_400_000 : Date.UTC(y, m + n, 1) / 86_400_000;
}

export function unitLabel(day: number, unit: Precision): string {
  return dayToDate(day, unit);
}

export function buildHistogram(index: ViewIndex, mask: Mask | null, unit?: Precision): Histogram | null {
  if (!index.extent) return null;
  const u = unit ?? chooseUnit(index.extent);
  const bins: Bin[] = [];
  for (let d = shiftUnit(index.extent[0], u, 0); d <= index.extent[1]; d = shiftUnit(d, u, 1)) {
    bins.push({ start: d, end: shiftUnit(d, u, 1) - 1, label: unitLabel(d, u), total: 0, shown: 0, spread: 0, spreadShown: 0 });
  }
  let b = 0;
  for (let k = index.undatedCount; k < index.byTime.length; k++) {
    const e = index.byTime[k]!;
    const start = index.edgeStart[e]!;
    const end = index.edgeEnd[e]!;
    const shown = !mask || mask.edges[e] === 1;
    while (b < bins.length - 1 && start > bins[b]!.end) b++;
    const bin = bins[b]!;
    if (end <= bin.end) {
      bin.total++;
      if (shown) bin.shown++;
      continue;
    }
    const days = end - start + 1;
    for (let j = b; j < bins.length && bins[j]!.start <= end; j++) {
      const share = (Math.min(end, bins[j]!.end) - Math.max(start, bins[j]!.start) + 1) / days;
      bins[j]!.spread += share;
      if (shown) bins[j]!.spreadShown += share;
    }
  }
  const max = bins.reduce((acc, bin) => Math.max(acc, bin.total + bin.spread), 0);
  return { unit: u, bins, undated: index.undatedCount, max };
}

export interface Range {
  from: string | null;
  to: string | null;
}

/**
 * The next range of "play": a sliding window moves both ends one unit; a cumulative one moves `to` only.
 * From no range, play starts with the first `size` units. `done` once the window has passed the last date.
 */
export function playStep(range: Range, extent: [number, number], unit: Precision, mode: PlayMode, size: number): Range & { done: boolean } {
  const first = shiftUnit(extent[0], unit, 0);
  const fromDay = range.from ? (dayRange(range.from)?.[0] ?? first) : null;
  const toDay = range.to ? (dayRange(range.to)?.[0] ?? null) : null;
  let start: number;
  let end: number;
  if (fromDay === null || toDay === null || toDay >= shiftUnit(extent[1], unit, 0)) {
    start = first;
    end = shiftUnit(first, unit, Math.max(1, size) - 1);
  } else {
    start = mode === 'sliding' ? shiftUnit(fromDay, unit, 1) : shiftUnit(fromDay, unit, 0);
    end = shiftUnit(toDay, unit, 1);
    if (mode === 'sliding') start = Math.max(start, shiftUnit(end, unit, 1 - Math.max(1, size)));
  }
  const done = end >= shiftUnit(extent[1], unit, 0);
  return { from: unitLabel(start, unit), to: unitLabel(end, unit), done };
}

/** Whether an edge's date lies in a range (the same rule as the mask). */
export function edgeInRange(index: ViewIndex, e: number, range: Range): boolean {
  const s = index.edgeStart[e]!;
  if (s === UNDATED) return !range.from && !range.to;
  const from = range.from ? dayRange(range.from)![0] : -Infinity;
  const to = range.to ? dayRange(range.to)![1] : Infinity;
  return index.edgeEnd[e]! >= from && s <= to;
}

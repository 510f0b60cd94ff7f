/**
 * The time line's histogram with dates of mixed precision: an edge dated only by month or year (or an
 * interval) is spread over the bars it covers, by days, instead of piling up in its first bar.
 */
import { describe, expect, it } from 'vitest';
import { parseGraphFile } from '../../src/lib/graph/load.ts';
import { DEFAULT_VIEW_STATE } from '../../src/lib/view/state.ts';
import { buildViewIndex } from '../../src/lib/view/view-index.ts';
import { computeMask } from '../../src/lib/view/mask.ts';
import { buildHistogram } from '../../src/lib/view/timeline.ts';

function graphOf(edges: [string, string | undefined, string?][]) {
  return parseGraphFile(JSON.stringify({
    attributes: { schema: 1, relations: [{ id: 'met', label_en: 'met', label_ar: 'التقى', cameo: '', plover: 'CONSULT' }, { id: 'visited', label_en: 'visited', label_ar: 'زار', cameo: '', plover: 'CONSULT' }] },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: [{ key: 'a', attributes: { label: 'A', kind: 'person' } }, { key: 'b', attributes: { label: 'B', kind: 'country' } }],
    edges: edges.map(([relation, date, dateEnd], i) => ({ key: `e${i}`, source: 'a', target: 'b', attributes: { relation, label: relation, weight: 1, evidence: [], ...(date ? { date } : {}), ...(dateEnd ? { dateEnd } : {}) } })),
  }));
}

const byLabel = (h: NonNullable<ReturnType<typeof buildHistogram>>) => Object.fromEntries(h.bins.map((b) => [b.label, b]));

describe('histogram of mixed-precision dates', () => {
  it('counts day dates in their bar and spreads a year over its months by days', () => {
    const index = buildViewIndex(graphOf([['met', '2023-01-15'], ['met', '2023-03-02'], ['visited', '2023'], ['met', '2023-02'], ['met', undefined]]));
    const h = buildHistogram(index, null, 'month')!;
    const bins = byLabel(h);
    expect(h.bins.map((b) => b.label)).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12']);
    expect(bins['2023-01']!.total).toBe(1);
    // A month date on a month time line is exact: it is counted whole in its bar.
    expect(bins['2023-02']!.total).toBe(1);
    expect(bins['2023-03']!.total).toBe(1);
    expect(bins['2023-01']!.spread).toBeCloseTo(31 / 365);
    expect(bins['2023-02']!.spread).toBeCloseTo(28 / 365);
    expect(bins['2023-12']!.spread).toBeCloseTo(31 / 365);
    // Every dated edge counted once over the whole time line; the undated one apart.
    const sum = h.bins.reduce((s, b) => s + b.total + b.spread, 0);
    expect(sum).toBeCloseTo(4);
    expect(h.undated).toBe(1);
    expect(h.max).toBeCloseTo(1 + 31 / 365);
  });

  it('spreads a month over its days on a day time line, and an interval over the bars it spans', () => {
    const index = buildViewIndex(graphOf([['met', '2023-02'], ['met', '2023-02-10'], ['visited', '2023-02-20', '2023-02-23']]));
    const h = buildHistogram(index, null)!;
    expect(h.unit).toBe('day');
    const bins = byLabel(h);
    expect(h.bins).toHaveLength(28);
    expect(bins['2023-02-10']!.total).toBe(1);
    expect(bins['2023-02-01']!.spread).toBeCloseTo(1 / 28);
    expect(bins['2023-02-21']!.spread).toBeCloseTo(1 / 28 + 1 / 4);
    expect(bins['2023-02-24']!.spread).toBeCloseTo(1 / 28);
    expect(h.bins.reduce((s, b) => s + b.total + b.spread, 0)).toBeCloseTo(3);
  });

  it('splits the shown part the same way', () => {
    const index = buildViewIndex(graphOf([['met', '2023'], ['visited', '2023'], ['met', '2023-06-01'], ['met', '2024-01-01']]));
    const h = buildHistogram(index, computeMask(index, { ...DEFAULT_VIEW_STATE, relations: ['visited'] }), 'month')!;
    const june = byLabel(h)['2023-06']!;
    expect(june.total).toBe(1);
    expect(june.shown).toBe(0);
    expect(june.spread).toBeCloseTo(2 * (30 / 365));
    expect(june.spreadShown).toBeCloseTo(30 / 365);
    expect(h.bins.reduce((s, b) => s + b.spreadShown, 0)).toBeCloseTo(1);
  });
});

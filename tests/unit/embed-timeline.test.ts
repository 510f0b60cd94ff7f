import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { monthOf, monthSteps, rangeFromIndices, rangeIndices } from '../../src/lib/embed/timeline.ts';
import type { WaslGraph } from '../../src/lib/graph/build.ts';

describe('compact timeline', () => {
  const g: WaslGraph = new Graph({ type: 'directed', multi: true });
  for (const n of ['a', 'b']) g.addNode(n, { kind: 'person' } as never);
  for (const [k, date] of [['e1', '2023-01-12'], ['e2', '2022-11'], ['e3', '2024'], ['e4', '2023-01-30'], ['e5', undefined]] as const) {
    g.addEdgeWithKey(k, 'a', 'b', { relation: 'met', date } as never);
  }
  const steps = monthSteps(g);

  it('steps through the distinct months of the edge dates', () => {
    expect(monthOf('2024')).toBe('2024-01');
    expect(steps).toEqual(['2022-11', '2023-01', '2024-01']);
  });
  it('maps a range to slider positions and back; the ends stay open', () => {
    expect(rangeIndices(steps, null, null)).toEqual([0, 2]);
    expect(rangeIndices(steps, '2023', '2023-06-30')).toEqual([1, 1]);
    expect(rangeIndices(steps, '2025', null)).toEqual([2, 2]);
    expect(rangeIndices(steps, null, '2020')).toEqual([0, 0]);
    expect(rangeFromIndices(steps, 0, 2)).toEqual({ from: null, to: null });
    expect(rangeFromIndices(steps, 1, 1)).toEqual({ from: '2023-01', to: '2023-01' });
    expect(rangeFromIndices(steps, 2, 1)).toEqual({ from: '2023-01', to: null });
  });
});

/** How imported graphs are drawn: Gephi's Undirected edges without arrows; huge graphs with thin lines. */
import { describe, expect, it } from 'vitest';
import { importCsvText } from '../../../src/lib/graph/import.ts';
import { createDisplay, edgeReducer, THIN_EDGE_LIMIT } from '../../../src/lib/view/display.ts';
import { computeMask } from '../../../src/lib/view/mask.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/lib/view/state.ts';
import { buildViewIndex } from '../../../src/lib/view/view-index.ts';
import type { WaslGraph } from '../../../src/lib/graph/build.ts';
import { RELATIONS, sample } from './support.ts';

function drawnTypes(graph: WaslGraph, view = DEFAULT_VIEW_STATE): Record<string, unknown> {
  const index = buildViewIndex(graph);
  const d = createDisplay(graph, index, computeMask(index, view), view);
  return Object.fromEntries(graph.mapEdges((e, a) => [e, edgeReducer(d, e, a).type]));
}

describe('drawing imported edges', () => {
  it('draws Type Undirected edges as lines, Directed ones with arrows, shown or hidden', () => {
    const { graph } = importCsvText(sample('gephi-edges.csv'), { relations: RELATIONS });
    expect(graph.getEdgeAttribute('2', 'undirected')).toBe(true);
    expect(graph.getEdgeAttribute('0', 'relation')).toBe('sent_envoy');
    for (const view of [DEFAULT_VIEW_STATE, { ...DEFAULT_VIEW_STATE, from: '2030' }]) {
      const types = drawnTypes(graph, view);
      expect(types['2']).toBe('line');
      expect(types['0']).toBe('arrow');
    }
  });

  it(`draws every edge as a thin line on huge graphs (over ${THIN_EDGE_LIMIT.toLocaleString('en')} edges)`, () => {
    const { graph } = importCsvText(sample('gephi-edges.csv'), { relations: RELATIONS });
    const index = buildViewIndex(graph);
    const d = createDisplay(graph, index, computeMask(index, DEFAULT_VIEW_STATE), DEFAULT_VIEW_STATE);
    expect(d.thin).toBe(false);
    d.thin = true; // what createDisplay sets for a graph that big
    expect(new Set(graph.mapEdges((e, a) => edgeReducer(d, e, a).type))).toEqual(new Set(['thin']));
  });
});

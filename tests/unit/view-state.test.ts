import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { DEFAULT_VIEW_STATE, fromSearchParams, toSearchParams } from '../../src/lib/view/state.ts';
import { computeVisibility, dateInRange } from '../../src/lib/view/visibility.ts';
import type { WaslGraph } from '../../src/lib/graph/build.ts';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const state = { ...DEFAULT_VIEW_STATE, lang: 'ar' as const, kinds: ['person', 'country'], relations: ['met'], from: '2022-12', to: '2023-05-10', focus: 'bashar-al-assad', embed: true };
    expect(fromSearchParams(toSearchParams(state))).toEqual(state);
  });
  it('writes nothing for the defaults', () => {
    expect(toSearchParams(DEFAULT_VIEW_STATE).toString()).toBe('');
  });
});

describe('dateInRange', () => {
  it('compares partial dates by the days they cover', () => {
    expect(dateInRange('2023-01-12', '2023-01', '2023-01')).toBe(true);
    expect(dateInRange('2023-02-01', '2023-01', '2023-01')).toBe(false);
    expect(dateInRange('2023', '2023-05-10', null)).toBe(true);
    expect(dateInRange('2022-12-28', '2023', null)).toBe(false);
    expect(dateInRange(undefined, '2023', null)).toBe(false);
    expect(dateInRange(undefined, null, null)).toBe(true);
  });
});

describe('computeVisibility', () => {
  const g: WaslGraph = new Graph({ type: 'directed', multi: true });
  g.addNode('putin', { kind: 'person' } as never);
  g.addNode('lavrentiev', { kind: 'person' } as never);
  g.addNode('damascus', { kind: 'place' } as never);
  g.addNode('rus', { kind: 'country' } as never);
  g.addEdgeWithKey('e1', 'putin', 'lavrentiev', { relation: 'sent_envoy', date: '2023-01-12' } as never);
  g.addEdgeWithKey('e2', 'lavrentiev', 'damascus', { relation: 'visited', date: '2024-06-26' } as never);

  it('filters nodes by kind and drops their edges', () => {
    const v = computeVisibility(g, { ...DEFAULT_VIEW_STATE, kinds: ['person'] });
    expect([...v.nodes].sort()).toEqual(['lavrentiev', 'putin']);
    expect([...v.edges]).toEqual(['e1']);
  });
  it('filters edges by relation', () => {
    expect([...computeVisibility(g, { ...DEFAULT_VIEW_STATE, relations: ['visited'] }).edges]).toEqual(['e2']);
  });
  it('hides nodes left without edges in a time range', () => {
    const v = computeVisibility(g, { ...DEFAULT_VIEW_STATE, from: '2024' });
    expect([...v.edges]).toEqual(['e2']);
    expect([...v.nodes].sort()).toEqual(['damascus', 'lavrentiev']);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { undirectedSingleSourceLength } from 'graphology-shortest-path/unweighted';
import { parseGraphFile } from '../../src/lib/graph/load.ts';
import { DEFAULT_VIEW_STATE, fromSearchParams, resetFilters, toSearchParams, type ViewState } from '../../src/lib/view/state.ts';
import { buildViewIndex } from '../../src/lib/view/view-index.ts';
import { computeMask, diffMasks, maskKeys } from '../../src/lib/view/mask.ts';
import { buildSearchIndex, normaliseName, searchNodes } from '../../src/lib/view/search.ts';
import { shortestPaths } from '../../src/lib/view/paths.ts';
import { buildHistogram, chooseUnit, playStep } from '../../src/lib/view/timeline.ts';
import { dayRange, dayToIso } from '../../src/lib/view/dates.ts';
import { highlightSpans, nodeRelations, safeUrl } from '../../src/lib/view/evidence.ts';
import { relationFamily } from '../../src/lib/view/palette.ts';

const graph = parseGraphFile(readFileSync('tests/fixtures/graphs/explore.json', 'utf8'));
const index = buildViewIndex(graph);
const view = (partial: Partial<ViewState>) => ({ ...DEFAULT_VIEW_STATE, ...partial });
const shown = (partial: Partial<ViewState>) => {
  const mask = computeMask(index, view(partial));
  return { nodes: maskKeys(index.nodeKeys, mask.nodes), edges: maskKeys(index.edgeKeys, mask.edges), mask };
};

describe('view state', () => {
  it('round-trips the explore fields', () => {
    const state = view({ edge: 'a|met|b|2023', hops: 2, path: ['irn', 'sdf'], articles: ['a1'], outlets: ['Taif Post'], minWeight: 2, origin: 'discovered', undated: false, size: 'mentions', color: 'community', placement: 'geo' });
    expect(fromSearchParams(toSearchParams(state))).toEqual(state);
  });
  it('clamps and ignores bad values', () => {
    const s = fromSearchParams(new URLSearchParams('hops=9&minWeight=x&size=huge&path=a'));
    expect(s.hops).toBe(3);
    expect(s.minWeight).toBe(1);
    expect(s.size).toBe('degree');
    expect(s.path).toBeNull();
  });
  it('reset clears every filter and nothing else', () => {
    const s = { ...view({ kinds: ['person'], from: '2023', lang: 'ar', focus: 'syr' }), ...resetFilters() };
    expect(s).toEqual(view({ lang: 'ar', focus: 'syr' }));
  });
});

describe('dates', () => {
  it('covers whole years and months', () => {
    expect(dayRange('2023-02')!.map(dayToIso)).toEqual(['2023-02-01', '2023-02-28']);
    expect(dayRange('2024')!.map(dayToIso)).toEqual(['2024-01-01', '2024-12-31']);
    expect(dayRange('2023-01-12')!.map(dayToIso)).toEqual(['2023-01-12', '2023-01-12']);
    expect(dayRange('soon')).toBeNull();
  });
});

describe('computeMask', () => {
  it('filters by kind and drops edges with a hidden end', () => {
    const { nodes, edges } = shown({ kinds: ['person'] });
    expect(nodes).toEqual(['abu-khalil', 'alexander-lavrentiev', 'bashar-al-assad', 'recep-tayyip-erdogan', 'vladimir-putin']);
    expect(edges).toEqual(['alexander-lavrentiev|met|bashar-al-assad|2023-05-10', 'vladimir-putin|sent_envoy|alexander-lavrentiev|2023-01-12']);
  });
  it('filters by relation, weight, origin and outlet', () => {
    expect(shown({ relations: ['supported'] }).edges).toEqual(['irn|supported|syr|2022', 'rus|supported|syr|2023-01-20']);
    expect(shown({ minWeight: 2 }).edges).toEqual(['rus|supported|syr|2023-01-20']);
    expect(shown({ origin: 'discovered' }).nodes).toEqual(['abu-khalil']);
    const byOutlet = shown({ outlets: ['Enab Baladi'] });
    expect(byOutlet.edges).toEqual(['alexander-lavrentiev|met|bashar-al-assad|2023-05-10', 'rus|supported|syr|2023-01-20', 'un|accused|abu-khalil|2023-03-02']);
    expect(byOutlet.nodes).toEqual(['abu-khalil', 'alexander-lavrentiev', 'bashar-al-assad', 'rus', 'syr', 'un']);
  });
  it('keeps exactly the edges whose dates overlap the range, at any precision', () => {
    const { edges, nodes } = shown({ from: '2023-01-01', to: '2023-01-15', undated: false });
    expect(edges).toEqual(['alexander-lavrentiev|visited|damascus|2023-01-12', 'syr|accused|tur|2023-01', 'vladimir-putin|sent_envoy|alexander-lavrentiev|2023-01-12']);
    expect(nodes).toEqual(['alexander-lavrentiev', 'damascus', 'syr', 'tur', 'vladimir-putin']);
    expect(shown({ from: '2022-12', to: '2022-12' , undated: false}).edges).toEqual(['irn|supported|syr|2022', 'rus|urged_reconciliation_with|tur|2022-12']);
  });
  it('shows undated edges only with the toggle on', () => {
    expect(shown({ from: '2023' }).edges).toContain('recep-tayyip-erdogan|visited|ankara|');
    expect(shown({ from: '2023', undated: false }).edges).not.toContain('recep-tayyip-erdogan|visited|ankara|');
    expect(shown({ undated: false }).edges).toHaveLength(9);
  });
  it('restricts to the ego network of the focus', () => {
    expect(shown({ focus: 'alexander-lavrentiev', hops: 1 }).nodes).toEqual(['alexander-lavrentiev', 'bashar-al-assad', 'damascus', 'vladimir-putin']);
    expect(shown({ focus: 'sdf', hops: 2 }).nodes).toEqual(['rus', 'sdf', 'syr', 'tur']);
    expect(shown({ focus: 'sdf', hops: 2 }).edges).toEqual(['rus|supported|syr|2023-01-20', 'rus|urged_reconciliation_with|tur|2022-12', 'syr|accused|tur|2023-01', 'tur|attacked|sdf|2022-11-20']);
  });
  it('counts per kind and relation, and diffs two masks', () => {
    const a = shown({}).mask;
    const b = shown({ relations: ['met'] }).mask;
    expect(a.nodeCount).toBe(13);
    expect(a.edgeCount).toBe(10);
    expect(a.kindCounts[index.kinds.indexOf('country')]).toBe(4);
    expect(a.relationCounts[index.relations.findIndex((r) => r.id === 'accused')]).toBe(2);
    const d = diffMasks(index, a, b);
    expect(d.nodes).toEqual([]);
    expect(d.edges).toHaveLength(9);
  });
  it("keeps each edge's own filters apart from its ends, so a kind filter changes no edge's own bit", () => {
    const states: Partial<ViewState>[] = [{}, { kinds: ['person'] }, { relations: ['met', 'visited'] }, { from: '2023-01', to: '2023-01' }, { focus: 'syr', hops: 1 }, { kinds: ['country'], minWeight: 2 }, { outlets: ['Enab Baladi'] }];
    for (const st of states) {
      const m = computeMask(index, view(st));
      for (let e = 0; e < index.edgeKeys.length; e++) {
        expect(m.edges[e]).toBe(m.own[e]! & m.nodes[index.edgeSource[e]!]! & m.nodes[index.edgeTarget[e]!]!);
      }
    }
    const all = shown({}).mask;
    const people = shown({ kinds: ['person'] }).mask;
    const own = diffMasks(index, all, people, 'own');
    expect(own.edges).toEqual([]);
    expect(own.nodes).toHaveLength(8);
    expect(diffMasks(index, all, people).edges).toHaveLength(8);
    expect(diffMasks(index, all, shown({ relations: ['met'] }).mask, 'own').edges).toHaveLength(9);
  });
});

describe('search', () => {
  const s = buildSearchIndex(graph);
  it('normalises Arabic and Latin', () => {
    expect(normaliseName('الأسد')).toBe(normaliseName('الاسد'));
    expect(normaliseName('أردوغانَ')).toBe('اردوغان');
    expect(normaliseName('Erdoğan')).toBe('erdogan');
  });
  it('finds nodes from Arabic and English queries', () => {
    expect(searchNodes(s, 'الاسد')[0]?.node).toBe('bashar-al-assad');
    expect(searchNodes(s, 'assad')[0]?.node).toBe('bashar-al-assad');
    expect(searchNodes(s, 'Bashar al-Assad')[0]?.node).toBe('bashar-al-assad');
    expect(searchNodes(s, 'erdogan')[0]?.node).toBe('recep-tayyip-erdogan');
    expect(searchNodes(s, 'ايران')[0]?.node).toBe('irn');
    expect(searchNodes(s, 'لافرنتييف')[0]?.node).toBe('alexander-lavrentiev');
    expect(searchNodes(s, 'zzz')).toEqual([]);
  });
});

describe('shortest paths', () => {
  it('lists every shortest path with the edges of each hop, ignoring direction', () => {
    const mask = computeMask(index, DEFAULT_VIEW_STATE);
    const p = shortestPaths(index, mask, 'irn', 'sdf');
    expect(p.length).toBe(3);
    expect(p.paths.map((path) => path.map((h) => h.to))).toEqual([['syr', 'tur', 'sdf']]);
    expect(p.paths[0]![0]!.edges).toEqual(['irn|supported|syr|2022']);
    // Same length as graphology-shortest-path on the undirected view.
    const u = new Graph({ type: 'undirected', multi: true });
    graph.forEachNode((n) => u.addNode(n));
    graph.forEachEdge((_e, _a, s, t) => u.addEdge(s, t));
    expect(undirectedSingleSourceLength(u, 'irn')['sdf']).toBe(3);
  });
  it('respects the filters and reports no path', () => {
    const mask = computeMask(index, view({ relations: ['attacked', 'supported'] }));
    expect(shortestPaths(index, mask, 'irn', 'sdf').length).toBeNull();
  });
});

describe('timeline', () => {
  it('bins edges by month and counts shown ones', () => {
    const h = buildHistogram(index, computeMask(index, view({ relations: ['supported'] })))!;
    expect(h.unit).toBe(chooseUnit(index.extent!));
    expect(h.unit).toBe('month');
    expect(h.undated).toBe(1);
    expect(h.bins.reduce((s, b) => s + b.total + b.spread, 0)).toBeCloseTo(9);
    expect(h.bins.reduce((s, b) => s + b.shown + b.spreadShown, 0)).toBeCloseTo(2);
    expect(h.bins[0]!.label).toBe('2022-01');
  });
  it('plays a sliding and a cumulative window', () => {
    const ext = index.extent!;
    let r = playStep({ from: null, to: null }, ext, 'month', 'sliding', 2);
    expect(r).toEqual({ from: '2022-01', to: '2022-02', done: false });
    r = playStep(r, ext, 'month', 'sliding', 2);
    expect(r).toMatchObject({ from: '2022-02', to: '2022-03' });
    const c = playStep({ from: '2022-01', to: '2022-02' }, ext, 'month', 'cumulative', 2);
    expect(c).toMatchObject({ from: '2022-01', to: '2022-03' });
    expect(playStep({ from: '2023-03', to: '2023-04' }, ext, 'month', 'sliding', 2)).toEqual({ from: '2023-04', to: '2023-05', done: true });
  });
});

describe('evidence', () => {
  it('cuts the sentence at the spans, as text', () => {
    const segs = highlightSpans('التقى لافرنتييف الرئيس بشار الأسد', [6, 15], [23, 33]);
    expect(segs).toEqual([
      { text: 'التقى ', role: null },
      { text: 'لافرنتييف', role: 'source' },
      { text: ' الرئيس ', role: null },
      { text: 'بشار الأسد', role: 'target' },
    ]);
    expect(highlightSpans('abc', [5, 9], null)).toEqual([{ text: 'abc', role: null }]);
  });
  it('groups a node\'s relations by relation and date', () => {
    const groups = nodeRelations(graph, index, computeMask(index, DEFAULT_VIEW_STATE), 'syr');
    expect(groups.map((g) => [g.relation, g.items.map((i) => i.date)])).toEqual([['supported', ['2022', '2023-01-20']], ['accused', ['2023-01']]]);
  });
  it('links http(s) only', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('https://example.org/a')).toBe('https://example.org/a');
  });
  it('colours relations by PLOVER family', () => {
    expect(relationFamily('CONSULT / visit').id).toBe('consult');
    expect(relationFamily('AGREE / COOPERATE').id).toBe('agree');
    expect(relationFamily(undefined).id).toBe('other');
  });
});

describe('communities', async () => {
  const { communityRanks } = await import('../../src/lib/view/communities.ts');
  it('ranks communities by size, deterministically', () => {
    const a = communityRanks(graph);
    expect(a.size).toBe(13);
    expect([...a.values()]).toContain(0);
    expect(communityRanks(graph)).toEqual(a);
  });
});

describe('display', async () => {
  const { createDisplay, emphasisOf, nodeReducer, edgeReducer } = await import('../../src/lib/view/display.ts');
  const mask = computeMask(index, view({ kinds: ['person', 'place'] }));
  const d = createDisplay(graph, index, mask, view({ lang: 'ar' }));
  const attrs = (n: string) => ({ ...graph.getNodeAttributes(n), x: 0, y: 0 });
  it('hides what the mask hides and labels in the UI language', () => {
    expect(nodeReducer(d, 'syr', attrs('syr')).hidden).toBe(true);
    expect(nodeReducer(d, 'bashar-al-assad', attrs('bashar-al-assad'))).toMatchObject({ hidden: false, label: 'بشار الأسد', color: '#E69F00' });
    const met = 'alexander-lavrentiev|met|bashar-al-assad|2023-05-10';
    expect(edgeReducer(d, met, graph.getEdgeAttributes(met))).toMatchObject({ hidden: false, type: 'line', label: 'التقى', color: '#0072B2' });
    const sent = 'vladimir-putin|sent_envoy|alexander-lavrentiev|2023-01-12';
    expect(edgeReducer(d, sent, graph.getEdgeAttributes(sent)).type).toBe('arrow');
    expect(edgeReducer(d, 'syr|accused|tur|2023-01', graph.getEdgeAttributes('syr|accused|tur|2023-01')).hidden).toBe(true);
  });
  it('emphasises a node with its shown neighbourhood and dims the rest on small graphs', () => {
    const em = emphasisOf(index, mask, 'alexander-lavrentiev', null, null)!;
    expect([...em.nodes].sort()).toEqual(['alexander-lavrentiev', 'bashar-al-assad', 'damascus', 'vladimir-putin']);
    expect(d.setEmphasis(em)).toBe('all');
    expect(d.setEmphasis(emphasisOf(index, mask, 'alexander-lavrentiev', null, null))).toBeNull();
    expect(nodeReducer(d, 'recep-tayyip-erdogan', attrs('recep-tayyip-erdogan'))).toMatchObject({ label: null, color: '#d9dadf' });
    expect(nodeReducer(d, 'alexander-lavrentiev', attrs('alexander-lavrentiev'))).toMatchObject({ highlighted: true, forceLabel: true });
    expect(emphasisOf(index, mask, 'syr', null, null)).toBeNull();
  });
});

describe('display: edge types', async () => {
  const { createDisplay, edgeReducer } = await import('../../src/lib/view/display.ts');
  it('keeps an edge\'s type when it is hidden (sigma indexes edges per type)', () => {
    const met = 'alexander-lavrentiev|met|bashar-al-assad|2023-05-10';
    const sent = 'vladimir-putin|sent_envoy|alexander-lavrentiev|2023-01-12';
    const hidden = createDisplay(graph, index, computeMask(index, view({ relations: ['accused'] })), view({}));
    const shownAll = createDisplay(graph, index, computeMask(index, view({})), view({}));
    for (const e of [met, sent]) {
      const a = edgeReducer(hidden, e, graph.getEdgeAttributes(e));
      const b = edgeReducer(shownAll, e, graph.getEdgeAttributes(e));
      expect(a.hidden).toBe(true);
      expect(b.hidden).toBe(false);
      expect(a.type).toBe(b.type);
    }
  });
});

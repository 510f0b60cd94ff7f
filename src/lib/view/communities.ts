/**
 * Louvain communities for optional colouring. Computed on an undirected, simple, weighted projection
 * (Louvain does not take multigraphs); seeded, so the same graph always gets the same colours.
 * Returns each node's community rank: 0 = the largest community.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { WaslGraph } from '../graph/build.ts';
import { seededRandom } from '../graph/layout.ts';

export function communityRanks(graph: WaslGraph): Map<string, number> {
  const simple = new Graph({ type: 'undirected', multi: false });
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_edge, attrs, source, target) => {
    const w = typeof attrs.weight === 'number' ? attrs.weight : 1;
    simple.updateEdge(source, target, (a: { weight?: number }) => ({ weight: (a.weight ?? 0) + w }));
  });
  const communities = simple.size > 0 ? louvain(simple, { rng: seededRandom(1), getEdgeWeight: 'weight' }) : {};
  const sizes = new Map<number, number>();
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(order.map((c, i) => [c, i]));
  const out = new Map<string, number>();
  graph.forEachNode((node) => out.set(node, communities[node] === undefined ? order.length : rank.get(communities[node]!)!));
  return out;
}

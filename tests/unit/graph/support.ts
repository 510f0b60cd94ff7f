/** Helpers of the graph import tests: sample files, the vocabulary, an XML parser for Node, graph snapshots. */
import { readFileSync } from 'node:fs';
import type { WaslGraph } from '../../../src/lib/graph/build.ts';
import { parseRelationVocabulary } from '../../../src/lib/graph/csv.ts';
import type { XmlParse } from '../../../src/lib/graph/gexf.ts';
import { xmldomParse } from '../../../src/app/import/xml.ts';

export const sample = (name: string) => readFileSync(`data/samples/${name}`, 'utf8');
export const RELATIONS = parseRelationVocabulary(readFileSync('data/lexicon/relations.csv', 'utf8'));

/** The parser the import worker uses (one XML reader for the app and the tests). */
export const xmlParse: XmlParse = xmldomParse;

/** Nodes and edges of a graph, sorted, without drawing attributes: what "the same graph" means. */
export function snapshot(graph: WaslGraph) {
  const strip = (a: Record<string, unknown>) => {
    const c = { ...a };
    for (const k of ['x', 'y', 'size', 'color']) delete c[k];
    return c;
  };
  const nodes: [string, unknown][] = [];
  graph.forEachNode((n, a) => nodes.push([n, strip(a)]));
  const edges: [string, string, string, unknown][] = [];
  graph.forEachEdge((e, a, s, t) => edges.push([e, s, t, strip(a)]));
  return { nodes: nodes.sort((a, b) => (a[0] < b[0] ? -1 : 1)), edges: edges.sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
}

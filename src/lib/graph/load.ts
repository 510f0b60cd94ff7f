/**
 * Graph file → graph, with errors that say what is wrong with the file.
 */
import Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from '../types.ts';
import type { WaslGraph } from './build.ts';

export class GraphFileError extends Error {
  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'GraphFileError';
  }
}

export function parseGraphFile(text: string, source = 'graph.json'): WaslGraph {
  let data: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GraphFileError(source, `not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || !Array.isArray(data.nodes)) {
    throw new GraphFileError(source, 'not a graph file: no "nodes" array');
  }
  const graph: WaslGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  try {
    graph.import({ ...data, options: { type: 'directed', multi: true, allowSelfLoops: false } });
  } catch (e) {
    throw new GraphFileError(source, (e as Error).message);
  }
  graph.forEachNode((node, attrs) => {
    if (typeof attrs.label !== 'string') graph.setNodeAttribute(node, 'label', attrs.label_en || attrs.label_ar || node);
    if (!attrs.kind) graph.setNodeAttribute(node, 'kind', 'organization');
  });
  return graph;
}

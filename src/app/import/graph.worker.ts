/**
 * The graph-file worker: reads a Wasl JSON, GEXF or GraphML file with the library's readers (XML
 * through xmldom: the browser's DOMParser does not exist in workers), then posts the graph in batches
 * of nodes and edges, a few batches ahead of the UI thread at most.
 */
import { parseGexf } from '../../lib/graph/gexf.ts';
import { parseGraphml } from '../../lib/graph/graphml.ts';
import { GraphImporter } from '../../lib/graph/import.ts';
import { parseJsonGraph } from '../../lib/graph/json.ts';
import type { FromGraphWorker, GraphBatchMessage, GraphStartMessage, ToGraphWorker } from './protocol.ts';
import { xmldomParse } from './xml.ts';

const post = (m: FromGraphWorker) => (self as unknown as Worker).postMessage(m);
/** Nodes and edges per batch. */
const BATCH = 4096;
/** Batches posted and not yet taken in by the UI thread. */
let inFlight = 0;
const MAX_IN_FLIGHT = 3;
let wake: (() => void) | null = null;

function read(msg: GraphStartMessage, text: string) {
  const options = { parse: xmldomParse, relations: msg.relations, title: msg.name };
  if (msg.format === 'json') return parseJsonGraph(text, msg.relations);
  return msg.format === 'gexf' ? parseGexf(text, options) : parseGraphml(text, options);
}

async function start(msg: GraphStartMessage): Promise<void> {
  const { graph, skipped } = read(msg, await msg.blob.text());
  if (graph.size + skipped.length > msg.maxRows) return post({ type: 'limit', maxRows: msg.maxRows });
  // The graph's `relations` attribute lists every relation its edges use.
  new GraphImporter({ base: graph, relations: msg.relations }).finish();
  post({ type: 'parsed', attributes: graph.getAttributes(), nodes: graph.order, edges: graph.size, skipped: skipped.slice(0, msg.maxListed), skippedCount: skipped.length });
  let batch: GraphBatchMessage = { type: 'batch', nodes: [], edges: [] };
  const flush = async () => {
    post(batch);
    batch = { type: 'batch', nodes: [], edges: [] };
    if (++inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
  };
  for (const { node, attributes } of graph.nodeEntries()) {
    batch.nodes.push({ key: node, attributes });
    if (batch.nodes.length === BATCH) await flush();
  }
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    batch.edges.push({ key: edge, source, target, attributes });
    if (batch.nodes.length + batch.edges.length === BATCH) await flush();
  }
  if (batch.nodes.length || batch.edges.length) post(batch);
  post({ type: 'done' });
}

self.onmessage = (event: MessageEvent<ToGraphWorker>) => {
  const msg = event.data;
  if (msg.type === 'start') {
    start(msg).catch((e: Error) => post({ type: 'error', message: e.message }));
  } else if (msg.type === 'continue') {
    inFlight--;
    if (wake && inFlight < MAX_IN_FLIGHT) {
      const w = wake;
      wake = null;
      w();
    }
  }
};

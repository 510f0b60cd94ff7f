/**
 * Messages between the loader (UI thread) and the CSV worker. The worker parses and checks rows; the UI
 * thread adds them to the graph in time slices and says `continue` when done with one; the worker reads
 * at most a few batches ahead (back-pressure: memory stays bounded however big the file).
 */
import type { EdgeBatch, EdgeRole, NodeRole, ParsedNode, RejectedRow } from '../../lib/graph/csv.ts';
import type { DateOrder } from '../../lib/graph/dates.ts';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, RelationType } from '../../lib/types.ts';

export interface StartMessage {
  type: 'start';
  blob: Blob;
  list: 'edges' | 'nodes';
  header: string[];
  roles: EdgeRole[] | NodeRole[];
  delimiter: string;
  dateOrder: DateOrder;
  relations: RelationType[];
  /** Refuse files with more data rows than this. */
  maxRows: number;
  /** Bytes per parsed chunk. */
  chunkSize: number;
}

export interface ContinueMessage {
  type: 'continue';
}

export type ToWorker = StartMessage | ContinueMessage;

export interface BatchMessage {
  type: 'batch';
  /** Edges read, in columns (with their row numbers). */
  edges: EdgeBatch;
  nodes: ParsedNode[];
  rejected: RejectedRow[];
  /** Data rows read so far (blank lines excluded). */
  rowsRead: number;
  /** Fraction of the file read, 0…1. */
  progress: number;
}

export type FromWorker =
  | BatchMessage
  | { type: 'done'; rowsRead: number }
  | { type: 'limit'; maxRows: number }
  | { type: 'error'; message: string };

// ---- the graph-file worker (Wasl JSON, GEXF, GraphML) ---------------------------------------------

/**
 * The graph-file worker reads the whole file (the readers of src/lib/graph, XML through xmldom), then
 * posts the graph in batches of nodes and edges; the UI thread adds each in time slices and says
 * `continue` (the same back-pressure as CSV).
 */
export interface GraphStartMessage {
  type: 'start';
  blob: Blob;
  format: 'json' | 'gexf' | 'graphml';
  /** The file name (the graph's title when the file has none). */
  name: string;
  relations: RelationType[];
  /** Refuse files with more edges than this. */
  maxRows: number;
  /** Most skipped edges listed (all are counted). */
  maxListed: number;
}

export type ToGraphWorker = GraphStartMessage | ContinueMessage;

export interface GraphParsedMessage {
  type: 'parsed';
  attributes: Partial<GraphAttributes>;
  nodes: number;
  edges: number;
  /** Edges of the file that were skipped, with why (the first `maxListed`), and how many. */
  skipped: { edge: string; reason: string }[];
  skippedCount: number;
}

export interface GraphBatchMessage {
  type: 'batch';
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

export type FromGraphWorker =
  | GraphParsedMessage
  | GraphBatchMessage
  | { type: 'done' }
  | { type: 'limit'; maxRows: number }
  | { type: 'error'; message: string };

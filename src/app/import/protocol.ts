/**
 * Messages between the loader (UI thread) and the CSV worker. The worker parses and checks rows; the UI
 * thread adds them to the graph in time slices and says `continue` when done with one; the worker reads
 * at most a few batches ahead (back-pressure: memory stays bounded however big the file).
 */
import type { EdgeBatch, EdgeRole, NodeRole, ParsedNode, RejectedRow } from '../../lib/graph/csv.ts';
import type { DateOrder } from '../../lib/graph/dates.ts';
import type { RelationType } from '../../lib/types.ts';

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

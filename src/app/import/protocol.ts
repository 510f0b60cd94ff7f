/**
 * Messages between the loader (UI thread) and the CSV worker. The worker parses and checks rows; the UI
 * thread adds them to the graph in time slices, and asks for the next batch only when done with one
 * (back-pressure: memory stays bounded however big the file).
 */
import type { EdgeRole, NodeRole, ParsedEdge, ParsedNode, RejectedRow } from '../../lib/graph/csv.ts';
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
  edges: ParsedEdge[];
  nodes: ParsedNode[];
  /** Row number of each edge or node, in the same order. */
  rows: number[];
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

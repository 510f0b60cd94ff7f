/**
 * The CSV worker: streams a Blob through papaparse in chunks, reads each row with the library's row
 * readers, and posts batches of parsed edges/nodes and rejected rows. It reads ahead by a few batches at
 * most, then waits for the UI thread's `continue`: the UI thread sets the pace, memory stays bounded.
 */
import Papa from 'papaparse';
import { EdgeBatchWriter, EdgeRowReader, isBlankRecord, NodeRowReader, type EdgeRole, type NodeRole, type ParsedEdge, type ParsedNode, type RejectedRow } from '../../lib/graph/csv.ts';
import type { FromWorker, StartMessage, ToWorker } from './protocol.ts';

const post = (m: FromWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);
let paused: Papa.Parser | null = null;
/**
 * Batches posted and not yet taken in by the UI thread: one being added, three ready (about 12,000 rows
 * each), so the worker can run ahead whenever it gets a CPU while the UI thread adds a batch.
 */
let inFlight = 0;
const MAX_IN_FLIGHT = 4;

function start(msg: StartMessage): void {
  const edgeReader = msg.list === 'edges' ? new EdgeRowReader(msg.header, msg.roles as EdgeRole[], { dateOrder: msg.dateOrder, relations: msg.relations }) : null;
  const nodeReader = msg.list === 'nodes' ? new NodeRowReader(msg.header, msg.roles as NodeRole[]) : null;
  let record = 0; // records seen, header included: record n is spreadsheet row n
  let rowsRead = 0;
  let chunks = 0;
  let stopped = false;
  const writer = new EdgeBatchWriter();
  Papa.parse<string[]>(msg.blob as File, {
    delimiter: msg.delimiter,
    chunkSize: msg.chunkSize,
    chunk(results, parser) {
      chunks++;
      const nodes: ParsedNode[] = [];
      const rejected: RejectedRow[] = [];
      const bad = new Map<number, string>();
      for (const e of results.errors) if (e.row !== undefined && e.code !== 'UndetectableDelimiter') bad.set(e.row, e.message);
      const data = results.data;
      for (let i = 0; i < data.length; i++) {
        record++;
        if (record === 1) continue; // the header
        const cells = data[i]!;
        if (isBlankRecord(cells)) continue;
        rowsRead++;
        if (rowsRead > msg.maxRows) {
          stopped = true;
          parser.abort();
          post({ type: 'limit', maxRows: msg.maxRows });
          return;
        }
        if (bad.has(i)) {
          rejected.push({ row: record, reason: `malformed quotes (${bad.get(i)})` });
          continue;
        }
        const item = edgeReader ? edgeReader.read(cells) : nodeReader!.read(cells);
        if (typeof item === 'string') rejected.push({ row: record, reason: item });
        else if (edgeReader) writer.push(item as ParsedEdge, record);
        else nodes.push(item as ParsedNode);
      }
      const { batch: edges, transfer } = writer.take();
      post({ type: 'batch', edges, nodes, rejected, rowsRead, progress: Math.min(1, (chunks * msg.chunkSize) / Math.max(1, msg.blob.size)) }, transfer);
      inFlight++;
      if (inFlight >= MAX_IN_FLIGHT) {
        parser.pause();
        paused = parser;
      }
    },
    complete() {
      if (!stopped) post({ type: 'done', rowsRead });
    },
    error(err) {
      post({ type: 'error', message: err.message });
    },
  });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'start') {
    try {
      start(msg);
    } catch (e) {
      post({ type: 'error', message: (e as Error).message });
    }
  } else if (msg.type === 'continue') {
    inFlight--;
    if (paused && inFlight < MAX_IN_FLIGHT) {
      const p = paused;
      paused = null;
      p.resume();
    }
  }
};

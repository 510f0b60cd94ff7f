import { describe, expect, it } from 'vitest';
import { emptyGraph, GraphImporter, ImportError, importCsvText, mergeGraph, rejectedRowsCsv, sniffFormat } from '../../../src/lib/graph/import.ts';
import { EdgeBatchWriter, EdgeRowReader, recognizeEdgeColumns } from '../../../src/lib/graph/csv.ts';
import { RELATIONS, sample } from './support.ts';

const bytes = (s: string | number[]) => (typeof s === 'string' ? new TextEncoder().encode(s) : new Uint8Array(s));

describe('sniffFormat', () => {
  it('tells the formats apart', () => {
    expect(sniffFormat(bytes('\uFEFF  {"nodes": []}'))).toBe('json');
    expect(sniffFormat(bytes('<?xml version="1.0"?>\n<gexf version="1.3">'))).toBe('gexf');
    expect(sniffFormat(bytes('<?xml version="1.0"?><graphml xmlns="x">'))).toBe('graphml');
    expect(sniffFormat(bytes('Source,Target\na,b\n'), 'x.csv')).toBe('csv');
  });
  it('refuses empty, binary and spreadsheet files with a clear message', () => {
    expect(() => sniffFormat(bytes(''))).toThrow('the file is empty');
    expect(() => sniffFormat(bytes('  \n '))).toThrow('the file is empty');
    expect(() => sniffFormat(bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toThrow(/xlsx/);
    expect(() => sniffFormat(bytes([1, 2, 3, 0, 5, 6, 7]))).toThrow('binary');
    expect(() => sniffFormat(bytes([0xff, 0xfe, 0x41, 0]))).toThrow('UTF-16');
    expect(() => sniffFormat(bytes('<html></html>'))).toThrow(ImportError);
  });
});

describe('importCsvText', () => {
  it('imports the Gephi sample with its node table', () => {
    const { graph, summary } = importCsvText(sample('gephi-edges.csv'), { nodesText: sample('gephi-nodes.csv'), relations: RELATIONS });
    expect(summary).toMatchObject({ rows: 6, edgesAdded: 6, rejectedCount: 0, nodesAdded: 7 });
    expect(graph.order).toBe(7);
    expect(graph.size).toBe(6);
    expect(graph.getNodeAttributes('bashar-al-assad')).toMatchObject({ label: 'Bashar al-Assad', kind: 'person', label_en: 'Bashar al-Assad', mentions: 0, articles: [] });
    expect(graph.getNodeAttribute('damascus', 'kind')).toBe('place');
    expect(graph.getEdgeAttributes('2')).toMatchObject({ relation: 'met', undirected: true, weight: 2, date: '2023-01-13', evidence: [] });
    expect(graph.getEdgeAttributes('3')).toMatchObject({ date: '2022-12', dateEnd: '2023-02' });
    expect(graph.getEdgeAttributes('4')).toMatchObject({ date: '2022-12-28', dateEnd: '2023-01-19', intervals: [['2022-12-28', '2022-12-28'], ['2023-01-18', '2023-01-19']] });
    expect(graph.source('0')).toBe('vladimir-putin');
    expect((graph.getAttribute('relations') as { id: string }[]).map((r) => r.id).sort()).toEqual(
      ['coordinated_with', 'met', 'reconciled_with', 'sent_envoy', 'urged_reconciliation_with', 'visited'],
    );
  });

  it('imports the Arabic semicolon file, matching Arabic relation names to the vocabulary', () => {
    const { graph, summary } = importCsvText(sample('arabic-semicolon.csv'), { relations: RELATIONS });
    expect(summary.rejectedCount).toBe(0);
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(6);
    const edge = graph.findEdge('لافرنتييف', 'بشار الأسد', () => true)!;
    expect(graph.getEdgeAttributes(edge)).toMatchObject({ relation: 'met', date: '2023-01-13', source_outlet: 'سانا', label: 'met' });
    expect(graph.getNodeAttributes('بشار الأسد')).toMatchObject({ label: 'بشار الأسد', label_ar: 'بشار الأسد', label_en: '' });
    const related = graph.findEdge('أردوغان', 'بشار الأسد', () => true)!;
    expect(graph.getEdgeAttributes(related)).toMatchObject({ relation: 'related', date: '2023' });
  });

  it('rejects the bad rows of bad-rows.csv, each with its row number and reason, and loads the rest', () => {
    const { graph, summary } = importCsvText(sample('bad-rows.csv'));
    expect(summary.rows).toBe(10);
    expect(graph.size).toBe(2);
    expect(summary.rejectedCount).toBe(8);
    expect(summary.rejected).toEqual([
      { row: 3, reason: 'missing source' },
      { row: 4, reason: 'missing target' },
      { row: 5, reason: 'unparseable date "not a date"' },
      { row: 6, reason: 'weight "heavy" is not a number' },
      { row: 7, reason: 'wrong column count (expected 4, got 3)' },
      { row: 8, reason: 'source and target are the same' },
      { row: 9, reason: 'unparseable date "31/02/2023"' },
      { row: 11, reason: 'wrong column count (expected 4, got 5)' },
    ]);
    expect(rejectedRowsCsv(summary.rejected).split('\r\n')[1]).toBe('3,missing source');
  });

  it('sums the weights of repeated rows, rejects repeated Ids', () => {
    const { graph, summary } = importCsvText('Source,Target,Weight\na,b,1\na,b,2\nb,a,1\n');
    expect(graph.size).toBe(2);
    expect(summary.edgesMerged).toBe(1);
    expect(graph.getEdgeAttribute('a|related|b|', 'weight')).toBe(3);
    const ids = importCsvText('Source,Target,Id\na,b,e1\nb,c,e1\n');
    expect(ids.summary.rejected).toEqual([{ row: 3, reason: 'duplicate edge Id "e1"' }]);
  });

  it('refuses a file without Source and Target columns', () => {
    expect(() => importCsvText(sample('unmapped-header.csv'))).toThrow(/no Source and Target/);
    const { graph } = importCsvText(sample('unmapped-header.csv'), { roles: ['source', 'target', 'relation', 'date', 'attribute'], dateOrder: 'mdy', relations: RELATIONS });
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttributes(graph.edges()[0]!)).toMatchObject({ relation: 'urged', date: '2023-03-04', confidence: 0.9 });
  });
});

describe('merge', () => {
  it('merges into the current graph: same ids are the same nodes', () => {
    const base = importCsvText(sample('gephi-edges.csv'), { nodesText: sample('gephi-nodes.csv'), relations: RELATIONS }).graph;
    const importer = new GraphImporter({ base, relations: RELATIONS });
    importer.addEdge({ source: 'syr', target: 'irn', relation: 'met', weight: 1, undirected: false, time: { date: '2023' }, attrs: {} }, 2);
    const g = importer.finish();
    expect(g.order).toBe(8);
    expect(g.size).toBe(7);
    expect(g.getNodeAttribute('syr', 'label')).toBe('Syria');
  });
  it('merges whole graphs, idempotently', () => {
    const a = importCsvText('Source,Target\nx,y\n').graph;
    const b = importCsvText('Source,Target\ny,z\nx,y\n').graph;
    expect(mergeGraph(a, b)).toEqual({ nodesAdded: 1, edgesAdded: 1 });
    expect(mergeGraph(a, b)).toEqual({ nodesAdded: 0, edgesAdded: 0 });
    expect(a.size).toBe(2);
    expect(emptyGraph().getAttribute('schema')).toBe(1);
  });
});

describe('EdgeBatchWriter → GraphImporter (the worker path)', () => {
  /** Read a CSV text the way the CSV worker does: rows → batches of `size` edges → the importer. */
  function viaBatches(text: string, size: number) {
    const rows = text.trim().split('\n').map((l) => l.split(','));
    const reader = new EdgeRowReader(rows[0]!, recognizeEdgeColumns(rows[0]!), { relations: RELATIONS });
    const writer = new EdgeBatchWriter(2);
    const importer = new GraphImporter({ relations: RELATIONS });
    const flush = () => {
      const { batch } = writer.take();
      importer.receive(batch);
      for (let i = 0; i < batch.count; i++) importer.addEdgeAt(batch, i);
    };
    rows.slice(1).forEach((cells, i) => {
      const e = reader.read(cells);
      if (typeof e !== 'string') writer.push(e, i + 2);
      if (writer.count === size) flush();
    });
    flush();
    return { graph: importer.finish(), summary: importer.summary };
  }

  it('gives the graph that row-by-row import gives: repeated rows summed across batches, Ids, Type, attributes', () => {
    const text = ['Source,Target,Relation,Date,Weight,Type,Id,Note', 'a,b,met,2023-01-02,1,,,x', 'b,c,visited,,2,Undirected,e7,', 'a,b,met,2023-01-02,3,,,', 'a,b,met,2023-01-03,1,,,', 'c,a,urged,2023,1,,,=1+1'].join('\n');
    const byRow = importCsvText(text, { relations: RELATIONS });
    for (const size of [1, 2, 100]) {
      const { graph, summary } = viaBatches(text, size);
      expect(summary).toEqual(byRow.summary);
      expect(summary).toMatchObject({ rows: 5, edgesAdded: 4, edgesMerged: 1 });
      expect(graph.export()).toEqual(byRow.graph.export());
      expect(graph.getEdgeAttributes('a|met|b|2023-01-02').weight).toBe(4);
      expect(graph.getEdgeAttributes('e7')).toMatchObject({ undirected: true, weight: 2, relation: 'visited' });
    }
  });
});

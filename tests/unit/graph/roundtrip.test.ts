/** An export re-imported gives the same graph: CSV (edges + nodes), GEXF, GraphML, Wasl JSON. */
import { describe, expect, it } from 'vitest';
import type { WaslGraph } from '../../../src/lib/graph/build.ts';
import { exportGraph, selectSubgraph } from '../../../src/lib/graph/export.ts';
import { parseGexf } from '../../../src/lib/graph/gexf.ts';
import { parseGraphml } from '../../../src/lib/graph/graphml.ts';
import { importCsvText } from '../../../src/lib/graph/import.ts';
import { parseJsonGraph } from '../../../src/lib/graph/json.ts';
import { RELATIONS, sample, snapshot, xmlParse } from './support.ts';

function fixture(): WaslGraph {
  const { graph } = importCsvText(sample('gephi-edges.csv'), { nodesText: sample('gephi-nodes.csv'), relations: RELATIONS, title: 'Gephi sample' });
  // Things a real graph holds: evidence, articles, odd text, formula-like labels, numbers and positions.
  graph.mergeEdgeAttributes('0', {
    evidence: [{ article: 'a1', sentence: 'أرسل بوتين "مبعوثه" لافرنتييف', start: 0, end: 29, sourceSpan: [5, 10], targetSpan: [20, 29] }],
    dateSource: 'text',
    note: '=cmd|" /C calc"!A0',
  });
  graph.mergeNodeAttributes('rus', { articles: ['a1', 'a2'], mentions: 3, wikidata: 'Q159', label_ar: 'روسيا', note: 'line\nbreak & <tag>' });
  graph.mergeNodeAttributes('syr', { x: 10, y: -4, lat: 33.5, lon: 36.3 });
  return graph;
}

const roundTrips: Record<string, (g: WaslGraph) => WaslGraph> = {
  csv: (g) => importCsvText(exportGraph(g, 'csv-edges').text, { nodesText: exportGraph(g, 'csv-nodes').text, relations: RELATIONS }).graph,
  gexf: (g) => parseGexf(exportGraph(g, 'gexf').text, { parse: xmlParse, relations: RELATIONS }).graph,
  graphml: (g) => parseGraphml(exportGraph(g, 'graphml').text, { parse: xmlParse, relations: RELATIONS }).graph,
  json: (g) => parseJsonGraph(exportGraph(g, 'json').text, RELATIONS).graph,
};

describe('round trips', () => {
  for (const [format, trip] of Object.entries(roundTrips)) {
    it(`${format}: export then import gives the same graph`, () => {
      const g = fixture();
      const back = trip(g);
      expect(snapshot(back)).toEqual(snapshot(selectSubgraph(g)));
      // Twice is the same as once.
      expect(snapshot(trip(back))).toEqual(snapshot(back));
    });
  }

  it('exports only the filtered part when asked', () => {
    const g = fixture();
    const nodes = new Set(['rus', 'tur', 'syr']);
    const csv = exportGraph(g, 'csv-edges', { nodes, edges: new Set(['3', '4', '0']) }).text;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Source,Target,Type,Id,Label,timeset,Weight,Relation,evidence');
    expect(lines.length).toBe(3);
    expect(lines[2]).toContain('"<[2022-12-28, 2022-12-28]; [2023-01-18, 2023-01-19]>"');
    const gexf = exportGraph(g, 'gexf', { nodes }).text;
    expect(gexf).toContain('<spell start="2022-12-28" end="2022-12-28"/>');
    expect(gexf).toContain('start="2022-12-01" end="2023-02-28"');
    expect(gexf.match(/<node /g)).toHaveLength(3);
  });

  it('escapes formula-like cells in exported CSV', () => {
    const csv = exportGraph(fixture(), 'csv-edges').text;
    expect(csv).toContain(`"'=cmd|"" /C calc""!A0"`);
  });
});

/**
 * Graph files the way the import worker reads them: the library's readers with xmldom (strict), and the
 * graph sent in batches and added item by item with GraphMerger.
 */
import { describe, expect, it } from 'vitest';
import type { WaslGraph } from '../../../src/lib/graph/build.ts';
import { parseGexf } from '../../../src/lib/graph/gexf.ts';
import { parseGraphml } from '../../../src/lib/graph/graphml.ts';
import { emptyGraph, GraphMerger, importCsvText } from '../../../src/lib/graph/import.ts';
import type { GraphAttributes } from '../../../src/lib/types.ts';
import { RELATIONS, sample, snapshot, xmlParse } from './support.ts';

/** Add `source` to `target` the way the page adds the worker's batches: nodes, then edges, one at a time. */
function addItemByItem(target: WaslGraph, source: WaslGraph): GraphMerger {
  const merger = new GraphMerger(target);
  for (const { node, attributes } of source.nodeEntries()) merger.addNode(node, structuredClone(attributes));
  for (const { edge, attributes, source: s, target: t } of source.edgeEntries()) merger.addEdge(edge, s, t, structuredClone(attributes));
  return merger;
}

describe('a graph file added item by item (the worker path)', () => {
  it('gives the same graph as the reader built, for GEXF and GraphML', () => {
    for (const read of [() => parseGexf(sample('sample.gexf'), { parse: xmlParse, relations: RELATIONS }), () => parseGraphml(sample('sample.graphml'), { parse: xmlParse, relations: RELATIONS })]) {
      const { graph } = read();
      const target = emptyGraph();
      target.replaceAttributes(structuredClone(graph.getAttributes()) as GraphAttributes);
      const merger = addItemByItem(target, graph);
      expect(snapshot(target)).toEqual(snapshot(graph));
      expect(target.getAttributes()).toEqual(graph.getAttributes());
      expect([merger.nodesAdded, merger.edgesAdded]).toEqual([7, 6]);
      expect(target.getEdgeAttribute('4', 'dateEnd')).toBe('2023-01-19');
    }
  });

  it('merges: same node ids are the same nodes, a key used between other ends gets a new key, relations are united', () => {
    const base = importCsvText('Source,Target,Id,Relation\nx,y,e1,met\n', { relations: RELATIONS }).graph;
    const file = importCsvText('Source,Target,Id,Relation\ny,z,e1,visited\nx,y,e2,met\n', { relations: RELATIONS }).graph;
    const merger = addItemByItem(base, file);
    merger.finish(file.getAttributes());
    expect([merger.nodesAdded, merger.edgesAdded]).toEqual([1, 2]);
    expect(base.order).toBe(3);
    expect(base.size).toBe(3);
    expect(base.source('e1')).toBe('x');
    expect(base.edges('y', 'z')).toHaveLength(1);
    expect((base.getAttribute('relations') as { id: string }[]).map((r) => r.id).sort()).toEqual(['met', 'visited']);
    // The same edge again (same key, same ends) updates it; self-loops are skipped.
    const again = new GraphMerger(base);
    again.addEdge('e2', 'x', 'y', { relation: 'met', label: 'met', evidence: [], weight: 5 });
    again.addEdge('loop', 'x', 'x', { relation: 'met', label: 'met', evidence: [], weight: 1 });
    expect(again.edgesAdded).toBe(0);
    expect(base.getEdgeAttribute('e2', 'weight')).toBe(5);
    expect(base.size).toBe(3);
  });
});

describe('the XML parser of the worker (xmldom, strict)', () => {
  const gexf = (body: string) => () => parseGexf(`<?xml version="1.0"?>\n<gexf version="1.3">\n${body}\n</gexf>`, { parse: xmlParse });
  it('refuses a closing tag that does not match (saying where), elements left open, a file cut short', () => {
    expect(gexf('<graph><nodes><node id="a"><b></node></nodes></graph>')).toThrow(/^not well-formed XML \(an element is not closed, or its closing tag does not match, line 3, column \d+\)$/);
    expect(gexf('<graph><nodes><node id="a"></nodes></graph>')).toThrow('not well-formed XML (4 elements are not closed (is the file cut short?))');
    expect(() => parseGexf('<gexf version="1.3"><graph><nodes><node id="a"/>', { parse: xmlParse })).toThrow(/^not well-formed XML \(an element is not closed/);
  });
  it('refuses unknown entities, repeated attributes, and text without a root element', () => {
    expect(gexf('<graph><nodes><node id="a" label="&nope;"/></nodes></graph>')).toThrow(/not well-formed XML \(entity not found/);
    expect(gexf('<graph><nodes><node id="a" id="b"/></nodes></graph>')).toThrow(/not well-formed XML \(Attribute id redefined/);
    expect(() => parseGraphml('just text', { parse: xmlParse })).toThrow('not well-formed XML (no root element)');
  });
  it('reads a well-formed file without complaint', () => {
    expect(gexf('<graph><nodes><node id="a" label="&amp; ب"/><node id="b"/></nodes><edges><edge source="a" target="b"/></edges></graph>')().graph.getNodeAttribute('a', 'label')).toBe('& ب');
  });
});

import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { buildGraph, GraphBuilder, serializeGraph, serializeGraphChunks, type WaslGraph } from '../../src/lib/graph/build.ts';
import type { ArticleRecord, RelationRecord, RelationType } from '../../src/lib/types.ts';

const RELATIONS: RelationType[] = [
  { id: 'met', label_en: 'met', label_ar: 'التقى', cameo: '040', plover: 'CONSULT' },
  { id: 'sent_envoy', label_en: 'sent envoy', label_ar: 'أرسل مبعوثاً', cameo: '042', plover: 'CONSULT / visit' },
];

const person = (id: string) => ({ id, kind: 'person' as const, label_en: id, label_ar: '', mentions: 1 });

function rel(article: string, source: string, relation: string, target: string, date: string, start: number): RelationRecord {
  const sentence = `${source} ${relation} ${target}`;
  return {
    source,
    relation,
    target,
    date,
    dateSource: 'text',
    evidence: { article, sentence, start, end: start + sentence.length, sourceSpan: [0, source.length], targetSpan: [sentence.length - target.length, sentence.length] },
  };
}

function record(id: string, relations: RelationRecord[]): ArticleRecord {
  const ids = new Set(relations.flatMap((r) => [r.source, r.target]));
  return {
    article: { id, title: id, date: '2023-01-13', source: 'Test', lang: 'en' },
    entities: [...ids].map(person),
    relations,
  };
}

describe('buildGraph', () => {
  it('merges evidence for the same fact and counts it as weight', () => {
    const g = buildGraph(
      [record('b', [rel('b', 'assad', 'met', 'lavrentiev', '2023-01-12', 0)]), record('a', [rel('a', 'lavrentiev', 'met', 'assad', '2023-01-12', 10)])],
      RELATIONS,
    );
    expect(g.size).toBe(1);
    const [edge] = g.edges();
    const attrs = g.getEdgeAttributes(edge!);
    expect(attrs.weight).toBe(2);
    expect(attrs.evidence.map((e) => e.article)).toEqual(['a', 'b']);
    expect(attrs.label).toBe('met');
  });

  it('keeps different dates and directed relations apart', () => {
    const g = buildGraph(
      [
        record('a', [
          rel('a', 'putin', 'sent_envoy', 'lavrentiev', '2023-01-12', 0),
          rel('a', 'lavrentiev', 'sent_envoy', 'putin', '2023-01-12', 50),
          rel('a', 'putin', 'sent_envoy', 'lavrentiev', '2024-06-26', 90),
        ]),
      ],
      RELATIONS,
    );
    expect(g.size).toBe(3);
    expect(g.getAttribute('articles')).toEqual([{ id: 'a', title: 'a', date: '2023-01-13', source: 'Test', lang: 'en' }]);
  });

  it('counts mentions and articles per node', () => {
    const g = buildGraph([record('a', [rel('a', 'x', 'met', 'y', '2023', 0)]), record('b', [rel('b', 'x', 'met', 'z', '2023', 0)])], RELATIONS);
    expect(g.getNodeAttribute('x', 'mentions')).toBe(2);
    expect(g.getNodeAttribute('x', 'articles')).toEqual(['a', 'b']);
  });

  it('is deterministic whatever the input order', () => {
    const recs = [
      record('a', [rel('a', 'x', 'met', 'y', '2023', 0), rel('a', 'y', 'sent_envoy', 'z', '2023', 20)]),
      record('b', [rel('b', 'z', 'met', 'x', '2024', 0)]),
    ];
    expect(serializeGraph(buildGraph(recs, RELATIONS))).toBe(serializeGraph(buildGraph([...recs].reverse(), RELATIONS)));
  });

  it('keeps one evidence item when one sentence states a fact twice, and lists an article once per node', () => {
    const twice = record('a', [rel('a', 'x', 'met', 'y', '2023', 0), rel('a', 'y', 'met', 'x', '2023', 0), rel('a', 'x', 'met', 'y', '2023', 40)]);
    const again = record('a', [rel('a', 'x', 'met', 'y', '2023', 0)]);
    const g = buildGraph([twice, record('b', [rel('b', 'x', 'met', 'y', '2023', 0)]), again], RELATIONS);
    const [edge] = g.edges();
    expect(g.getEdgeAttribute(edge!, 'evidence').map((e) => `${e.article}@${e.start}`)).toEqual(['a@0', 'a@40', 'b@0']);
    expect(g.getEdgeAttribute(edge!, 'weight')).toBe(3);
    expect(g.getNodeAttribute('x', 'articles')).toEqual(['a', 'b']);
  });

  it('writes the graph file as graphology export, one node or edge a line, in pieces that join to it', () => {
    const g = buildGraph(
      [record('a', [rel('a', 'الأسد', 'met', 'لافرنتييف', '2023-01-12', 0)]), record('b', [rel('b', 'x', 'sent_envoy', 'y\n"z"', '2024', 7)])],
      RELATIONS,
      { title: 'line\nbreak «quoted»' },
    );
    const text = serializeGraph(g);
    expect([...serializeGraphChunks(g)].join('')).toBe(text);
    expect(JSON.parse(text)).toEqual(g.export());
    const lines = text.split('\n');
    expect(lines.filter((l) => l.startsWith('{"key":'))).toHaveLength(g.order + g.size);
    expect(lines.find((l) => l.includes('"source":"x"'))).toMatch(/^\{"key":"x\|sent_envoy\|y\\n\\"z\\"\|2024","source":"x",.*\},?$/);
    expect(text.endsWith('\n]}\n')).toBe(true);
    const empty: WaslGraph = new Graph({ type: 'directed', multi: true });
    expect(JSON.parse(serializeGraph(empty))).toEqual(empty.export());
  });

  it('names the article when a relation points to an unknown entity', () => {
    const r = record('a', [rel('a', 'x', 'met', 'y', '2023', 0)]);
    r.entities = r.entities.filter((e) => e.id !== 'y');
    expect(() => buildGraph([r], RELATIONS)).toThrow(/article a.*"y"/);
  });
});

describe('GraphBuilder (the build merges each article as it is extracted)', () => {
  const records = [
    record('a', [rel('a', 'putin', 'sent_envoy', 'lavrentiev', '2023-01-11', 30), rel('a', 'lavrentiev', 'met', 'assad', '2023-01-12', 5)]),
    record('b', [rel('b', 'assad', 'met', 'lavrentiev', '2023-01-12', 0), rel('b', 'assad', 'met', 'erdogan', '2024-07-01', 40)]),
    record('c', [rel('c', 'erdogan', 'met', 'assad', '2024-07-01', 12)]),
  ];
  it('gives the very graph file buildGraph gives, records added one at a time in article order', () => {
    const builder = new GraphBuilder(RELATIONS, { title: 't' });
    for (const r of records) builder.add(r);
    expect(serializeGraph(builder.finish())).toBe(serializeGraph(buildGraph([records[2]!, records[0]!, records[1]!], RELATIONS, { title: 't' })));
  });
  it('refuses a record that comes out of article order, naming both articles', () => {
    const builder = new GraphBuilder(RELATIONS);
    builder.add(records[1]!);
    builder.add(records[2]!);
    expect(() => builder.add(records[0]!)).toThrow(/"a" comes after "c"/);
  });
});


/**
 * Merge step: relation records of many articles → one graphology graph (DESIGN: graph file).
 *
 * One edge per (source, relation, target, date); more evidence for the same fact is appended.
 * A symmetric relation (`met`) is one fact whichever party the text names first.
 * Deterministic: records are merged in a canonical order, so the same inputs give the same graph.
 */
import Graph from 'graphology';
import type {
  ArticleMeta,
  ArticleRecord,
  EdgeAttributes,
  EntityRecord,
  GraphAttributes,
  NodeAttributes,
  RelationRecord,
  RelationType,
} from '../types.ts';

export type WaslGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildGraphOptions {
  title?: string;
  /** Relation ids whose direction does not matter (DESIGN: `met`). */
  symmetric?: ReadonlySet<string>;
}

export const DEFAULT_BUILD_GRAPH_OPTIONS: Required<BuildGraphOptions> = {
  title: 'Wasl graph',
  symmetric: new Set(['met']),
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function edgeKey(source: string, relation: string, target: string, date: string | undefined): string {
  return `${source}|${relation}|${target}|${date ?? ''}`;
}

function mergeNode(graph: WaslGraph, nodes: Map<string, NodeAttributes>, entity: EntityRecord, articleId: string): void {
  let attrs = nodes.get(entity.id);
  if (!attrs) {
    const made: NodeAttributes = {
      label: entity.label_en || entity.label_ar || entity.id,
      label_en: entity.label_en,
      label_ar: entity.label_ar,
      kind: entity.kind,
      mentions: 0,
      articles: [],
    };
    if (entity.discovered) made.discovered = true;
    if (entity.wikidata) made.wikidata = entity.wikidata;
    if (entity.lat !== undefined && entity.lon !== undefined) {
      made.lat = entity.lat;
      made.lon = entity.lon;
    }
    graph.addNode(entity.id, made);
    nodes.set(entity.id, (attrs = graph.getNodeAttributes(entity.id)));
  }
  attrs.mentions += entity.mentions;
  // records arrive sorted by article id, so an article already listed is the last one
  if (attrs.articles[attrs.articles.length - 1] !== articleId) attrs.articles.push(articleId);
}

function compareRecords(a: RelationRecord, b: RelationRecord): number {
  return (
    cmp(a.evidence.article, b.evidence.article) ||
    a.evidence.start - b.evidence.start ||
    cmp(a.relation, b.relation) ||
    cmp(a.source, b.source) ||
    cmp(a.target, b.target)
  );
}

/** Build the graph of the DESIGN contract from the records of the extract step. */
export function buildGraph(
  records: readonly ArticleRecord[],
  relations: readonly RelationType[],
  options: BuildGraphOptions = {},
): WaslGraph {
  const builder = new GraphBuilder(relations, options);
  for (const record of [...records].sort((a, b) => cmp(a.article.id, b.article.id))) builder.add(record);
  return builder.finish();
}

/**
 * The merge step one record at a time, so that a build need not hold every article's records until the end
 * (they are most of its memory, and keeping them costs the garbage collector a sixth of the extraction's
 * time). Records must come in article-id order (the records of one article together); the graph is then
 * the one `buildGraph` makes of them all: nodes in the order their articles name them, edges in the order
 * (article, position in the text, relation, source, target).
 */
export class GraphBuilder {
  readonly graph: WaslGraph = new Graph({ type: 'directed', multi: true, allowSelfLoops: false });
  private readonly opts: Required<BuildGraphOptions>;
  private readonly relations: readonly RelationType[];
  private readonly labels: Map<string, string>;
  private readonly articles: ArticleMeta[] = [];
  /**
   * The attributes of the graph's nodes and edges by key (the graph's own objects): one lookup per
   * relation instead of graphology's hasEdge then getEdgeAttributes (~a quarter of the merge's time).
   */
  private readonly nodes = new Map<string, NodeAttributes>();
  private readonly edges = new Map<string, EdgeAttributes>();
  /** The records of the article being merged: its relations are added when the next article starts. */
  private pending: ArticleRecord[] = [];
  private lastId: string | undefined;

  constructor(relations: readonly RelationType[], options: BuildGraphOptions = {}) {
    this.opts = { ...DEFAULT_BUILD_GRAPH_OPTIONS, ...options };
    this.relations = relations;
    this.labels = new Map(relations.map((r) => [r.id, r.label_en]));
  }

  add(record: ArticleRecord): void {
    const { article } = record;
    if (this.pending.length && article.id !== this.pending[0]!.article.id) this.flush();
    if (!this.pending.length && this.lastId !== undefined && article.id <= this.lastId) {
      throw new Error(`GraphBuilder: article "${article.id}" comes after "${this.lastId}": records must be added in article-id order`);
    }
    const meta: ArticleMeta = { id: article.id, title: article.title, date: article.date, source: article.source, lang: article.lang };
    if (article.url) meta.url = article.url;
    this.articles.push(meta);
    for (const entity of [...record.entities].sort((a, b) => cmp(a.id, b.id))) mergeNode(this.graph, this.nodes, entity, article.id);
    this.pending.push(record);
  }

  /** The graph, with its attributes (DESIGN: schema, title, articles, relations). Add nothing after. */
  finish(): WaslGraph {
    this.flush();
    this.graph.replaceAttributes({ schema: 1, title: this.opts.title, articles: this.articles, relations: this.relations.map((r) => ({ ...r })) });
    return this.graph;
  }

  private flush(): void {
    if (!this.pending.length) return;
    this.lastId = this.pending[0]!.article.id;
    const all = this.pending.length === 1 ? [...this.pending[0]!.relations] : this.pending.flatMap((r) => r.relations);
    this.pending = [];
    for (const rel of all.sort(compareRecords)) this.addRelation(rel);
  }

  private addRelation(rel: RelationRecord): void {
    const graph = this.graph;
    if (rel.source === rel.target) return;
    for (const id of [rel.source, rel.target]) {
      if (!this.nodes.has(id)) throw new Error(`buildGraph: relation ${rel.relation} in article ${rel.evidence.article} names entity "${id}" that the article's entities do not list`);
    }
    let key = edgeKey(rel.source, rel.relation, rel.target, rel.date);
    let known = this.edges.get(key);
    if (!known && this.opts.symmetric.has(rel.relation)) {
      const reverse = edgeKey(rel.target, rel.relation, rel.source, rel.date);
      known = this.edges.get(reverse);
      if (known) key = reverse;
    }
    const evidence = { ...rel.evidence };
    if (rel.attrs?.attributedTo && !evidence.attributedTo) evidence.attributedTo = rel.attrs.attributedTo;
    if (known) {
      // relations arrive sorted by (article, start): a repeat of the same sentence is the last evidence
      const last = known.evidence[known.evidence.length - 1]!;
      if (last.article !== evidence.article || last.start !== evidence.start) {
        known.evidence.push(evidence);
        known.weight = known.evidence.length;
      }
      return;
    }
    const attrs: EdgeAttributes = {
      relation: rel.relation,
      label: this.labels.get(rel.relation) ?? rel.relation,
      date: rel.date,
      dateSource: rel.dateSource,
      evidence: [evidence],
      weight: 1,
    };
    for (const [k, v] of Object.entries(rel.attrs ?? {}).sort(([a], [b]) => cmp(a, b))) {
      if (!(k in attrs)) attrs[k] = v;
    }
    graph.addDirectedEdgeWithKey(key, rel.source, rel.target, attrs);
    this.edges.set(key, graph.getEdgeAttributes(key));
  }
}

/**
 * Serialise to the graph file: graphology's `export()` as compact JSON with one node or edge per
 * line (readable diffs, a quarter smaller than indented JSON and quicker to write and to parse).
 */
export function serializeGraph(graph: WaslGraph): string {
  return [...serializeGraphChunks(graph)].join('');
}

/**
 * The graph file in pieces, one per node and per edge, so a writer never holds the whole file as
 * one string (for a large corpus the biggest single allocation of the build). Every other member
 * of `export()` (options, graph attributes) is written on its own line the same way.
 */
export function* serializeGraphChunks(graph: WaslGraph): Generator<string> {
  const data = graph.export() as unknown as Record<string, unknown>;
  let first = true;
  for (const [key, value] of Object.entries(data)) {
    yield `${first ? '{' : ',\n'}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(value) && value.length > 0) {
      for (let i = 0; i < value.length; i++) yield `${i ? ',' : '['}\n${JSON.stringify(value[i])}`;
      yield '\n]';
    } else {
      yield JSON.stringify(value);
    }
  }
  yield first ? '{}\n' : '}\n';
}

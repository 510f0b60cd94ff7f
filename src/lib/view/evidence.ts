/**
 * What the evidence panel shows: a node's relations grouped by relation and date, and each evidence
 * sentence cut into plain-text segments with the source and target spans marked (never HTML).
 */
import type { WaslGraph } from '../graph/build.ts';
import type { ArticleMeta, Evidence } from '../types.ts';
import type { Mask } from './mask.ts';
import type { ViewIndex } from './view-index.ts';

export type SpanRole = 'source' | 'target' | null;

export interface Segment {
  text: string;
  role: SpanRole;
}

function clampSpan(span: unknown, length: number): [number, number] | null {
  if (!Array.isArray(span) || span.length !== 2) return null;
  const s = Math.max(0, Math.min(length, Number(span[0])));
  const e = Math.max(0, Math.min(length, Number(span[1])));
  return Number.isFinite(s) && Number.isFinite(e) && e > s ? [s, e] : null;
}

/** The sentence cut at the span boundaries; where spans overlap, the source wins. */
export function highlightSpans(sentence: string, sourceSpan: unknown, targetSpan: unknown): Segment[] {
  const roles: SpanRole[] = new Array(sentence.length).fill(null);
  const t = clampSpan(targetSpan, sentence.length);
  const s = clampSpan(sourceSpan, sentence.length);
  if (t) for (let i = t[0]; i < t[1]; i++) roles[i] = 'target';
  if (s) for (let i = s[0]; i < s[1]; i++) roles[i] = 'source';
  const out: Segment[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const last = out[out.length - 1];
    if (last && last.role === roles[i]) last.text += sentence[i];
    else out.push({ text: sentence[i]!, role: roles[i]! });
  }
  return out;
}

export interface EdgeItem {
  edge: string;
  source: string;
  target: string;
  relation: string;
  date: string | undefined;
  weight: number;
  evidence: Evidence[];
}

export interface RelationGroup {
  relation: string;
  items: EdgeItem[];
}

export function edgeItem(graph: WaslGraph, edge: string): EdgeItem {
  const a = graph.getEdgeAttributes(edge);
  return {
    edge,
    source: graph.source(edge),
    target: graph.target(edge),
    relation: a.relation,
    date: a.date,
    weight: a.weight,
    evidence: Array.isArray(a.evidence) ? a.evidence : [],
  };
}

/** A node's shown edges, grouped by relation (largest group first), each group by date (undated last). */
export function nodeRelations(graph: WaslGraph, index: ViewIndex, mask: Mask, node: string): RelationGroup[] {
  const v = index.nodeIndex.get(node);
  if (v === undefined) return [];
  const groups = new Map<string, EdgeItem[]>();
  for (let k = index.nodeEdgeOffsets[v]!; k < index.nodeEdgeOffsets[v + 1]!; k++) {
    const e = index.nodeEdgeIds[k]!;
    if (!mask.edges[e]) continue;
    const item = edgeItem(graph, index.edgeKeys[e]!);
    const list = groups.get(item.relation) ?? [];
    list.push(item);
    groups.set(item.relation, list);
  }
  const byDate = (a: EdgeItem, b: EdgeItem) => ((a.date ?? '~') < (b.date ?? '~') ? -1 : (a.date ?? '~') > (b.date ?? '~') ? 1 : a.edge < b.edge ? -1 : 1);
  return [...groups]
    .map(([relation, items]) => ({ relation, items: items.sort(byDate) }))
    .sort((a, b) => b.items.length - a.items.length || (a.relation < b.relation ? -1 : 1));
}

export function articleMap(graph: WaslGraph): Map<string, ArticleMeta> {
  return new Map((graph.getAttribute('articles') ?? []).map((a) => [a.id, a]));
}

/** Only http(s) links are rendered as links. */
export function safeUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

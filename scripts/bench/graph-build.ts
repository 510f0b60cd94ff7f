/** Merge step benchmark: synthetic relation records → graph → graph file. */
import { buildGraph, serializeGraph } from '../../src/lib/graph/build.ts';
import type { ArticleRecord, RelationType } from '../../src/lib/types.ts';
import { seededRandom } from '../../src/lib/graph/layout.ts';
import { printTable } from '../lib/table.ts';

const RELATIONS: RelationType[] = ['met', 'visited', 'urged', 'accused'].map((id) => ({ id, label_en: id, label_ar: id, cameo: '', plover: '' }));

function synth(articles: number, entities: number): ArticleRecord[] {
  const rnd = seededRandom(42);
  const pick = (n: number) => Math.floor(rnd() * n);
  return Array.from({ length: articles }, (_, a) => {
    const ids = Array.from({ length: 8 }, () => `e${pick(entities)}`);
    const uniq = [...new Set(ids)];
    return {
      article: { id: `a${a}`, title: `a${a}`, date: '2023-01-01', source: 's', lang: 'en' as const },
      entities: uniq.map((id) => ({ id, kind: 'person' as const, label_en: id, label_ar: '', mentions: 1 })),
      relations: Array.from({ length: 5 }, (_, i) => {
        const s = uniq[pick(uniq.length)]!;
        const t = uniq[pick(uniq.length)]!;
        return {
          source: s,
          relation: RELATIONS[pick(4)]!.id,
          target: t,
          date: `2023-${String(1 + pick(12)).padStart(2, '0')}-${String(1 + pick(28)).padStart(2, '0')}`,
          dateSource: 'text' as const,
          evidence: { article: `a${a}`, sentence: `${s} x ${t}`, start: i * 40, end: i * 40 + 10, sourceSpan: [0, 1] as [number, number], targetSpan: [2, 3] as [number, number] },
        };
      }),
    };
  });
}

export default async function bench(): Promise<void> {
  const rows = [];
  for (const n of [1_000, 10_000, 50_000]) {
    const recs = synth(n, Math.round(n / 2));
    const t0 = performance.now();
    const g = buildGraph(recs, RELATIONS);
    const t1 = performance.now();
    const text = serializeGraph(g);
    const t2 = performance.now();
    rows.push({ articles: n, nodes: g.order, edges: g.size, 'merge ms': t1 - t0, 'serialise ms': t2 - t1, 'file MB': text.length / 1e6, 'heap MB': process.memoryUsage().heapUsed / 1e6 });
  }
  printTable(rows);
}

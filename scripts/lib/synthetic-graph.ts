/**
 * Synthetic graph files for benchmarks and scale tests: `edges` dated edges over five years among
 * `edges / 5` nodes, with kinds, relations of the vocabulary, articles and one evidence item each.
 * Seeded: the same sizes always give the same file.
 */
import { seededRandom } from '../../src/lib/graph/layout.ts';
import { ENTITY_KINDS } from '../../src/lib/types.ts';

const RELATIONS: [string, string][] = [
  ['sent_envoy', 'CONSULT / visit'], ['visited', 'CONSULT / visit'], ['hosted', 'CONSULT / visit'], ['met', 'CONSULT'],
  ['phoned', 'CONSULT / phone'], ['urged', 'REQUEST'], ['reconciled_with', 'AGREE / COOPERATE'], ['agreed_with', 'AGREE'],
  ['supported', 'SUPPORT / AID'], ['coordinated_with', 'COOPERATE'], ['deployed_in', 'MOBILIZE'], ['accused', 'ACCUSE'],
  ['criticized', 'ACCUSE / disapprove'], ['threatened', 'THREATEN'], ['attacked', 'ASSAULT'], ['sanctioned', 'SANCTION'],
];

export function syntheticGraphFile(edges: number, nodes = Math.max(10, Math.round(edges / 5))): string {
  const rnd = seededRandom(7);
  const pick = (n: number) => Math.floor(rnd() * n);
  const articles = Array.from({ length: Math.max(1, Math.round(edges / 20)) }, (_, i) => ({
    id: `a${i}`, title: `Article ${i}`, date: '2022-01-01', source: `Outlet ${i % 12}`, url: `https://example.org/${i}`, lang: i % 2 ? 'ar' : 'en',
  }));
  const start = Date.UTC(2020, 0, 1) / 86_400_000;
  const nodeList = Array.from({ length: nodes }, (_, i) => ({
    key: `n${i}`,
    attributes: { label: `Node ${i}`, label_en: `Node ${i}`, label_ar: `عقدة ${i}`, kind: ENTITY_KINDS[pick(ENTITY_KINDS.length)], mentions: 1 + pick(20), articles: [] },
  }));
  const seen = new Set<string>();
  const edgeList = [];
  while (edgeList.length < edges) {
    // Preferential-ish attachment: low ids are hubs.
    const s = Math.floor(nodes * rnd() ** 2);
    const t = pick(nodes);
    if (s === t) continue;
    const [relation] = RELATIONS[pick(RELATIONS.length)]!;
    const date = new Date((start + pick(5 * 365)) * 86_400_000).toISOString().slice(0, 10);
    const key = `n${s}|${relation}|n${t}|${date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sentence = `Node ${s} ${relation} Node ${t}.`;
    edgeList.push({
      key, source: `n${s}`, target: `n${t}`,
      attributes: {
        relation, label: relation, date, dateSource: 'published', weight: 1 + (pick(10) === 0 ? pick(4) : 0),
        evidence: [{ article: `a${pick(articles.length)}`, sentence, start: 0, end: sentence.length, sourceSpan: [0, `Node ${s}`.length], targetSpan: [sentence.length - `Node ${t}.`.length, sentence.length - 1] }],
      },
    });
  }
  return JSON.stringify({
    attributes: { schema: 1, title: `synthetic ${edges}`, articles, relations: RELATIONS.map(([id, plover]) => ({ id, label_en: id.replace(/_/g, ' '), label_ar: id, cameo: '', plover })) },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodeList,
    edges: edgeList,
  });
}

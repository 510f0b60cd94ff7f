/**
 * npx tsx scripts/coverage.ts — lexicon coverage of the held-out gold, batch by batch (docs/diagnosis-batch21.md §6,
 * measure 3a): the share of gold triples whose source and target ids are lexicon ids (a triple with an id the lexicon
 * lacks is always a FN), the share whose two ids are also both named in the gold sentence as the extractor reads it
 * (`named`: a mention of the id, or of a capital standing for it), and the missing ids with their triple counts.
 *
 *   tsx scripts/coverage.ts [--batches 13-21] [--lexicon data/lexicon]
 */
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { analyse } from '../src/lib/extract/pipeline.ts';
import type { Article } from '../src/lib/types.ts';
import { coverageByBatch } from './lib/coverage.ts';
import { readGold } from './lib/gold.ts';
import { readInputs, readLexiconFolder } from './lib/inputs.ts';

const argv = process.argv.slice(2);
const opt = (n: string, d: string) => {
  const i = argv.indexOf(n);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const [b0, b1] = opt('--batches', '13-21').split('-').map(Number) as [number, number?];
const lexicon = loadLexicon(readLexiconFolder(opt('--lexicon', 'data/lexicon')));
const gold = readGold('tests/gold').filter((g) => g.heldout && g.batch !== undefined && g.batch >= b0 && g.batch <= (b1 ?? b0));
const articles = new Map<string, Article>(readInputs(['data/heldout']).articles.map((a) => [a.id, a]));
const cov = coverageByBatch(gold, new Set(lexicon.entities.keys()));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Triples per batch whose two ids are both named in a sentence containing (or contained in) the gold sentence. */
const named = new Map<number, number>();
for (const g of gold) {
  const a = articles.get(g.article);
  if (!a) continue;
  const doc = analyse(a, lexicon);
  for (const t of g.triples) {
    const text = squash(String(t.sentence ?? ''));
    const s = doc.sentences.find((s) => {
      const x = squash(a.text.slice(s.start, s.end));
      return x && (x === text || text.includes(x) || x.includes(text));
    });
    if (!s) continue;
    const has = (id: string) => s.mentions.some((m) => m.entity === id || lexicon.entities.get(m.entity)?.stands_for === id);
    if (has(t.source) && has(t.target)) named.set(g.batch!, (named.get(g.batch!) ?? 0) + 1);
  }
}

const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '-').padStart(6);
console.log(`batch  triples  known   share  named   share  missing ids (triples)`);
let [T, K, N] = [0, 0, 0];
for (const [b, c] of cov) {
  const n = named.get(b) ?? 0;
  [T, K, N] = [T + c.triples, K + c.known, N + n];
  const miss = [...c.missing].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([id, k]) => `${id} ${k}`);
  console.log(`${String(b).padStart(5)}  ${String(c.triples).padStart(7)}  ${String(c.known).padStart(5)}  ${pct(c.known, c.triples)}  ${String(n).padStart(5)}  ${pct(n, c.triples)}  ${miss.join(', ')}`);
}
console.log(`  all  ${String(T).padStart(7)}  ${String(K).padStart(5)}  ${pct(K, T)}  ${String(N).padStart(5)}  ${pct(N, T)}`);

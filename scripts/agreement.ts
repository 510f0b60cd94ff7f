/**
 * npm run agreement -- A B — how far two annotators agree: the gold files of folder B scored against
 * those of folder A exactly as `npm run eval` scores the extractor (same triple sets, `met` and the
 * joint acts unordered, dates compared on the triples both have). Only articles annotated in both
 * folders count. The F1 of two careful annotators on the same text is the ceiling to read extraction
 * scores against (data/heldout/README.md).
 *
 *   tsx scripts/agreement.ts A_DIR B_DIR [-v] [--articles data/heldout]
 */
import { scoreArticles, type GoldFile, type ScoredRecord, type ScoreReport } from '../src/lib/extract/score.ts';
import { readGold } from './lib/gold.ts';
import { readInputs } from './lib/inputs.ts';
import { printTable } from './lib/table.ts';

const argv = process.argv.slice(2);
const dirs = argv.filter((a, i) => !a.startsWith('-') && argv[i - 1] !== '--articles');
if (dirs.length !== 2) {
  console.error('usage: tsx scripts/agreement.ts A_DIR B_DIR [-v] [--articles data/heldout]');
  process.exit(2);
}
const ai = argv.indexOf('--articles');
const articlesDir = ai >= 0 ? argv[ai + 1]! : 'data/heldout';

const byArticle = (dir: string) => new Map(readGold(dir, false).map((g) => [g.article, g]));
const a = byArticle(dirs[0]!);
const b = byArticle(dirs[1]!);
const articles = new Map(readInputs([articlesDir]).articles.map((x) => [x.id, x]));

/** B's triples, scored as if an extractor had found them (the evidence is B's sentence). */
const asRecord = (g: GoldFile): ScoredRecord => ({
  relations: g.triples.map((t) => ({ ...t, date: t.date ?? '', evidence: { sentence: typeof t.sentence === 'string' ? t.sentence : '' } })),
});

const items = [...a.values()].flatMap((ga) => {
  const gb = b.get(ga.article);
  const article = articles.get(ga.article);
  if (!gb) return [];
  if (!article) throw new Error(`${ga.article}: no such article in ${articlesDir}`);
  return [{ gold: ga, article, record: asRecord(gb) }];
});
const onlyOne = [...a.keys(), ...b.keys()].filter((id) => !(a.has(id) && b.has(id)));
if (onlyOne.length) console.log(`${onlyOne.length} articles annotated in one folder only, not counted${argv.includes('-v') ? `: ${onlyOne.join(', ')}` : ' (-v lists them)'}`);
if (!items.length) {
  console.error('no article is annotated in both folders');
  process.exit(1);
}
const r: ScoreReport = scoreArticles(items);

if (argv.includes('-v')) {
  for (const s of r.articles) {
    if (!s.fp.length && !s.fn.length && !s.dateErrors.length) continue;
    console.log(`\n# ${s.article}`);
    for (const k of s.fn) console.log(`  only A: ${k}`);
    for (const k of s.fp) console.log(`  only B: ${k}`);
    for (const k of s.dateErrors) console.log(`  DATE ${k.replace('predicted', 'B').replace('gold', 'A')}`);
  }
  console.log();
}
const pct = (x: number) => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(1)}%`);
const rows = (o: Record<string, ScoreReport['all']>) =>
  Object.entries(o).map(([k, s]) => ({ scope: k, both: s.tp, 'only B': s.fp, 'only A': s.fn, 'B vs A: precision': pct(s.p), recall: pct(s.r), F1: pct(s.f1) }));
console.log(`${items.length} articles annotated by both (${dirs[0]} = A, ${dirs[1]} = B)\n`);
printTable([...rows(r.byLang).map((x) => ({ ...x, scope: `lang ${x.scope}` })), ...rows({ all: r.all })]);
console.log();
printTable(rows(r.byRelation).sort((x, y) => x.scope.localeCompare(y.scope)));
console.log(`\ndates agree on ${pct(r.dateAccuracy)} of the triples both have (${r.dateCorrect}/${r.dateTotal})`);

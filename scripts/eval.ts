/**
 * npm run eval — score extraction against the gold annotations (tests/gold/*.json).
 * Prints precision, recall and F1 per language and per relation, and date accuracy on the
 * correctly found edges; exits 1 when a score is below the thresholds below.
 *
 *   tsx scripts/eval.ts [--verbose] [--articles data/articles] [--gold tests/gold] [--lexicon data/lexicon]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile, parseJsonl } from '../src/lib/extract/articles.ts';
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { extractArticle } from '../src/lib/extract/pipeline.ts';
import { scoreArticles, type GoldFile } from '../src/lib/extract/score.ts';
import type { Article } from '../src/lib/types.ts';

/** The bar (issue 3): F1 per language and date accuracy on correct edges. */
const THRESHOLDS = { f1: 0.9, dateAccuracy: 0.95 };

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}
const verbose2 = process.argv.includes('-vv');
const verbose = verbose2 || process.argv.includes('--verbose') || process.argv.includes('-v');
const only = arg('--only', '');
const articlesDir = arg('--articles', 'data/articles');
const goldDir = arg('--gold', 'tests/gold');
const lexDir = arg('--lexicon', 'data/lexicon');

const files: Record<string, string> = {};
for (const f of readdirSync(lexDir)) if (f.endsWith('.csv')) files[f] = readFileSync(join(lexDir, f), 'utf8');
const lexicon = loadLexicon(files);

const articles = new Map<string, Article>();
for (const f of readdirSync(articlesDir).sort()) {
  const p = join(articlesDir, f);
  if (/^[A-Z0-9_-]+\.md$/.test(f)) continue; // README.md, SOURCES.md: notes, not articles
  if (/\.(md|txt)$/.test(f)) {
    try {
      const a = parseArticleFile(f, readFileSync(p, 'utf8'));
      articles.set(a.id, a);
    } catch (e) {
      console.error(String((e as Error).message));
    }
  } else if (f.endsWith('.jsonl')) for (const a of parseJsonl(f, readFileSync(p, 'utf8')).articles) articles.set(a.id, a);
}

const gold: GoldFile[] = readdirSync(goldDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldFile);

const pairs = gold.flatMap((g) => {
  const a = articles.get(g.article);
  if (!a) {
    console.error(`gold ${g.article}: no such article`);
    return [];
  }
  return [{ gold: g, article: a, record: extractArticle(a, lexicon) }];
});
const report = scoreArticles(pairs);

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : (x * 100).toFixed(1).padStart(5) + '%');
const row = (name: string, s: { tp: number; fp: number; fn: number; p: number; r: number; f1: number }) =>
  `${name.padEnd(28)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;

if (verbose) {
  for (const a of report.articles) {
    if (!a.fp.length && !a.fn.length && !a.dateErrors.length) continue;
    if (only && !a.article.includes(only)) continue;
    console.log(`\n# ${a.article}`);
    const sent = (k: string) => {
      const s = a.sentences[k.replace(/ @.*$/, '')] ?? a.sentences[k.split(' ').slice(0, 3).join(' ')];
      return verbose2 && s ? `\n      ${s.slice(0, 300)}` : '';
    };
    for (const k of a.fn) console.log(`  FN ${k}${sent(k)}`);
    for (const k of a.fp) console.log(`  FP ${k}${sent(k)}`);
    for (const k of a.dateErrors) console.log(`  DATE ${k}${sent(k)}`);
  }
  console.log();
}
console.log(`${'scope'.padEnd(28)}   tp   fp   fn  precision recall   F1`);
for (const [lang, s] of Object.entries(report.byLang)) console.log(row(`lang ${lang}`, s));
console.log(row('all', report.all));
console.log();
for (const [rel, s] of Object.entries(report.byRelation).sort()) console.log(row(rel, s));
console.log();
console.log(`date accuracy on correct edges: ${pct(report.dateAccuracy)} (${report.dateCorrect}/${report.dateTotal})`);
for (const [lang, d] of Object.entries(report.dateByLang)) console.log(`  ${lang}: ${pct(d.correct / d.total)} (${d.correct}/${d.total})`);

const fails: string[] = [];
for (const [lang, s] of Object.entries(report.byLang)) if (s.f1 < THRESHOLDS.f1) fails.push(`F1 ${lang} ${pct(s.f1)} < ${THRESHOLDS.f1 * 100}%`);
if (report.dateAccuracy < THRESHOLDS.dateAccuracy) fails.push(`date accuracy ${pct(report.dateAccuracy)} < ${THRESHOLDS.dateAccuracy * 100}%`);
if (fails.length) {
  console.log(`\nbelow threshold: ${fails.join('; ')}`);
  process.exit(1);
}
console.log('\nall thresholds met');

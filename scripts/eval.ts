/**
 * npm run eval — score extraction against the gold annotations (tests/gold/**.json).
 * Prints precision, recall and F1 per language and per relation, and date accuracy on the
 * correctly found edges, twice: for the sample corpus (data/articles) and for the held-out
 * articles (data/heldout, gold files with `"heldout": true`), whose gold was written before the extractor
 * was run on them (how blind each batch still is: data/heldout/README.md).
 * Exits 1 when a score of the sample corpus is below the thresholds below.
 *
 *   tsx scripts/eval.ts [-v|-vv] [--only ID] [--articles data/articles] [--heldout data/heldout]
 *                       [--gold tests/gold] [--lexicon data/lexicon] [--pool 13-24 [--pool 25 …]]
 *
 * `--pool FROM-TO` (repeatable) also prints the held-out batches FROM..TO scored as one set (micro tp/fp/fn, per
 * language and all, with dates): how a change is judged on the blind batches it was not tuned on, with less noise than
 * one batch of 30 articles.
 */
import { statSync } from 'node:fs';
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { extractArticle } from '../src/lib/extract/pipeline.ts';
import { scoreArticles, type GoldFile, type ScoreReport } from '../src/lib/extract/score.ts';
import type { Article, ArticleRecord } from '../src/lib/types.ts';
import { readGold } from './lib/gold.ts';
import { readInputs, readLexiconFolder } from './lib/inputs.ts';

/** The bar (issue 3): F1 per language and date accuracy on correct edges, on the sample corpus. */
const THRESHOLDS = { f1: 0.9, dateAccuracy: 0.95 };

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}
const verbose2 = process.argv.includes('-vv');
const verbose = verbose2 || process.argv.includes('--verbose') || process.argv.includes('-v');
const only = arg('--only', '');
const articlesDir = arg('--articles', 'data/articles');
const heldoutDir = arg('--heldout', 'data/heldout');
const goldDir = arg('--gold', 'tests/gold');
const lexDir = arg('--lexicon', 'data/lexicon');

const lexicon = loadLexicon(readLexiconFolder(lexDir));

// Articles are read like the build reads them (notes such as SOURCES.md are not articles);
// every bad input is printed with its file and line, and still counts as a problem.
// The held-out folder may be absent unless named with --heldout.
const heldoutGiven = process.argv.includes('--heldout');
const inputs = readInputs([articlesDir, ...(heldoutGiven || statExists(heldoutDir) ? [heldoutDir] : [])]);
for (const p of inputs.problems) console.error(`skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`);
const articles = new Map<string, Article>(inputs.articles.map((a) => [a.id, a]));

function statExists(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const gold = readGold(goldDir);

/** Each article is extracted once, however many scores (overall, by batch) count it. */
const records = new Map<string, ArticleRecord>();
function recordOf(a: Article): ArticleRecord {
  let r = records.get(a.id);
  if (!r) records.set(a.id, (r = extractArticle(a, lexicon)));
  return r;
}

function score(set: GoldFile[]): ScoreReport {
  return scoreArticles(
    set.flatMap((g) => {
      const a = articles.get(g.article);
      if (!a) {
        console.error(`gold ${g.article}: no such article`);
        return [];
      }
      return [{ gold: g, article: a, record: recordOf(a) }];
    }),
  );
}
const corpus = score(gold.filter((g) => !g.heldout));
const heldout = score(gold.filter((g) => g.heldout));

const pct = (x: number) => (Number.isNaN(x) ? '   -  ' : (x * 100).toFixed(1).padStart(5) + '%');
/** A date-accuracy column: the share of correct dates, blank when no edge was found. */
const dates = (d: { correct: number; total: number } | undefined) => (d?.total ? `  ${pct(d.correct / d.total).padStart(6)}` : '');
const row = (name: string, s: { tp: number; fp: number; fn: number; p: number; r: number; f1: number }) =>
  `${name.padEnd(28)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;

function print(title: string, r: ScoreReport): void {
  console.log(`\n== ${title} (${r.articles.length} articles)`);
  if (verbose) {
    for (const a of r.articles) {
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
  for (const [lang, s] of Object.entries(r.byLang)) console.log(row(`lang ${lang}`, s));
  console.log(row('all', r.all));
  console.log();
  for (const [rel, s] of Object.entries(r.byRelation).sort()) console.log(row(rel, s));
  console.log();
  console.log(`date accuracy on correct edges: ${pct(r.dateAccuracy)} (${r.dateCorrect}/${r.dateTotal})`);
  for (const [lang, d] of Object.entries(r.dateByLang)) console.log(`  ${lang}: ${pct(d.correct / d.total)} (${d.correct}/${d.total})`);
}
print('sample corpus (data/articles)', corpus);
if (heldout.articles.length) print('held-out (data/heldout; how blind each batch is: data/heldout/README.md)', heldout);

// Held-out batches apart: a batch written after the last tuning is the honest estimate for unseen text.
const batches = [...new Set(gold.filter((g) => g.heldout && g.batch !== undefined).map((g) => g.batch!))].sort((a, b) => a - b);
if (batches.length) {
  console.log(`\n== held-out by batch\n${'scope'.padEnd(28)}   tp   fp   fn  precision recall   F1   dates`);
  for (const b of batches) {
    const r = score(gold.filter((g) => g.heldout && g.batch === b));
    for (const [lang, s] of Object.entries(r.byLang)) console.log(row(`batch ${b} ${lang}`, s) + dates(r.dateByLang[lang]));
    console.log(row(`batch ${b} all`, r.all) + dates({ correct: r.dateCorrect, total: r.dateTotal }));
  }
}

// Pooled batches (--pool 13-24): one score over several batches' articles, not a mean of their F1s.
const pools = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--pool' ? [a] : []));
for (const spec of pools) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) {
    console.error(`--pool ${spec}: expected a batch or a range of batches, such as 25 or 13-24`);
    process.exit(2);
  }
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  const set = gold.filter((g) => g.heldout && g.batch !== undefined && g.batch >= from && g.batch <= to);
  if (!set.length) {
    console.error(`--pool ${spec}: no held-out gold file has a batch in ${from}..${to}`);
    process.exit(2);
  }
  const name = from === to ? `batch ${from}` : `batches ${from}-${to}`;
  const r = score(set);
  console.log(`\n== pooled: ${name} (${r.articles.length} articles)\n${'scope'.padEnd(28)}   tp   fp   fn  precision recall   F1   dates`);
  for (const [lang, s] of Object.entries(r.byLang)) console.log(row(`${name} ${lang}`, s) + dates(r.dateByLang[lang]));
  console.log(row(`${name} pooled`, r.all) + dates({ correct: r.dateCorrect, total: r.dateTotal }));
}

const fails: string[] = [];
for (const [lang, s] of Object.entries(corpus.byLang)) if (s.f1 < THRESHOLDS.f1) fails.push(`F1 ${lang} ${pct(s.f1)} < ${THRESHOLDS.f1 * 100}%`);
if (corpus.dateAccuracy < THRESHOLDS.dateAccuracy) fails.push(`date accuracy ${pct(corpus.dateAccuracy)} < ${THRESHOLDS.dateAccuracy * 100}%`);
if (fails.length) {
  console.log(`\nbelow threshold (sample corpus): ${fails.join('; ')}`);
  process.exit(1);
}
console.log('\nall thresholds met (sample corpus)');

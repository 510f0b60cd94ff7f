/**
 * npx tsx scripts/misses.ts — every FN and FP of held-out batches (default 13–19), each with its sentence and a
 * construction class guessed from what `analyse()` sees in that sentence (docs/misses-by-construction.md).
 *
 *   tsx scripts/misses.ts [--batches 13-19] [--tsv] [--table] [--only ID]
 *
 * For a FN: are both arguments resolved in the gold sentence (`args`: both / src / tgt / none); is there a trigger of
 * the gold relation (`trig`: verb / noun / verb+noun / none); is an argument a list member (`list`) or an anaphor
 * (`ana`); does a noun trigger sit after another relation's verb (`nested`: a relation told as a noun phrase inside
 * another frame's argument). From these, `auto` guesses the class:
 *   actor-missing     an argument is not resolved in the sentence (unknown name, anaphor not resolved, descriptor)
 *   no-trigger        both arguments resolved, no trigger of the relation
 *   np-in-frame       only a noun trigger, after another relation's verb (the NP is that verb's argument)
 *   np                only a noun trigger (a noun phrase relation: "Turkey's support for", `القوات الروسية في سوريا`)
 *   verb-list         a verb trigger and an argument inside a list
 *   verb              a verb trigger, frame fails
 * For a FP: `kind` is wrong-relation (the gold has the pair with another relation), reversed, one-arg (the gold has the
 * relation with one of the two), or spurious; `trig` as above for the predicted relation in its evidence sentence.
 * --table prints counts of auto class × batch (FN and FP); --tsv prints one row a miss.
 */
import { loadLexicon } from '../src/lib/extract/lexicon.ts';
import { analyse, extractArticle } from '../src/lib/extract/pipeline.ts';
import { scoreArticles } from '../src/lib/extract/score.ts';
import type { Doc, Mention, Sentence } from '../src/lib/extract/doc.ts';
import type { Article } from '../src/lib/types.ts';
import { readGold } from './lib/gold.ts';
import { readInputs, readLexiconFolder } from './lib/inputs.ts';

const argv = process.argv.slice(2);
const opt = (n: string, d: string) => {
  const i = argv.indexOf(n);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : d;
};
const [b0, b1] = opt('--batches', '13-19').split('-').map(Number) as [number, number?];
const inBatch = (b: number | undefined) => b !== undefined && b >= b0 && b <= (b1 ?? b0);
const only = opt('--only', '');

const lexicon = loadLexicon(readLexiconFolder('data/lexicon'));
const inputs = readInputs(['data/heldout']);
const articles = new Map<string, Article>(inputs.articles.map((a) => [a.id, a]));
const gold = readGold('tests/gold').filter((g) => g.heldout && inBatch(g.batch) && (!only || g.article.includes(only)));

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The doc sentence that best matches a gold sentence (containment first, then shared words). */
function sentenceOf(doc: Doc, text: string): Sentence | undefined {
  const a = doc.article.text;
  const g = squash(text);
  let best: Sentence | undefined;
  let bestScore = 0;
  const gw = new Set(g.split(' '));
  for (const s of doc.sentences) {
    const t = squash(a.slice(s.start, s.end));
    if (!t) continue;
    if (t === g || g.includes(t) || t.includes(g)) return s;
    const tw = t.split(' ');
    let n = 0;
    for (const w of tw) if (gw.has(w)) n++;
    const sc = n / Math.max(tw.length, gw.size);
    if (sc > bestScore) [best, bestScore] = [s, sc];
  }
  return bestScore > 0.5 ? best : undefined;
}

/** Does mention m stand for entity id (itself, or a capital standing for it)? */
function names(m: Mention, id: string): boolean {
  if (m.entity === id) return true;
  return lexicon.entities.get(m.entity)?.stands_for === id;
}

interface Row {
  batch: number;
  article: string;
  lang: string;
  side: 'FN' | 'FP';
  key: string;
  relation: string;
  args: string;
  trig: string;
  list: boolean;
  ana: boolean;
  nested: boolean;
  auto: string;
  sentence: string;
}

function trigOf(s: Sentence | undefined, rel: string): { trig: string; nested: boolean } {
  if (!s) return { trig: '?', nested: false };
  let verb = false;
  let noun = false;
  let nested = false;
  for (const t of s.triggers) {
    const p = t.patterns.find((p) => p.relation === rel || p.also.includes(rel));
    if (!p) continue;
    if (p.pos === 'verb') verb = true;
    else {
      noun = true;
      if (s.triggers.some((u) => u.tok1 <= t.tok0 && u.patterns.some((q) => q.pos === 'verb' && q.relation !== rel))) nested = true;
    }
  }
  return { trig: verb && noun ? 'verb+noun' : verb ? 'verb' : noun ? 'noun' : 'none', nested };
}

const rows: Row[] = [];
for (const g of gold) {
  const a = articles.get(g.article);
  if (!a) continue;
  const doc = analyse(a, lexicon);
  const rec = extractArticle(a, lexicon);
  const sc = scoreArticles([{ gold: g, article: a, record: rec }]).articles[0]!;
  const goldKeys = new Set(sc.tp.concat(sc.fn).map((k) => k.replace(/ @.*$/, '')));
  for (const side of ['FN', 'FP'] as const) {
    for (const k0 of side === 'FN' ? sc.fn : sc.fp) {
      const key = k0.replace(/ @.*$/, '');
      const [src, rel, tgt] = key.split(' ') as [string, string, string];
      const text = sc.sentences[key] ?? '';
      const s = text ? sentenceOf(doc, text) : undefined;
      const ms = s?.mentions ?? [];
      const sm = ms.filter((m) => names(m, src));
      const tm = ms.filter((m) => names(m, tgt));
      const args = sm.length && tm.length ? 'both' : sm.length ? 'src' : tm.length ? 'tgt' : 'none';
      const inList = (m: Mention) => m.conj || m.grouped || ms.some((n) => n.conj && n.tok0 > m.tok0 && n.tok0 - m.tok1 <= 2);
      const list = sm.some(inList) || tm.some(inList);
      const ana = sm.concat(tm).some((m) => m.via === 'anaphor');
      const { trig, nested } = trigOf(s, rel);
      let auto: string;
      if (side === 'FN') {
        if (!s) auto = 'no-sentence';
        else if (args !== 'both') auto = 'actor-missing';
        else if (trig === 'none') auto = 'no-trigger';
        else if (trig === 'noun') auto = nested ? 'np-in-frame' : 'np';
        else auto = list ? 'verb-list' : 'verb';
      } else {
        const pairs = [...goldKeys].map((k) => k.split(' '));
        if (pairs.some(([x, r, y]) => r !== rel && ((x === src && y === tgt) || (x === tgt && y === src)))) auto = 'wrong-relation';
        else if (goldKeys.has(`${tgt} ${rel} ${src}`)) auto = 'reversed';
        else if (pairs.some(([x, r, y]) => r === rel && (x === src || y === tgt))) auto = 'one-arg';
        else auto = 'spurious';
      }
      rows.push({ batch: g.batch!, article: g.article, lang: a.lang, side, key, relation: rel, args, trig, list, ana, nested, auto, sentence: squash(text) });
    }
  }
}

if (argv.includes('--table')) {
  const batches = [...new Set(rows.map((r) => r.batch))].sort((x, y) => x - y);
  for (const side of ['FN', 'FP'] as const) {
    const classes = [...new Set(rows.filter((r) => r.side === side).map((r) => r.auto))].sort();
    console.log(`\n${side} | ${batches.join(' | ')} | all`);
    for (const c of classes) {
      const n = batches.map((b) => rows.filter((r) => r.side === side && r.auto === c && r.batch === b).length);
      console.log(`${c} | ${n.join(' | ')} | ${n.reduce((x, y) => x + y, 0)}`);
    }
    const tot = batches.map((b) => rows.filter((r) => r.side === side && r.batch === b).length);
    console.log(`total | ${tot.join(' | ')} | ${tot.reduce((x, y) => x + y, 0)}`);
  }
} else if (argv.includes('--tsv')) {
  console.log('batch\tside\tauto\targs\ttrig\tlist\tana\tarticle\tkey\tsentence');
  for (const r of rows) console.log([r.batch, r.side, r.auto, r.args, r.trig, r.list ? 'L' : '', r.ana ? 'A' : '', r.article, r.key, r.sentence].join('\t'));
} else {
  for (const r of rows)
    console.log(`b${r.batch} ${r.side} ${r.auto} [${r.args} ${r.trig}${r.list ? ' list' : ''}${r.ana ? ' ana' : ''}] ${r.key}  (${r.article})\n    ${r.sentence.slice(0, 400)}`);
}

/**
 * Scoring extraction against gold triples (tests/gold/*.json). An article's triples are
 * compared as sets of (source, relation, target) — the edges the graph would show — with
 * `met` (and any relation marked symmetric) matching in either direction. Date accuracy is
 * measured on correctly found edges: correct when a predicted date of the edge is one of
 * its gold dates.
 */
import type { Article, RelationRecord } from '../types.ts';

export interface GoldTriple {
  source: string;
  relation: string;
  target: string;
  date?: string;
  [k: string]: unknown;
}
export interface GoldFile {
  article: string;
  lang?: string;
  /** A held-out article (data/heldout): scored apart from the sample corpus. */
  heldout?: boolean;
  /** Its held-out batch (data/heldout/README.md says how blind each batch still is). */
  batch?: number;
  triples: GoldTriple[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface ArticleScore {
  article: string;
  lang: string;
  fp: string[];
  fn: string[];
  tp: string[];
  dateErrors: string[];
  /** Evidence sentence of each key (gold's for misses, ours otherwise). */
  sentences: Record<string, string>;
}

export interface ScoreReport {
  all: Counts;
  byLang: Record<string, Counts>;
  byRelation: Record<string, Counts>;
  dateAccuracy: number;
  dateCorrect: number;
  dateTotal: number;
  dateByLang: Record<string, { correct: number; total: number }>;
  articles: ArticleScore[];
}

/** `met` is symmetric; pairs of one joint act (agreed, coordinated, reconciled) are scored unordered too (tests/gold/README.md). */
const SYMMETRIC = new Set(['met', 'agreed_with', 'coordinated_with', 'reconciled_with']);

export function tripleKey(source: string, relation: string, target: string): string {
  if (SYMMETRIC.has(relation) && target < source) [source, target] = [target, source];
  return `${source} ${relation} ${target}`;
}

function finish(c: { tp: number; fp: number; fn: number }): Counts {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  const f1 = c.tp + c.fp + c.fn === 0 ? NaN : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { ...c, p, r, f1 };
}

/** What scoring reads of a record: the extractor's (ArticleRecord) or another annotator's triples (npm run agreement). */
export interface ScoredRecord {
  relations: readonly (Pick<RelationRecord, 'source' | 'relation' | 'target' | 'date'> & { evidence: { sentence: string } })[];
}

export function scoreArticles(items: { gold: GoldFile; article: Article; record: ScoredRecord }[]): ScoreReport {
  const raw = () => ({ tp: 0, fp: 0, fn: 0 });
  const all = raw();
  const byLang: Record<string, ReturnType<typeof raw>> = {};
  const byRelation: Record<string, ReturnType<typeof raw>> = {};
  const dateByLang: Record<string, { correct: number; total: number }> = {};
  let dateCorrect = 0;
  let dateTotal = 0;
  const articles: ArticleScore[] = [];
  for (const { gold, article, record } of items) {
    const lang = article.lang;
    const g = new Map<string, Set<string>>();
    const gs = new Map<string, string>();
    const ps = new Map<string, string>();
    for (const t of gold.triples) {
      const k = tripleKey(t.source, t.relation, t.target);
      if (typeof t.sentence === 'string' && !gs.has(k)) gs.set(k, t.sentence);
      if (!g.has(k)) g.set(k, new Set());
      if (t.date) g.get(k)!.add(t.date);
    }
    const p = new Map<string, Set<string>>();
    for (const r of record.relations) {
      const k = tripleKey(r.source, r.relation, r.target);
      if (!ps.has(k)) ps.set(k, r.evidence.sentence);
      if (!p.has(k)) p.set(k, new Set());
      p.get(k)!.add(r.date);
    }
    const sc: ArticleScore = { article: gold.article, lang, fp: [], fn: [], tp: [], dateErrors: [], sentences: {} };
    const L = (byLang[lang] ??= raw());
    const D = (dateByLang[lang] ??= { correct: 0, total: 0 });
    for (const k of new Set([...g.keys(), ...p.keys()])) {
      const rel = k.split(' ')[1]!;
      const R = (byRelation[rel] ??= raw());
      const inG = g.has(k);
      const inP = p.has(k);
      const field = inG && inP ? 'tp' : inP ? 'fp' : 'fn';
      all[field]++;
      L[field]++;
      R[field]++;
      (field === 'tp' ? sc.tp : field === 'fp' ? sc.fp : sc.fn).push(k + (inP ? ` @${[...p.get(k)!].join(',')}` : ` @${[...g.get(k)!].join(',')}`));
      const sent = field === 'fn' ? gs.get(k) : ps.get(k);
      if (sent) sc.sentences[k] = sent;
      if (field === 'tp') {
        const gd = g.get(k)!;
        const pd = [...p.get(k)!];
        const ok = gd.size === 0 || pd.some((d) => gd.has(d));
        dateTotal++;
        D.total++;
        if (ok) {
          dateCorrect++;
          D.correct++;
        } else sc.dateErrors.push(`${k} predicted ${pd.join(',')} gold ${[...gd].join(',')}`);
      }
    }
    articles.push(sc);
  }
  const fin = (o: Record<string, ReturnType<typeof raw>>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, finish(v)]));
  return {
    all: finish(all),
    byLang: fin(byLang),
    byRelation: fin(byRelation),
    dateAccuracy: dateTotal ? dateCorrect / dateTotal : NaN,
    dateCorrect,
    dateTotal,
    dateByLang,
    articles,
  };
}

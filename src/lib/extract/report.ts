/**
 * Build-report data from extraction records: per-article counts, unknown candidates
 * (discovered names with their sentences), sentences with a relation word but no actor pair.
 */
import type { ArticleRecord } from '../types.ts';

export interface ExtractReport {
  articles: number;
  relations: number;
  byRelation: Record<string, number>;
  perArticle: { id: string; lang: string; entities: number; relations: number; missed: number }[];
  unknown: { id: string; label: string; kind: string; articles: string[]; sentences: string[] }[];
  missed: { article: string; sentence: string; trigger: string; relation: string }[];
  errors: { file: string; line: number; message: string }[];
  timing?: { ms: number; articlesPerSecond: number };
}

export function emptyReport(): ExtractReport {
  return { articles: 0, relations: 0, byRelation: {}, perArticle: [], unknown: [], missed: [], errors: [] };
}

/** Add one record to a report (the report is built incrementally while streaming). */
export function addToReport(rep: ExtractReport, rec: ArticleRecord): void {
  rep.articles++;
  rep.relations += rec.relations.length;
  for (const r of rec.relations) rep.byRelation[r.relation] = (rep.byRelation[r.relation] ?? 0) + 1;
  rep.perArticle.push({
    id: rec.article.id,
    lang: rec.article.lang,
    entities: rec.entities.length,
    relations: rec.relations.length,
    missed: rec.missed?.length ?? 0,
  });
  for (const e of rec.entities) {
    if (!e.discovered) continue;
    let u = rep.unknown.find((x) => x.id === e.id);
    if (!u) {
      u = { id: e.id, label: e.label_en || e.label_ar, kind: e.kind, articles: [], sentences: [] };
      rep.unknown.push(u);
    }
    u.articles.push(rec.article.id);
    for (const s of e.sentences ?? []) if (u.sentences.length < 5 && !u.sentences.includes(s)) u.sentences.push(s);
  }
  for (const m of rec.missed ?? []) rep.missed.push({ article: rec.article.id, ...m });
}

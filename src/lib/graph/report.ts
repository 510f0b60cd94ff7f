/**
 * The build report: what the build read, found, discovered and missed, so an analyst can check the
 * graph and extend the lexicon (unknown names) and the patterns (missed sentences).
 */
import type { ArticleRecord } from '../types.ts';
import type { WaslGraph } from './build.ts';

export interface ReportProblem {
  file: string;
  line?: number;
  message: string;
}

export interface BuildReport {
  summary: { articles: number; skipped: number; nodes: number; edges: number; relations: number; discovered: number; missed: number };
  timing: Record<string, number>;
  /** CPU time of the whole build (all threads) and the process's peak resident memory, when measured. */
  resources?: { cpuMs: number; peakRssMB: number };
  problems: ReportProblem[];
  articles: { id: string; lang: string; date: string; entities: number; relations: number; discovered: number; missed: number }[];
  /** Names found in the text but not in the lexicon: candidates for data/lexicon/entities.csv. */
  unknown: { id: string; label: string; kind: string; articles: string[]; sentences: string[] }[];
  /** Sentences with a relation trigger but no resolved pair of actors. */
  missed: { article: string; relation: string; trigger: string; sentence: string }[];
  relations: Record<string, number>;
}

export function buildReport(
  records: readonly ArticleRecord[],
  graph: WaslGraph,
  problems: readonly ReportProblem[],
  timing: Record<string, number>,
  resources?: BuildReport['resources'],
): BuildReport {
  const builder = new ReportBuilder();
  for (const r of [...records].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0))) builder.add(r);
  return builder.finish(graph, problems, timing, resources);
}

/**
 * The report one record at a time (what it needs of each: counts, discovered names, missed sentences), so
 * that a build can let each article's records go once they are merged. Add records in article-id order.
 */
export class ReportBuilder {
  private readonly unknown = new Map<string, BuildReport['unknown'][number]>();
  /** The sentences listed for each unknown name (a set: a name seen in thousands of articles). */
  private readonly sentencesOf = new Map<string, Set<string>>();
  private readonly missed: BuildReport['missed'] = [];
  private readonly articles: BuildReport['articles'] = [];
  private relations = 0;

  add(r: ArticleRecord): void {
    let discovered = 0;
    for (const e of r.entities) {
      if (!e.discovered) continue;
      discovered++;
      const u = this.unknown.get(e.id) ?? { id: e.id, label: e.label_en || e.label_ar, kind: e.kind, articles: [], sentences: [] };
      u.articles.push(r.article.id);
      let seen = this.sentencesOf.get(e.id);
      if (!seen) this.sentencesOf.set(e.id, (seen = new Set()));
      for (const s of e.sentences ?? []) {
        if (seen.has(s)) continue;
        seen.add(s);
        u.sentences.push(s);
      }
      this.unknown.set(e.id, u);
    }
    for (const m of r.missed ?? []) this.missed.push({ article: r.article.id, ...m });
    this.relations += r.relations.length;
    this.articles.push({
      id: r.article.id,
      lang: r.article.lang,
      date: r.article.date,
      entities: r.entities.length,
      relations: r.relations.length,
      discovered,
      missed: r.missed?.length ?? 0,
    });
  }

  finish(graph: WaslGraph, problems: readonly ReportProblem[], timing: Record<string, number>, resources?: BuildReport['resources']): BuildReport {
    const relations: Record<string, number> = {};
    graph.forEachEdge((_e, attrs) => {
      relations[attrs.relation] = (relations[attrs.relation] ?? 0) + 1;
    });
    return {
      summary: {
        articles: this.articles.length,
        skipped: problems.length,
        nodes: graph.order,
        edges: graph.size,
        relations: this.relations,
        discovered: this.unknown.size,
        missed: this.missed.length,
      },
      timing,
      ...(resources ? { resources } : {}),
      problems: [...problems],
      articles: this.articles,
      unknown: [...this.unknown.values()].sort((a, b) => b.articles.length - a.articles.length || (a.id < b.id ? -1 : 1)),
      missed: this.missed,
      relations: Object.fromEntries(Object.entries(relations).sort(([a], [b]) => (a < b ? -1 : 1))),
    };
  }
}

const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportToMarkdown(report: BuildReport): string {
  const s = report.summary;
  const out: string[] = [
    '# Wasl build report',
    '',
    `${s.articles} articles read, ${s.skipped} skipped; ${s.nodes} nodes, ${s.edges} edges (${s.relations} relation records); ` +
      `${s.discovered} names not in the lexicon; ${s.missed} sentences with a relation word but no actor pair.`,
    '',
    '## Timing (ms)',
    '',
    ...Object.entries(report.timing).map(([k, v]) => `- ${k}: ${v.toFixed(1)}`),
    ...(report.resources ? [`- CPU time, all threads: ${report.resources.cpuMs.toFixed(0)}`, `- peak memory (RSS, MB): ${report.resources.peakRssMB.toFixed(0)}`] : []),
    '',
  ];
  if (report.problems.length) {
    out.push('## Skipped inputs', '', '| file | line | problem |', '|---|---|---|');
    for (const p of report.problems) out.push(`| ${esc(p.file)} | ${p.line ?? ''} | ${esc(p.message)} |`);
    out.push('');
  }
  out.push('## Edges by relation', '', '| relation | edges |', '|---|---|');
  for (const [k, v] of Object.entries(report.relations)) out.push(`| ${k} | ${v} |`);
  out.push('', '## Names not in the lexicon', '', 'Add the real ones to `data/lexicon/entities.csv`.', '', '| id | label | kind | articles | first sentence |', '|---|---|---|---|---|');
  for (const u of report.unknown) out.push(`| ${u.id} | ${esc(u.label)} | ${u.kind} | ${u.articles.length} | ${esc(u.sentences[0] ?? '')} |`);
  out.push('', '## Missed sentences', '', '| article | relation | trigger | sentence |', '|---|---|---|---|');
  for (const m of report.missed) out.push(`| ${m.article} | ${m.relation} | ${esc(m.trigger)} | ${esc(m.sentence)} |`);
  out.push('', '## Articles', '', '| article | lang | date | entities | relations | discovered | missed |', '|---|---|---|---|---|---|---|');
  for (const a of report.articles) out.push(`| ${a.id} | ${a.lang} | ${a.date} | ${a.entities} | ${a.relations} | ${a.discovered} | ${a.missed} |`);
  return out.join('\n') + '\n';
}
